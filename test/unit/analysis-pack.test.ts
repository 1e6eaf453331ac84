import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import {
  inTurns,
  pack,
  packEntities,
  unpack,
  unpackEntities,
  unpackEntitiesSteps,
  unpackSteps,
} from '../../src/analysis/pack.js';
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

  it(
    'is read back a step at a time, each step a slice of a book, to the same analysis',
    { timeout: 60_000 },
    async () => {
      // A book's worth: 60,000 sentences, 9,000 quotes and numbers, 7,000 entities of 1–6 mentions.
      const spans = (n: number, width: number) =>
        Array.from({ length: n }, (_, k) => ({ start: k * width, end: k * width + 3 }));
      const a: Analysis = {
        title: 'Book',
        text: 'x'.repeat(600_000),
        sections: [{ start: 0, end: 600_000, title: 'One' }],
        paragraphs: spans(20_000, 30),
        sentences: spans(60_000, 10),
        entities: Array.from({ length: 7_000 }, (_, k) => ({
          id: `person:${k}`,
          name: `Person ${k}`,
          type: 'person' as const,
          aliases: k % 3 ? [] : [`P${k}`],
          mentions: spans(1 + (k % 6), 97).map((m) => ({ start: m.start + k, end: m.end + k })),
        })),
        quotes: spans(9_000, 60).map((q, k) => ({
          ...q,
          speaker: k % 2 ? `S${k}` : null,
          speakerEntity: null,
          verb: 'said',
        })),
        numbers: spans(9_000, 61).map((n, k) => ({ ...n, value: k % 4 ? k : null, unit: k % 5 ? null : 'km' })),
        dates: spans(3_000, 150).map((d, k) => ({ ...d, value: `2020-01-${1 + (k % 28)}` })),
      };
      const { text, ...rest } = a;
      const { packed } = pack(rest);
      const steps = unpackSteps(packed, text);
      let count = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) count++;
      // 27 steps: none builds more than 8,192 spans or 2,048 items with their strings.
      expect(count).toBeGreaterThan(20);
      expect(step.value).toEqual(a);
      expect(await inTurns(unpackSteps(packed, text))).toEqual(a);
      const ahead = packEntities(a.entities).packed;
      expect(await inTurns(unpackEntitiesSteps(ahead))).toEqual(a.entities);
      expect(unpackEntities(ahead)).toEqual(a.entities);
    },
  );

  it('passes on a failure to read back as a rejection, not a crash of the event loop', async () => {
    const { text, ...rest } = analyze(seed);
    const { packed } = pack(rest);
    await expect(inTurns(unpackSteps({ ...packed, json: '{' }, text))).rejects.toThrow();
  });
});
