import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  configPath,
  formatSettings,
  mergeSettings,
  readConfig,
  splitOptions,
} from '../../src/app/settings.js';
import { tempDir } from '../helpers/temp.js';

const write = (text: string): string => {
  const dir = tempDir('lede-config-');
  const file = join(dir, 'config.toml');
  writeFileSync(file, text);
  return file;
};

describe('the config file', () => {
  it('lives under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x/conf' })).toBe('/x/conf/lede/config.toml');
    expect(configPath({ XDG_CONFIG_HOME: 'relative' })).toMatch(/\.config\/lede\/config\.toml$/);
    expect(configPath({})).toMatch(/\.config\/lede\/config\.toml$/);
  });

  it('reads every setting, key remaps by command name', () => {
    const file = write(
      'theme = "light"\nwidth = 70\nsidebar = false\nhighlight = true\n[keys]\nlineDown = ["j", "e"]\nquit = "x"\n',
    );
    expect(readConfig(file)).toEqual({
      settings: {
        theme: 'light',
        width: 70,
        sidebar: false,
        highlight: true,
        keys: { lineDown: ['j', 'e'], quit: ['x'] },
      },
      warning: null,
    });
  });

  it('a missing file is no settings and no warning', () => {
    expect(readConfig(join(tempDir('lede-config-'), 'none.toml'))).toEqual({ settings: {}, warning: null });
  });

  it.each([
    ['theme = "pink"', /theme must be one of light, dark, auto/],
    ['width = 5', /width must be a whole number from 20 to 1000/],
    ['sidebar = "yes"', /sidebar must be true or false/],
    ['colour = true', /unknown setting "colour"/],
    ['[keys]\nfly = ["f"]', /no command is called "fly"/],
    ['width = ', /is not valid TOML \(line 1\)/],
  ])('a bad file (%s) is one warning naming the file and the problem, and the defaults', (text, problem) => {
    const file = write(text);
    const { settings, warning } = readConfig(file);
    expect(mergeSettings(settings)).toEqual(DEFAULT_SETTINGS);
    expect(warning).toContain(file);
    expect(warning).toMatch(problem);
    expect(warning).toMatch(/; using the defaults?( for it)?$/);
    expect(warning).not.toContain('\n');
  });

  it('keeps the good settings of a file with bad ones, and names every bad one in one line', () => {
    const file = write(
      'theme = "light"\nwidth = "wide"\nsidebar = false\n[keys]\nquit = "x"\nfly = "f"\ntop = "nokey"\n',
    );
    const { settings, warning } = readConfig(file);
    expect(settings).toEqual({ theme: 'light', sidebar: false, keys: { quit: ['x'] } });
    expect(warning).toBe(
      `${file}: width must be a whole number from 20 to 1000; keys: no command is called "fly" (? in lede lists them); keys.top: "nokey" is not a key lede knows; using the defaults for those`,
    );
  });

  it('reads keys as the key table, the help or vim spell them', () => {
    const file = write('[keys]\nlineDown = ["J", "Ctrl-N", "PgDn", "Esc", "↓", "^e", "C-y", " "]\n');
    expect(readConfig(file).settings.keys).toEqual({
      lineDown: ['J', 'ctrl+n', 'pagedown', 'escape', 'down', 'ctrl+e', 'ctrl+y', 'space'],
    });
  });

  it('a FIFO or a directory in its place is a warning, never a hang', () => {
    const dir = tempDir('lede-config-');
    const fifo = join(dir, 'fifo.toml');
    execFileSync('mkfifo', [fifo]);
    expect(readConfig(fifo).warning).toMatch(/is a FIFO, not a regular file/);
    mkdirSync(join(dir, 'd.toml'));
    expect(readConfig(join(dir, 'd.toml')).warning).toMatch(/is a directory, not a regular file/);
  });
});

describe('LEDE and merging', () => {
  it('splits options as a shell would, without expanding anything', () => {
    expect(splitOptions('  --width 70  --theme "light"  ')).toEqual(['--width', '70', '--theme', 'light']);
    expect(splitOptions(`--a 'b c' d\\ e "f\\"g" $HOME`)).toEqual(['--a', 'b c', 'd e', 'f"g', '$HOME']);
    expect(splitOptions('')).toEqual([]);
    expect(() => splitOptions('--a "b')).toThrow(/unclosed quote/);
  });

  it('later layers win, key remaps merge command by command', () => {
    const s = mergeSettings({ width: 60, keys: { quit: ['x'] } }, { width: 72, keys: { lineDown: ['e'] } });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, width: 72, keys: { quit: ['x'], lineDown: ['e'] } });
  });

  it('prints the effective settings as a config file that reads back the same', () => {
    const s = mergeSettings({ theme: 'dark', width: 66, keys: { quit: ['x', 'q'] } });
    const file = write(formatSettings(s));
    expect(mergeSettings(readConfig(file).settings)).toEqual(s);
    expect(formatSettings(DEFAULT_SETTINGS)).toContain('# width = ');
  });
});

describe('the README', () => {
  it('its config file example reads without a warning, every setting and remap taken', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```toml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { settings, warning } = readConfig(write(example!));
    expect(warning).toBeNull();
    expect(Object.keys(settings).sort()).toEqual(['highlight', 'keys', 'sidebar', 'theme', 'width']);
    expect(Object.keys(settings.keys!).length).toBeGreaterThan(0);
  });
});

describe('a config file behind a directory lede may not enter', () => {
  it('is no config file, without a warning; a file lede may not read is a warning', () => {
    const dir = tempDir('lede-config-');
    const file = join(dir, 'inner', 'config.toml');
    mkdirSync(join(dir, 'inner'));
    writeFileSync(file, 'width = 70\n');
    chmodSync(file, 0o000);
    const asRoot = process.getuid?.() === 0;
    // root reads anything: the unreadable file is then read, which is right too.
    if (!asRoot) expect(readConfig(file).warning).toMatch(/cannot be read \(EACCES\)/);
    chmodSync(join(dir, 'inner'), 0o000);
    if (!asRoot) expect(readConfig(file)).toEqual({ settings: {}, warning: null });
    chmodSync(join(dir, 'inner'), 0o700);
    chmodSync(file, 0o600);
  });
});
