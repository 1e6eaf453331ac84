import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// A relative's noun before a name in apposition says the person's gender ("his wife, Susan",
// "her brother, James"), so "she said" in the next paragraph finds the one woman of the two
// (session 18, speakers4); and a pronoun resolved past the paragraphs of a running quotation.

describe('gender from a relative’s noun', () => {
  it('gives "she said" to the woman when the man is named as her brother', () => {
    const a = run(
      'Café',
      'Hollis Grant and her brother, Quincy, opened the café in 2019.',
      '“We wanted somewhere to sit and talk,” she said.',
    );
    expect(speakerOf(a, 'sit and talk')).toBe('Hollis Grant');
  });

  it('reads "his wife, Name," as a person and gives her "she said"', () => {
    const a = run(
      'Flood',
      'Dario Whitfield and his wife, Marisol, lost their home in the flood.',
      '“We have nothing left,” she said.',
    );
    expect(speakerOf(a, 'nothing left')).toBe('Marisol');
  });

  it('leaves "he said" unattributed when both are men', () => {
    const a = run(
      'Shop',
      'Hollis Grant and his brother, Quincy, opened the shop in 2019.',
      '“We wanted somewhere to sit and talk,” he said.',
    );
    expect(speakerOf(a, 'sit and talk')).toBeNull();
  });
});

describe('a pronoun after a quotation that runs over paragraphs', () => {
  it('finds the one person named before the quotation’s first paragraph', () => {
    const a = run(
      'Clinic',
      'Yolanda Mbatha runs the clinic alone.',
      '“Every morning there is a queue outside the door.',
      '“Some of them have walked for two days,” she said.',
    );
    expect(speakerOf(a, 'queue outside')).toBe('Yolanda Mbatha');
    expect(speakerOf(a, 'walked for two days')).toBe('Yolanda Mbatha');
  });
});

describe('a pronoun whose one candidate is what others did something to', () => {
  it('leaves "he said" after "Detectives charged X" unattributed, but not after "X won"', () => {
    const charged = run(
      'Charge',
      'Detectives charged Wendell Okafor on Sunday.',
      '“We believe we have the right man,” he said.',
    );
    expect(speakerOf(charged, 'right man')).toBeNull();
    const won = run('Prize', 'Wendell Okafor won the prize on Sunday.', '“I am stunned,” he said.');
    expect(speakerOf(won, 'stunned')).toBe('Wendell Okafor');
  });
});
