import { PassThrough } from 'node:stream';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type tty from 'node:tty';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseBackground, queryBackground } from '../../src/app/background.js';
import { type Flags, readLede, resolveOptions } from '../../src/app/options.js';
import { helpLines } from '../../src/ui/help.js';
import { KEYMAP, installKeymap, keyHint, lookup } from '../../src/ui/keymap.js';
import { remapKeys } from '../../src/ui/remap.js';
import { BACKGROUND_QUERY } from '../../src/ui/theme.js';
import { tempDir } from '../helpers/temp.js';

const NO_FLAGS: Flags = { json: false, brief: false, plain: false, printConfig: false, help: false, version: false };

/** An environment whose config file holds `toml`. */
function envWith(toml: string | null, extra: Record<string, string> = {}): Record<string, string> {
  const home = tempDir('lede-xdg-');
  if (toml !== null) {
    mkdirSync(join(home, 'lede'));
    writeFileSync(join(home, 'lede', 'config.toml'), toml);
  }
  return { XDG_CONFIG_HOME: home, ...extra };
}

afterEach(() => installKeymap(KEYMAP));

describe('precedence: command line > LEDE > config file > defaults', () => {
  it('each layer overrides the one below, setting by setting', async () => {
    const env = envWith('theme = "dark"\nwidth = 60\nsidebar = false\nhighlight = true\n', {
      LEDE: '--width 70 --theme light --no-color',
    });
    const r = await resolveOptions({ ...NO_FLAGS, width: '75' }, env);
    expect(r).toMatchObject({
      settings: { theme: 'light', width: 75, sidebar: false, highlight: true },
      color: false,
      resume: true,
      warnings: [],
    });
    expect(await resolveOptions({ ...NO_FLAGS, sidebar: true, color: true }, env)).toMatchObject({
      settings: { width: 70, sidebar: true },
      color: true,
    });
    expect(await resolveOptions(NO_FLAGS, envWith(null))).toMatchObject({
      settings: { theme: 'auto', width: null, sidebar: true, highlight: false, keys: {} },
      warnings: [],
    });
  });

  it('a bad value on the command line is a usage error; in LEDE a warning, and LEDE is ignored', async () => {
    expect(await resolveOptions({ ...NO_FLAGS, theme: 'pink' }, envWith(null))).toEqual({
      usage: '--theme must be one of light, dark, auto, not "pink"',
    });
    const r = await resolveOptions(NO_FLAGS, envWith(null, { LEDE: '--width 70 --theme pink' }));
    expect(r).toMatchObject({ settings: { width: null }, warnings: [expect.stringMatching(/^LEDE: --theme must/)] });
  });

  it.each([
    ['--json', /--json cannot be a default/],
    ['--bogus', /unknown option --bogus/],
    ['article.txt', /holds options only, not "article.txt"/],
    ['--width "70', /unclosed quote/],
  ])('LEDE=%s is one warning and ignored', async (value, problem) => {
    const { flags, warning } = await readLede(value);
    expect(flags).toEqual({});
    expect(warning).toMatch(problem);
    expect(warning).toMatch(/LEDE is ignored$/);
  });

  it('the config file’s key remapping is installed: lookups, hints and the help follow it', async () => {
    const r = await resolveOptions(NO_FLAGS, envWith('[keys]\nlineDown = ["e", "ctrl+p"]\nhelp = "H"\n'));
    expect(r).toMatchObject({ warnings: [] });
    expect(lookup('article', 'e')).toBe('lineDown');
    expect(lookup('article', 'ctrl+p')).toBe('lineDown');
    expect(lookup('article', 'j')).toBeUndefined();
    expect(lookup('article', '?')).toBeUndefined();
    expect(lookup('help', 'e')).toBe('lineDown'); // every context of the command
    expect(keyHint('help')).toBe('H');
    const help = helpLines().map((l) => `${l.keys ?? ''} ${l.description ?? ''}`);
    expect(help).toContain('e Ctrl-P line down');
    expect(help).toContain('H show every key');
  });
});

describe('remapping keys', () => {
  it('takes a key from the command that had it where both are live, and says when one is left with none', () => {
    const { table, problems } = remapKeys(KEYMAP, { lineDown: ['n'], top: ['h'] });
    const keys = (command: string, context: string) =>
      table.find((b) => b.command === command && b.context === context)!.keys;
    expect(keys('nextMention', 'reader')).toEqual([]);
    expect(keys('toggleHighlight', 'reader')).toEqual([]);
    expect(problems).toEqual([
      'keys: nextMention has no key left (n is now lineDown)',
      'keys: toggleHighlight has no key left (h is now top)',
    ]);
    // Where the two never meet, both keep the key: j moves down the sidebar's list as before.
    const again = remapKeys(KEYMAP, { lineDown: ['j'] });
    expect(again.table.find((b) => b.command === 'entityDown')!.keys).toEqual(['down', 'j']);
    expect(again.problems).toEqual([]);
  });

  it('leaves no key bound twice in a layer', () => {
    const { table } = remapKeys(KEYMAP, { quit: ['j', 'G'], search: ['?'] });
    for (const layer of ['article', 'sidebar', 'help', 'shelf', 'outline', 'search'] as const) {
      const seen = new Map<string, string>();
      for (const b of table)
        for (const k of b.keys)
          if (lookup(layer, k, table) === b.command && seen.has(k) && seen.get(k) !== b.command)
            throw new Error(`${k} twice in ${layer}`);
    }
    expect(lookup('article', 'G', table)).toBe('quit');
    expect(lookup('article', '?', table)).toBe('search');
  });
});

