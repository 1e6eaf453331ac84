import type { Evidence } from './aliases.js';
import { strongest, type Sets } from './name-short-forms.js';

/**
 * A body's first word clipped to its first syllable, after "the" (issue 10): "the Met" of
 * "Metropolitan Police", "the Fed" of "Federal Reserve". The tagger rarely tags such a word
 * ("Met" is also a verb), so the later mentions were lost. Each clipped form with the one
 * organisation's group it shortens, when the text writes the form only after "the" or "The" and
 * never as the start of a longer name ("the Met Office"), and no other group's name begins with
 * the same letters or is the form itself.
 */

/** Clips of three or four letters, of a first word of six or more ("Met" of "Metropolitan"). */
const CLIPS = [3, 4];
const LONG_WORD = /^\p{Lu}\p{Ll}{5,}$/u;

export function clippedForms(
  groups: readonly { type: string; surfaces: readonly string[] }[],
  text: string,
): Map<string, number> {
  const owners = new Map<string, Set<number>>();
  const firstWords = new Set<string>();
  groups.forEach((g, k) => {
    for (const s of g.surfaces) {
      if (!s.includes(' ')) continue;
      const first = s.slice(0, s.indexOf(' '));
      firstWords.add(first);
      if (g.type !== 'organization' || !LONG_WORD.test(first)) continue;
      for (const n of CLIPS) {
        const form = first.slice(0, n);
        const set = owners.get(form) ?? new Set<number>();
        owners.set(form, set.add(k));
      }
    }
  });
  const out = new Map<string, number>();
  if (!owners.size) return out;
  // One pass for the words the text writes after "the": only those are tried further.
  const afterThe = wordsAfterThe(text);
  for (const [form, ks] of owners) {
    if (ks.size !== 1 || !afterThe.has(form) || firstWords.has(form) || !onlyAfterThe(text, form)) continue;
    out.set(form, [...ks][0]!);
  }
  return out;
}

/** A word of three or four letters, capitalised, that ends there (the lookahead is zero-width). */
const CLIP_WORD = /^\p{Lu}\p{Ll}{2,3}(?![\p{L}\p{N}])/u;
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * The words `/(?<![\p{L}\p{N}])[Tt]he (\p{Lu}\p{Ll}{2,3})(?![\p{L}\p{N}])/gu` captures over the
 * text, found from each "he " (`indexOf`) instead of trying the pattern at every character of a
 * long text; as `matchAll`, none inside a match before it ("the The Met" gives "The" only).
 */
export function wordsAfterThe(text: string): Set<string> {
  const out = new Set<string>();
  let matchedTo = 0;
  for (let at = text.indexOf('he ', 1); at >= 0; at = text.indexOf('he ', at + 1)) {
    const start = at - 1;
    const t = text.charCodeAt(start);
    if (start < matchedTo || (t !== 84 && t !== 116)) continue;
    if (LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    const word = CLIP_WORD.exec(text.slice(at + 3, at + 3 + 12))?.[0];
    if (word === undefined) continue;
    out.add(word);
    matchedTo = at + 3 + word.length;
  }
  return out;
}

/** Whether the text writes `form` as a word at least once, and each time right after "the" and not before a capitalised word. */
function onlyAfterThe(text: string, form: string): boolean {
  let seen = false;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (!/(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, at - 5), at))) return false;
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
    seen = true;
  }
  return seen;
}

/** "Fed" the tagger found itself, of "Federal Reserve": the same, joined while grouping (aliases.ts). */
export function joinClipped(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, { readonly evidence: Evidence }>,
  sets: Sets,
  text: string,
): void {
  const multi = surfaces.filter((s) => s.includes(' '));
  const groups = multi.map((s) => ({
    type: strongest(bySurface.get(s)!.evidence, 'organization') ? 'organization' : '',
    surfaces: [s],
  }));
  for (const [form, k] of clippedForms(groups, text)) {
    const e = bySurface.get(form)?.evidence;
    if (e && !strongest(e, 'person') && !strongest(e, 'place')) sets.union(multi[k]!, form);
  }
}
