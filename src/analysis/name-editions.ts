import type { Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';
import { ORGANIZATIONS } from './lexicon/organizations.js';
import { PLACE_CANONICAL } from './lexicon/places.js';

/**
 * A publication's or a firm's national edition: "Wired Italy", "Vogue Germany", "Forbes India".
 * A listed organisation's name and then a country's is the organisation's (issue 10), where the
 * tagger, seeing two capitalised words, may read a person ("Wired Italy said").
 */
export function nationalEditions(candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const n = c.words.length;
    if (n < 2 || !PLACE_CANONICAL.has(c.words[n - 1]!) || !ORGANIZATIONS.has(c.words.slice(0, -1).join(' '))) return c;
    return { ...c, evidence: { ...c.evidence, organization: c.evidence.organization + CUE_WEIGHT } };
  });
}
