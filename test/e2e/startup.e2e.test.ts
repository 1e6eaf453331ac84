/**
 * Start-up (issue 14): dist/cli.js compiles dist/start.cjs with the V8 code cache `npm run build`
 * made (src/app/code-cache.ts). Whatever state the cache is in (whole, damaged, cut short, made
 * for another build, missing), lede starts and draws the same screen; only a whole cache is used.
 * And the first page is on the screen before ICU starts (the first Intl object a process makes
 * costs tens of milliseconds: scripts/ink/lazy-icu.mjs).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type TestContext, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { REPO_ROOT, Session, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

const SEED = join(REPO_ROOT, 'seeds/us-drone-strike-baghdad.txt');
const TITLE = 'US drone strike kills Iran-backed militia leader';
const FIRST_WORDS = 'A senior commander of an Iran-backed militia';

/** A copy of the built package whose cache the test may spoil: dist/ copied, the rest linked. */
function copyOfPackage(): string {
  const dir = tempDir('lede-startup-');
  cpSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const part of ['models', 'seeds', 'package.json']) symlinkSync(join(REPO_ROOT, part), join(dir, part));
  return dir;
}

/** Runs `cli` on the seed: its settled screen, and whether it said it used the code cache. */
async function screenOf(
  t: TestContext,
  cli: string,
  env: Record<string, string> = {},
): Promise<{ rows: string[]; cache: string | null }> {
  const s = owned(t, new Session(process.execPath, [cli, SEED], { env: { LEDE_CODE_CACHE: 'report', ...env } }));
  await s.waitFor((rows) => rows.some((r) => r.includes(FIRST_WORDS)), 20_000, 'the first page');
  // Compared once the analysis has filled the sidebar: until then it shows how far it has got.
  await s.waitForAnalysis();
  const rows = await s.waitForSettle(200, 20_000);
  s.press('q');
  const exit = await s.exit(10_000);
  expect(exit.exitCode, s.dump()).toBe(0);
  return { rows, cache: /lede: code cache (used|not used)/.exec(s.output)?.[1] ?? null };
}

describe('the code cache', { timeout: 120_000 }, () => {
  it('is used when whole; damaged, cut short, stale or missing, lede starts all the same, with the same screen', async (t) => {
    const dir = copyOfPackage();
    const cache = join(dir, 'dist/start.cache');
    const whole = readFileSync(cache);
    const launch = (env: Record<string, string> = {}) => screenOf(t, join(dir, 'dist/cli.js'), env);
    const intact = await launch();
    expect(intact.cache).toBe('used');
    expect(intact.rows.join('\n')).toContain(TITLE);

    const spoiled: [string, () => void][] = [
      [
        'a byte of the data flipped',
        () => {
          const bad = Buffer.from(whole);
          bad[Math.floor(bad.length / 2)]! ^= 0x5a;
          writeFileSync(cache, bad);
        },
      ],
      ['cut short', () => writeFileSync(cache, whole.subarray(0, whole.length >> 1))],
      [
        'made for another build',
        () =>
          writeFileSync(
            cache,
            Buffer.from(whole.toString('latin1').replace(/ [0-9a-f]{64} /, ` ${'0'.repeat(64)} `), 'latin1'),
          ),
      ],
      ['missing', () => rmSync(cache)],
    ];
    for (const [how, spoil] of spoiled) {
      spoil();
      const after = await launch();
      expect(after.cache, how).toBe('not used');
      expect(after.rows, how).toEqual(intact.rows);
    }
    // And with the cache turned off.
    writeFileSync(cache, whole);
    const off = await launch({ LEDE_CODE_CACHE: '0' });
    expect(off.rows).toEqual(intact.rows);
  });
});

/**
 * Loaded first (NODE_OPTIONS=--import): notes the first Intl object or locale-aware call, and
 * every write to standard output, in order, in a log file.
 */
function writeIntlProbe(into: string, log: string): string {
  const probe = join(into, 'intl-probe.mjs');
  writeFileSync(
    probe,
    `import { appendFileSync } from 'node:fs';
const log = ${JSON.stringify(log)};
let seen = false;
const note = (what) => { if (!seen) { seen = true; appendFileSync(log, 'intl ' + what + '\\n'); } };
for (const name of ['Segmenter', 'NumberFormat', 'Collator', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'DisplayNames', 'Locale']) {
  const C = Intl[name];
  Intl[name] = new Proxy(C, { construct(t, a, n) { note(name); return Reflect.construct(t, a, n); }, apply(t, s, a) { note(name); return Reflect.apply(t, s, a); } });
}
for (const [proto, m] of [[Number.prototype, 'toLocaleString'], [String.prototype, 'localeCompare'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleString']]) {
  const f = proto[m];
  proto[m] = function (...a) { note(m); return f.apply(this, a); };
}
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  appendFileSync(log, 'write ' + JSON.stringify(String(chunk)) + '\\n');
  return write.call(this, chunk, ...rest);
};
`,
  );
  return probe;
}

describe('the first page', { timeout: 60_000 }, () => {
  it('is written before ICU starts', async (t) => {
    const dir = tempDir('lede-intl-');
    mkdirSync(dir, { recursive: true });
    const log = join(dir, 'log');
    const probe = writeIntlProbe(dir, log);
    const nodeOptions = [process.env.NODE_OPTIONS, `--import=${pathToFileURL(probe).href}`].filter(Boolean).join(' ');
    const s = owned(t, launchCli([SEED], { env: { NODE_OPTIONS: nodeOptions } }));
    await s.waitFor((rows) => rows.some((r) => r.includes(FIRST_WORDS)), 20_000, 'the first page');
    await s.waitForRawMode();
    await s.waitForSettle(300, 20_000);
    s.press('q');
    await s.exit(10_000);
    const events = readFileSync(log, 'utf8').trim().split('\n');
    const page = events.findIndex((e) => e.startsWith('write ') && e.includes(FIRST_WORDS));
    const intl = events.findIndex((e) => e.startsWith('intl '));
    expect(page, events.join('\n').slice(0, 2000)).toBeGreaterThanOrEqual(0);
    // ICU does start, for Ink's frames: after the first page.
    expect(intl, events.join('\n').slice(0, 2000)).toBeGreaterThan(page);
  });
});
