import type { Evidence } from './aliases.js';
import { nameKey } from './name-key.js';

/**
 * Two full names of one thing that differ by a word the other leaves out, which the partial-name
 * rule of aliases.ts cannot join (neither is the first or last part of the other), so a short form
 * after both ("Microsoft", "Smith") would be left to neither (issue 10):
 * - a firm under two legal forms: "Microsoft Corp." and "Microsoft Corporation", "Ford Motor Co."
 *   and "Ford Motor Company";
 */

interface Sets {
  find(s: string): string;
  union(a: string, b: string): void;
}
interface Entry {
  readonly evidence: Evidence;
  readonly words: readonly string[];
}

/** A firm's legal form as the last word of its name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC L.L.C. plc PLC Plc AG SA S.A. GmbH NV N.V. SpA LP L.P.'.split(
    ' ',
  ),
);

const strongest = (e: Evidence, t: keyof Evidence): boolean =>
  e[t] > 0 && e[t] >= Math.max(e.person, e.organization, e.place, e.other);

const push = (map: Map<string, string[]>, key: string, s: string): void => {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
};

/** Joins the surfaces of each key when they are more than one. */
function joinEach(groups: ReadonlyMap<string, string[]>, sets: Sets): void {
  for (const members of groups.values()) for (const s of members.slice(1)) sets.union(members[0]!, s);
}

/** "Microsoft Corp." and "Microsoft Corporation": the same words before a legal form, neither a person's name. */
function joinLegalForms(surfaces: readonly string[], bySurface: ReadonlyMap<string, Entry>, sets: Sets): void {
  const byStem = new Map<string, string[]>();
  for (const s of surfaces) {
    const { words, evidence } = bySurface.get(s)!;
    if (words.length < 2 || !LEGAL_FORMS.has(words[words.length - 1]!) || strongest(evidence, 'person')) continue;
    const stem = words.slice(words[0] === 'The' ? 1 : 0, -1);
    if (stem.length) push(byStem, nameKey(stem.join(' ')), s);
  }
  joinEach(byStem, sets);
}

/** Joins full names of one thing written with and without a word (in `sets`, by surface). */
export function joinNameForms(surfaces: readonly string[], bySurface: ReadonlyMap<string, Entry>, sets: Sets): void {
  joinLegalForms(surfaces, bySurface, sets);
}