/** A terminal stand-in: what lede writes, and a keyboard the test types into. */
function fakeTerminal() {
  const input = new PassThrough() as unknown as tty.ReadStream & PassThrough;
  let raw = false;
  Object.defineProperties(input, {
    isTTY: { value: true },
    isRaw: { get: () => raw },
    setRawMode: {
      value: (on: boolean) => {
        raw = on;
        return input;
      },
    },
  });
  const written: string[] = [];
  const output = new PassThrough();
  output.on('data', (d: Buffer) => written.push(d.toString()));
  return { input, output, written };
}

const readAll = (input: PassThrough) => {
  const chunks: Buffer[] = [];
  let c: Buffer | null;
  while ((c = input.read() as Buffer | null)) chunks.push(c);
  return Buffer.concat(chunks).toString();
};

describe('asking the terminal for its background', () => {
  it('a light answer gives the light theme; keys typed meanwhile go back to the reader, in order', async () => {
    const t = fakeTerminal();
    const got = queryBackground(t.input, t.output, 5_000);
    await new Promise((r) => setImmediate(r));
    expect(t.written.join('')).toBe(BACKGROUND_QUERY);
    t.input.write('jé');
    t.input.write('\u001b]11;rgb:ffff/ffff/ffff\u001b\\G');
    t.input.write('\u001b[?62;22c');
    expect(await got).toBe('light');
    expect(readAll(t.input)).toBe('jéG');
    expect(t.input.isRaw).toBe(true);
  });

  it('rgb:00/00/00 is dark', async () => {
    const t = fakeTerminal();
    const got = queryBackground(t.input, t.output, 5_000);
    t.input.write('\u001b]11;rgb:00/00/00\u0007\u001b[?1;2c');
    expect(await got).toBe('dark');
  });

  it('a terminal that answers DA1 but not OSC 11 ends the wait at once', async () => {
    const t = fakeTerminal();
    const started = performance.now();
    const got = queryBackground(t.input, t.output, 60_000);
    t.input.write('q\u001b[?6c');
    expect(await got).toBeNull();
    expect(performance.now() - started).toBeLessThan(30_000); // not the minute of the limit
    expect(readAll(t.input)).toBe('q');
  });

  it('a terminal that answers nothing: the limit passes, the keys stay, a cut-off answer is dropped', async () => {
    const t = fakeTerminal();
    const got = queryBackground(t.input, t.output, 20);
    t.input.write('\u001b[Bk\u001b]11;rgb:ff');
    expect(await got).toBeNull();
    expect(readAll(t.input)).toBe('\u001b[Bk');
  });

  it('falls back to COLORFGBG, then dark; an explicit theme asks nothing', async () => {
    expect(await chooseBackground({ theme: 'auto', env: { COLORFGBG: '0;15' }, terminal: null })).toBe('light');
    expect(await chooseBackground({ theme: 'auto', env: {}, terminal: null })).toBe('dark');
    const t = fakeTerminal();
    expect(await chooseBackground({ theme: 'light', env: {}, terminal: t })).toBe('light');
    expect(t.written).toEqual([]);
    const answered = chooseBackground({ theme: 'auto', env: { COLORFGBG: '15;0' }, terminal: t });
    t.input.write('\u001b]11;rgb:ffff/ffff/ffff\u0007\u001b[?6c');
    expect(await answered).toBe('light'); // the terminal's answer before COLORFGBG
  });
});

describe('an answer that comes after the time limit (a slow link)', () => {
  it('is dropped as it arrives, even split across reads, and the keys around it are kept in order', async () => {
    const t = fakeTerminal();
    expect(await queryBackground(t.input, t.output, 10)).toBeNull();
    t.input.write('j\u001b]11;rgb:ff');
    t.input.write('ff/ffff/ffff\u001b\\k\u001b[?6');
    t.input.write('2;22cG');
    await new Promise((r) => setImmediate(r));
    expect(readAll(t.input)).toBe('jkG');
    // Once DA1 has answered, nothing is taken out any more: an Alt-] or anything else is a key.
    t.input.write('\u001b]x');
    await new Promise((r) => setImmediate(r));
    expect(readAll(t.input)).toBe('\u001b]x');
  });
});
