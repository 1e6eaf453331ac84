/** Unknown options are named as the user typed them. The CLI run needs `npm run build`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { unknownOption } from '../../src/app/unknown-option.js';

const KNOWN = {
  booleans: new Set(['json', 'plain', 'resume', 'color', 'help', 'version']),
  strings: new Set(['width', 'format']),
};

describe('an unknown option', () => {
  it.each([
    [['-x'], '-x'],
    [['-xvf', 'a.txt'], '-x'],
    [['-W', '3'], '-W'],
    [['--foo=bar'], '--foo'],
    [['--no-foo'], '--no-foo'],
    [['--fooBar'], '--fooBar'],
    [['a.txt', '--plain', '--bogus'], '--bogus'],
  ])('%j is reported as %s', (argv, expected) => {
    expect(unknownOption(argv, KNOWN)).toBe(expected);
  });

  it.each([
    [['--plain', '--no-color', '--no-resume', 'a.txt']],
    [['--width', '60', '--format=html', 'a.html']],
    // A value of an option that takes one, a file named like an option after --, stdin, a number.
    [['--format', '-x']],
    [['--', '-x', '--weird']],
    [['-']],
    [['-5']],
  ])('%j has none', (argv) => {
    expect(unknownOption(argv, KNOWN)).toBeNull();
  });

  it('is named as typed by the CLI, in one line, status 2', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', '-x', 'seeds/us-drone-strike-baghdad.txt'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('lede: unknown option -x (see lede --help)\n');
    expect(r.status).toBe(2);
  });
});

describe('an option given twice', () => {
  // meow refuses it by throwing; read at the top of the module, that was once a stack trace.
  it('is one line and status 2, not a stack trace', () => {
    const r = spawnSync(
      process.execPath,
      ['dist/cli.js', '--width', '60', '--width', '70', '--plain', 'seeds/us-drone-strike-baghdad.txt'],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('lede: The flag --width can only be set once. (see lede --help)\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});
