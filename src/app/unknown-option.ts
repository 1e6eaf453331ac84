/**
 * The first option on the command line that lede does not know, spelled as it was typed: `-x`
 * stays `-x` (meow, which only reads long options here, would call it `--x`), `--foo=1` is `--foo`.
 * Values of options that take one (`--width 60`) and everything after `--` are not options.
 */
export function unknownOption(
  argv: readonly string[],
  known: { readonly booleans: ReadonlySet<string>; readonly strings: ReadonlySet<string> },
): string | null {
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return null;
    if (token === '-' || !token.startsWith('-') || /^-\d/.test(token)) continue;
    // No short options exist: `-x`, or the first letter of a bundle such as `-xvf`.
    if (!token.startsWith('--')) return token.slice(0, 2);
    const name = token.slice(2).split('=')[0]!;
    const flag = camel(name);
    if (known.strings.has(flag)) {
      if (!token.includes('=')) i++; // its value follows
      continue;
    }
    if (known.booleans.has(flag)) continue;
    if (name.startsWith('no-') && known.booleans.has(camel(name.slice(3)))) continue;
    return `--${name}`;
  }
  return null;
}
