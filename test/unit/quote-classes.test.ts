import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes of quotations and speakers missed before (issue 10, second round). Every sentence is
// written for its test; a wrong speaker is worse than none.

const quotes = (a: Analysis) => a.quotes.map((q) => [a.text.slice(q.start, q.end), q.speaker] as const);

describe('"he said" when the paragraph names several people', () => {
  it('is the subject of the sentence before', () => {
    const a = run(
      'Derby day',
      'Rovers beat Town 2-1 after Pavel Zielinski scored twice and Oskar Brandt was sent off. Town manager Helena Marsh was furious with the referee. "We were robbed in front of our own fans," she said.',
    );
    expect(speakerOf(a, 'robbed')).toBe('Helena Marsh');
  });

  it('is the speaker of the attribution before ("…, X said.")', () => {
    const a = run(
      'Derby day',
      'Pavel Zielinski met Oskar Brandt on Monday. If Brandt refused the offer, the club would sell him in January, Tomas Berg said. "Nobody is bigger than the club," he said.',
    );
    expect(speakerOf(a, 'Nobody is bigger')).toBe('Tomas Berg');
  });

  it('is no one when that sentence only names people as objects or asides', () => {
    const a = run(
      'Derby day',
      'Pavel Zielinski met Oskar Brandt on Monday. The club later sold its stadium to Tomas Berg. "It was the only way," he said.',
      'Helena Marsh signed for Rovers. A daughter of Milan Kovač recalled the day well. "It rained all afternoon," she said.',
    );
    expect(speakerOf(a, 'only way')).toBeNull();
    expect(speakerOf(a, 'rained')).toBeNull();
  });
});

describe('straight quotation marks run together from several paragraphs', () => {
  it('reads a reopening mark as a new quotation of the same speaker, not as a close', () => {
    const a = run(
      'Harbour plan',
      'Helena Marsh said: "The harbour has waited long enough. "We start in March and nobody will stop us." The council meets on Friday.',
    );
    expect(quotes(a)).toEqual([
      ['"The harbour has waited long enough.', 'Helena Marsh'],
      ['"We start in March and nobody will stop us."', 'Helena Marsh'],
    ]);
  });
});

describe('attributions the quotation does not sit next to', () => {
  it('reads "“…” of the law, X said." from the end of the sentence, and goes on in that voice', () => {
    const a = run('Harbour plan', '"We must read every line" of the new law, Helena Marsh said. "Nobody else will."');
    expect(speakerOf(a, 'every line')).toBe('Helena Marsh');
    expect(speakerOf(a, 'Nobody else')).toBe('Helena Marsh');
  });

  it('reads a description and then the name: "“…,” her husband, Tomas Berg, said"', () => {
    const a = run(
      'Harbour plan',
      'Helena Marsh opened the meeting. "It will cost too much," her husband, Tomas Berg, told reporters.',
    );
    expect(speakerOf(a, 'cost too much')).toBe('Tomas Berg');
  });
});

describe('the agent of a passive speech verb', () => {
  it('is the speaker: "was described by X as “…”", "has been called “…” by X"', () => {
    const a = run(
      'Harbour plan',
      'The old pier was described by Oskar Brandt as "beyond repair". The harbour has been called "a disgrace" by Pavel Zielinski.',
    );
    expect(speakerOf(a, 'beyond repair')).toBe('Oskar Brandt');
    expect(speakerOf(a, 'a disgrace')).toBe('Pavel Zielinski');
  });

  it('is the organisation a definite description names, when only one fits', () => {
    const a = run(
      'Harbour plan',
      'The Northshire Department of Harbours owns the pier. The plan was described as "reckless" by the harbours department.',
    );
    expect(speakerOf(a, 'reckless')).toBe('Northshire Department of Harbours');
  });
});

describe('a name that only says whose the speaker is', () => {
  it('keeps the noun it modifies: "the Zentrix app says", "a Zentrix spokesman said"', () => {
    const a = run(
      'Phones',
      'Zentrix sold its millionth phone in May. The recently updated Zentrix app now says that older phones are "unsupported".',
      '"We are proud of the phone," a Zentrix spokesman said.',
    );
    expect(speakerOf(a, 'unsupported')).toBe('Zentrix app');
    expect(speakerOf(a, 'proud')).toBe('Zentrix spokesman');
  });

  it('gives no speaker to "There" or to a photo credit run into a caption', () => {
    const a = run(
      'Phones',
      'There was a pause in the hall, as if to say "not now".',
      '© Provided by Northfield Press Zentrix shocked the market by announcing "Orbit Two," its new phone.',
    );
    expect(speakerOf(a, 'not now')).toBeNull();
    expect(speakerOf(a, 'Orbit Two')).toBeNull();
  });
});
