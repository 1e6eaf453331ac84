import type { ColorMode } from '../ui/paint.js';

/**
 * Whether links are drawn as OSC 8 hyperlinks (clickable, the target shown on hover) as well as
 * underlined. OSC 8 is made to be ignored by a terminal that does not know it, so it is on
 * unless something says it would show as junk or is not wanted:
 * - `--no-hyperlinks` (or `LEDE_HYPERLINKS=0`),
 * - a terminal without attributes (TERM=dumb: no escape sequence of any kind goes out),
 * - the Linux console and hardware terminals (TERM=linux, vt100, vt220…), which do not parse
 *   OSC strings and can print their text.
 */
export function hyperlinksWanted(
  env: Readonly<Record<string, string | undefined>>,
  colorMode: ColorMode,
  flag: boolean,
): boolean {
  if (!flag || env.LEDE_HYPERLINKS === '0' || colorMode === 'none') return false;
  const term = (env.TERM ?? '').toLowerCase();
  return !NO_OSC.some((re) => re.test(term));
}

/** TERM values of terminals that do not parse OSC strings. */
const NO_OSC: readonly RegExp[] = [/^dumb$/, /^linux/, /^vt\d/, /^cons\d/];
