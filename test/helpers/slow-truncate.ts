import { graphemeWidth, graphemes } from '../../src/layout/graphemes.js';

/** `truncate` as it was before its fast paths: grapheme by grapheme. The reference they must match. */
export function slowTruncate(s: string, width: number): string {
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  let cut = -1;
  for (const { segment } of graphemes(s)) {
    const w = graphemeWidth(segment);
    if (cut < 0 && used + w > width - 1) cut = out.length;
    if (used + w > width) return out.slice(0, cut) + '…';
    out += segment;
    used += w;
  }
  return out;
}
