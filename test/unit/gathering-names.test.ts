/**
 * What the coordinating analysis thread keeps of each part's names while the others are still
 * being read (analysis/in-parts-names.ts): the mentions packed into flat records where they were
 * found, a helper's sent as a copy (postMessage's structured clone, as here), kept against one
 * table of surfaces and word lists for the whole document, and made objects again for the
 * grouping with the same keys, in the same order, and the same values; the parts' lower-case
 * words in one set for the whole document.
 */
import { describe, expect, it } from 'vitest';
import { namesGathering, packNames, unpackNames } from '../../src/analysis/in-parts-names.js';
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
const partOne = (): NamedMention[] => [
  mention(0, 'Maria Lopez', { titleCase: false, initial: true }),
  mention(40, 'Acme Corp', { type: 'organization', titleCase: undefined, initial: false, cue: 'organization' }),
  mention(80, 'Lopez', { titleCase: true, initial: undefined, cue: undefined }),
  mention(120, 'Kenya', { type: 'place' }),
];
const partTwo = (): NamedMention[] => [
  mention(900, 'Maria Lopez', { titleCase: true, initial: false }),
  mention(950, 'Lopez', { type: 'other' }),
];
const sent = (names: NamedMention[]) => structuredClone(packNames(names));

describe("a long document's names, part by part", () => {
  it('every mention comes back with its keys, in their order, and its values', () => {
    const gathered = namesGathering();
    for (const [part, packed] of [
      [partOne(), packNames(partOne())],
      [partTwo(), sent(partTwo())],
    ] as const) {
      const back = unpackNames(gathered.keep(packed, []));
      expect(back).toEqual(part);
      back.forEach((m, k) => expect(Object.keys(m)).toEqual(Object.keys(part[k]!)));
      back.forEach((m, k) => expect(m.cue).toBe(part[k]!.cue));
    }
  });

  it('a part waits as numbers: no object per mention', () => {
    const packed = namesGathering().keep(packNames([...partOne(), ...partOne()]), []);
    expect(packed.records).toBeInstanceOf(Int32Array);
    expect(packed.odd).toEqual([]);
    expect(packed.surfaces).toHaveLength(4);
  });

  it("a surface and its words are one string and one list in every part, the helper's copies included", () => {
    const gathered = namesGathering();
    const one = unpackNames(gathered.keep(packNames(partOne()), []))[0]!;
    const two = unpackNames(gathered.keep(sent(partTwo()), []))[0]!;
    expect(two.surface).toBe(one.surface);
    expect(two.words).toBe(one.words);
  });

  it('word lists are told apart whatever their words hold', () => {
    const names = [
      { ...mention(0, 'A B'), words: ['A\nB'] },
      { ...mention(10, 'A B'), words: ['A', 'B'] },
      { ...mention(20, 'A B'), words: [] },
      { ...mention(30, 'A B'), words: [''] },
    ];
    expect(unpackNames(namesGathering().keep(packNames(names), [])).map((m) => m.words)).toEqual(
      names.map((m) => m.words),
    );
  });

  it("the parts' lower-case words make one set", () => {
    const gathered = namesGathering();
    gathered.keep(packNames(partOne()), ['the', 'said']);
    gathered.keep(sent(partTwo()), ['said', 'antibiotics']);
    expect([...gathered.finish()!].sort()).toEqual(['antibiotics', 'said', 'the']);
  });

  it('once finished, the gathering holds none of the words it handed over', () => {
    const gathered = namesGathering();
    const kept = gathered.keep(packNames(partOne()), ['the']);
    const words = gathered.finish()!;
    expect(gathered.finish()).toEqual(new Set());
    expect(words).toEqual(new Set(['the']));
    // What was kept is still read back whole.
    expect(unpackNames(kept)).toEqual(partOne());
  });

  it("one part that cannot tell its lower-case words leaves the document's unknown", () => {
    const gathered = namesGathering();
    gathered.keep(packNames(partOne()), ['the']);
    gathered.keep(sent(partTwo()), null);
    expect(gathered.finish()).toBeUndefined();
  });

  it('a mention with keys of another kind is kept itself, in its place, with the shared strings', () => {
    const gathered = namesGathering();
    const first = unpackNames(gathered.keep(packNames(partOne()), []))[0]!;
    const odd = { ...mention(500, 'Maria Lopez'), note: 'x' } as NamedMention;
    const back = unpackNames(gathered.keep(packNames([mention(400, 'Kenya'), odd, mention(600, 'Lopez')]), []));
    expect(back[1]).toBe(odd);
    expect(back.map((m) => m.start)).toEqual([400, 500, 600]);
    expect(Object.keys(back[1]!)).toEqual(['start', 'end', 'type', 'surface', 'words', 'note']);
    expect(back[1]!.words).toBe(first.words);
  });
});
