import { describe, expect, it } from 'vitest';
import { givenNameSex } from '../../src/analysis/lexicon/given-names.js';
import { run, speakerOf } from '../helpers/analysis-case.js';

// "she said" when the text has not said who is a "she" (issue 10): sentences written for this test.

describe('given names', () => {
  it('knows common given names by sex and leaves unisex ones and surnames-first out', () => {
    expect(givenNameSex('Susan')).toBe('f');
    expect(givenNameSex('Thomas')).toBe('m');
    for (const either of ['Jordan', 'Taylor', 'Robin', 'Kim', 'Andrea', 'Alex', 'Halvorsen'])
      expect(givenNameSex(either)).toBeUndefined();
  });

  it('lets "she said" mean the one woman of a man and a woman the text has not gendered', () => {
    const a = run(
      'Survey',
      'Susan Halvorsen handed Thomas Wren the survey on Tuesday. “It took us three summers to finish,” she said.',
    );
    expect(speakerOf(a, 'three summers')).toBe('Susan Halvorsen');
  });

  it('still leaves it empty with two women in reach', () => {
    const a = run(
      'Survey',
      'Susan Halvorsen handed Ellen Wren the survey on Tuesday. “It took us three summers to finish,” she said.',
    );
    expect(speakerOf(a, 'three summers')).toBeNull();
  });

  it('lets the text outweigh the name: a title says more than the list', () => {
    const a = run(
      'Survey',
      'Mrs Thomas Wren, the widow of the surveyor, handed Greg Halvorsen the maps on Tuesday. “They were his life’s work,” she said.',
    );
    expect(speakerOf(a, 'life’s work')).toMatch(/Wren/);
  });
});

describe('"she said" in a sentence whose subject is the one woman named in it', () => {
  const before = 'Ms Larsen and Ms Okafor both worked on the survey of the fjord.';

  it('is that woman', () => {
    const a = run(
      'Credit',
      `${before} Larsen remembers that only once did anyone thank her in print; she said she was “amazed” at the time.`,
    );
    expect(speakerOf(a, 'amazed')).toBe('Larsen');
  });

  it('is no one when the woman is only the object or topic of the sentence', () => {
    const a = run(
      'Credit',
      `${before} Asked about Larsen, she said she was “amazed” at the time.`,
      `${before} The board thanked Larsen; she said she was “moved” by it.`,
    );
    expect(speakerOf(a, 'amazed')).toBeNull();
    expect(speakerOf(a, 'moved')).toBeNull();
  });
});
