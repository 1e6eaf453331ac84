// repairNameSpans finds which candidates a capitalised domain covers without marking every
// character of the text (issue 14: a 5 MB document's marks took 20 MB). The marking it replaced is
// kept here, as it was, to compare against: overlapping candidates, each character owned by the
// last candidate covering it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noEvidence, type Candidate } from '../../src/analysis/aliases.js';
import { isDomain, repairNameSpans } from '../../src/analysis/name-spans.js';

const CAPITALISED_DOMAIN =
  /(?<![\p{L}\p{N}@/.:-])\p{Lu}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|io|co|cc|fm|tv|info|uk|us|ca|au|de|fr|eu|me|ly|COM|ORG|NET|EDU|GOV|IO|CO|CC|FM|TV|INFO|UK|US|CA|AU|DE|FR|EU|ME|LY)(?![\p{L}\p{N}@/-]|\.[\p{L}\p{N}])/gu;

/** Which candidates the old marking removed for each domain, and the domains it added. */
function slowDomains(text: string, out: readonly Candidate[]): { removed: number[]; added: string[] } {
  const ownerAt = new Int32Array(text.length).fill(-1);
  out.forEach((c, k) => ownerAt.fill(k, c.start, c.end));
  const removed = new Set<number>();
  const added: string[] = [];
  for (const m of text.matchAll(CAPITALISED_DOMAIN)) {
    const start = m.index,
      end = start + m[0].length;
    if (!isDomain(m[0])) continue;
    const owners = new Set<number>();
    for (let i = start; i < end; i++) if (ownerAt[i]! >= 0) owners.add(ownerAt[i]!);
    if ([...owners].some((k) => out[k]!.start < start || out[k]!.end > end)) continue;
    for (const k of owners) removed.add(k);
    added.push(`${start}:${m[0]}`);
  }
  return { removed: [...removed].sort((a, b) => a - b), added };
}

const word = fc.constantFrom('Arduino', 'Wired', 'org', 'com', 'Mozilla', 'uk', 'BBC', 'co', 'said', 'the');
const gap = fc.constantFrom(' ', '.', ' ', '. ', '-');
const texts = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 }).map((ws) => ws.flat().join(''));

describe('repairNameSpans and domains', () => {
  it('gives way to a domain exactly where marking each character did', () => {
    fc.assert(
      fc.property(
        texts.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.array(
              fc
                .tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 12 }))
                .map(([start, length]) => [start, Math.min(text.length, start + length)] as const),
              { maxLength: 8 },
            ),
          ),
        ),
        ([text, spans]) => {
          const candidates: Candidate[] = spans.map(([start, end]) => ({
            start,
            end,
            surface: `Name${start}x${end}`,
            words: [`Name${start}x${end}`],
            evidence: noEvidence(),
          }));
          const { removed, added } = slowDomains(text, candidates);
          const kept = candidates.filter((_, k) => !removed.includes(k));
          const got = repairNameSpans(text, candidates, new Uint8Array(text.length));
          const domains = got.filter((c) => !candidates.includes(c)).map((c) => `${c.start}:${c.surface}`);
          expect(domains.sort()).toEqual([...added].sort());
          expect(got.filter((c) => candidates.includes(c))).toEqual(
            added.length ? [...kept].sort((a, b) => a.start - b.start) : kept,
          );
        },
      ),
      { numRuns: 1500 },
    );
  });
});
