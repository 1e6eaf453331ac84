/** Every start of each surface in the text (overlapping, as `indexOf` from each one plus one), one search per first four characters. */
export function everyOccurrence(text: string, surfaces: ReadonlySet<string>): Map<string, number[]> {
  const out = new Map([...surfaces].map((s) => [s, [] as number[]]));
  const byPrefix = new Map<string, string[]>();
  for (const s of surfaces) byPrefix.set(s.slice(0, 4), [...(byPrefix.get(s.slice(0, 4)) ?? []), s]);
  for (const [prefix, list] of byPrefix)
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1))
      for (const s of list) if (text.startsWith(s, at)) out.get(s)!.push(at);
  return out;
}
