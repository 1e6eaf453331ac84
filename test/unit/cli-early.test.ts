import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { willAskBackground } from '../../src/app/cli-early.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The terminal is asked for its background as the command starts only when the command would
 * certainly ask it later, with nothing printed before: otherwise its answer could be typed into
 * the shell after a --json, or the question could come before a warning it used to follow.
 */
describe('asking the terminal early (issue 14)', () => {
  const terminal = { stdinTTY: true, stdoutTTY: true, colorLevel: 2 };
  const env = (extra: Record<string, string> = {}) => ({
    TERM: 'xterm-256color',
    XDG_CONFIG_HOME: tempDir('lede-early-'),
    ...extra,
  });

  it('asks for an article or a shelf read in a colour terminal, without options or settings', () => {
    expect(willAskBackground(['story.txt'], env(), terminal)).toBe(true);
    expect(willAskBackground([], env(), terminal)).toBe(true);
    expect(willAskBackground(['a.txt', 'b.md'], env(), terminal)).toBe(true);
  });

  it.each([
    ['an option', ['--plain', 'story.txt'], {}, terminal],
    ['standard input', ['-'], {}, terminal],
    ['LEDE', ['story.txt'], { LEDE: '--theme light' }, terminal],
    ['NO_COLOR', ['story.txt'], { NO_COLOR: '1' }, terminal],
    ['TERM=dumb', ['story.txt'], { TERM: 'dumb' }, terminal],
    ['no colour', ['story.txt'], {}, { ...terminal, colorLevel: 0 }],
    ['output to a pipe', ['story.txt'], {}, { ...terminal, stdoutTTY: false }],
    ['input from a pipe', ['story.txt'], {}, { ...terminal, stdinTTY: false }],
  ])('does not ask with %s', (_, argv, extra, streams) => {
    expect(willAskBackground(argv, env(extra), streams)).toBe(false);
  });

  it('does not ask when there is a config file (it may set the theme, or be warned about first)', () => {
    const e = env();
    mkdirSync(join(e.XDG_CONFIG_HOME, 'lede'));
    writeFileSync(join(e.XDG_CONFIG_HOME, 'lede', 'config.toml'), 'width = 70\n');
    expect(willAskBackground(['story.txt'], e, terminal)).toBe(false);
  });
});
