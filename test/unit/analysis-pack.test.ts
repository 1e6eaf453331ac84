import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { pack, unpack } from '../../src/analysis/pack.js';
import type { Analysis } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

const seed = parsePlainText(readFileSync('seeds/us-drone-strike-baghdad.txt', 'utf8'), 'seed.txt');

const roundTrip = (a: Analysis): Analysis => {
  const { text, ...rest } = a;
  return unpack(pack(rest).packed, text);
};

describe('the analysis packed for the trip from its worker', () => {
  it('comes back exactly as it went, keys in the same order (so --json and the brief read the same)', () => {
    const a = analyze(seed);
    expect(a.entities.length).toBeGreaterThan(3);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(JSON.stringify(roundTrip(a))).toBe(JSON.stringify(a));
  });

  it('keeps what JSON would lose: a number without a value, NaN, -0, titles and speakers that are null', () => {
    const a: Analysis = {
      title: 'T',
      text: 'x'.repeat(40),
      sections: [{ start: 0, end: 5, title: null }],
      paragraphs: [{ start: 0, end: 40 }],
      sentences: [],
      entities: [{ id: 'person:a', name: 'A', type: 'person', aliases: ['Ä'], mentions: [{ start: 1, end: 2 }] }],
      quotes: [{ start: 3, end: 9, speaker: null, speakerEntity: null, verb: 'said' }],
      numbers: [
        { start: 10, end: 12, value: null, unit: null },
        { start: 13, end: 14, value: Number.NaN, unit: 'm' },
        { start: 15, end: 16, value: -0, unit: null },
        { start: 17, end: 20, value: 1.5e300, unit: 'km' },
      ],
      dates: [{ start: 21, end: 25, value: null }],
    };
    const b = roundTrip(a);
    expect(b).toEqual(a);
    expect(Object.is(b.numbers[2]!.value, -0)).toBe(true);
    expect(b.numbers[0]!.value).toBeNull();
  });

  it('moves its spans instead of copying them: the buffers are listed for transfer', () => {
    const { text: _t, ...rest } = analyze(seed);
    const { packed, transferList } = pack(rest);
    expect(transferList).toContain(packed.spans.buffer);
    expect(packed.spans.length).toBeGreaterThan(2 * rest.sentences.length);
  });
});
