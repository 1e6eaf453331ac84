/**
 * What the coordinating analysis thread keeps of each part's names while the others are still
 * being read (analysis/in-parts.ts `gatheringNames`): the same mentions, made again as plain
 * objects with shared strings, and the parts' lower-case words in one set for the whole document.
 * A helper's answer arrives as a copy (postMessage's structured clone), as here.
 */
import { describe, expect, it } from 'vitest';
import { gatheringNames, type PartNames } from '../../src/analysis/in-parts.js';
import type { NamedMention } from '../../src/analysis/ner/recognise.js';

const mention = (start: number, surface: string, extra: Partial<NamedMention> = {}): NamedMention => ({
  start,
  end: start + surface.length,
  type: 'person',
  surface,
  words: surface.split(' '),
  ...extra,
});

/** Part one, read by this thread; part two, a helper's copy. */
const partOne = (): PartNames => ({
  names: [
    mention(0, 'Maria Lopez', { titleCase: false, initial: true }),
    mention(40, 'Acme Corp', { titleCase: false, initial: false, cue: 'organization' }),
  ],
  lowerWords: ['the', 'said'],
});
const partTwo = (): PartNames =>
  structuredClone({
    names: [mention(900, 'Maria Lopez', { titleCase: true, initial: false }), mention(950, 'Lopez')],
    lowerWords: ['said', 'antibiotics'],
  });

describe("a long document's names, part by part", () => {
  it('every mention keeps its keys, in their order, and its values', () => {
    const gathered = gatheringNames();
    for (const part of [partOne(), partTwo()]) {
      const kept = gathered.keep(part) as PartNames;
      expect(kept.names).toEqual(part.names);
      kept.names.forEach((m, k) => expect(Object.keys(m)).toEqual(Object.keys(part.names[k]!)));
    }
  });

  it("a surface and its words are one string and one list in every part, the helper's copies included", () => {
    const gathered = gatheringNames();
    const one = (gathered.keep(partOne()) as PartNames).names[0]!;
    const two = (gathered.keep(partTwo()) as PartNames).names[0]!;
    expect(two.surface).toBe(one.surface);
    expect(two.words).toBe(one.words);
  });

  it("the parts' lower-case words make one set, and no part's answer keeps its own list", () => {
    const gathered = gatheringNames();
    const kept = [partOne(), partTwo()].map((p) => gathered.keep(p) as PartNames);
    expect(kept.map((k) => k.lowerWords)).toEqual([null, null]);
    expect([...gathered.lowerWords()!].sort()).toEqual(['antibiotics', 'said', 'the']);
  });

  it("one part that cannot tell its lower-case words leaves the document's unknown", () => {
    const gathered = gatheringNames();
    gathered.keep(partOne());
    gathered.keep({ ...partTwo(), lowerWords: null });
    expect(gathered.lowerWords()).toBeUndefined();
  });

  it('a mention with keys of another kind is kept itself, with the shared strings', () => {
    const gathered = gatheringNames();
    gathered.keep(partOne());
    const odd = { ...mention(500, 'Maria Lopez'), note: 'x' } as NamedMention;
    const kept = (gathered.keep({ names: [odd], lowerWords: [] }) as PartNames).names[0]!;
    expect(kept).toBe(odd);
    expect(Object.keys(kept)).toEqual(['start', 'end', 'type', 'surface', 'words', 'note']);
  });
});
