import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';

// `npm test` builds first; these run the built program without a terminal, as a script would.
const CLI = 'dist/cli.js';
const SEED = 'seeds/us-drone-strike-baghdad.txt';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: undefined },
  });

describe('the command without a terminal', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  });

  it('prints the analysis as JSON with every span inside the text', () => {
    const r = run(['--json', SEED]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining(['title', 'text', 'sections', 'paragraphs', 'entities', 'quotes', 'numbers']),
    );
    expect(a.title).toBe('US drone strike kills Iran-backed militia leader in Baghdad');
    expect(a.text.startsWith(a.title)).toBe(true);
    expect(a.paragraphs).toHaveLength(24);
    const spans = [
      ...a.sections,
      ...a.paragraphs,
      ...a.quotes,
      ...a.numbers,
      ...a.entities.flatMap((e: { mentions: unknown[] }) => e.mentions),
    ];
    for (const s of spans) expect(0 <= s.start && s.start <= s.end && s.end <= a.text.length).toBe(true);
    for (const e of a.entities) expect(['person', 'organization', 'place', 'other', 'date']).toContain(e.type);
  });

  it('prints plain wrapped text when output is not a terminal, at the width asked for', () => {
    const r = run(['--width', '40', SEED]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('US drone strike kills Iran-backed');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(40);
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('reads the article from standard input with -', () => {
    const r = run(['--plain', '-'], 'Piped title\n\nA body \u001b[2J with an escape.\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Piped title\n\nA body ␛[2J with an escape.\n');
  });

  it('refuses a bad --width or an unknown option with status 2 and one line', () => {
    for (const args of [
      ['--width', 'wide', SEED],
      ['--width', '0', SEED],
      ['--frobnicate', SEED],
    ]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('names the file and the problem in one line, with status 1, for a file it cannot open', () => {
    const r = run(['/no/such/article.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('lede: /no/such/article.txt: no such file\n');
  });
});
