import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// A paragraph that is one quotation and nothing else, after a paragraph that introduces one
// person who has not been quoted yet (session 18, speakers4).

describe('a bare quotation after the paragraph that introduces its speaker', () => {
  it('gives a first-person quotation to the one person of the paragraph before', () => {
    const a = run(
      'Camp',
      'Odile Marchetti, who runs the shelter, toured the camp last month.',
      '“I have never seen children this hungry.”',
    );
    expect(speakerOf(a, 'children this hungry')).toBe('Odile Marchetti');
  });

  it('gives the quotation to one who "was blunt." at the end of the paragraph before', () => {
    const a = run(
      'Library',
      'The board voted on Monday to close the library. Councillor Bram Osterloh was blunt.',
      '“This is a disgrace, and everyone in this room knows it.”',
    );
    expect(speakerOf(a, 'a disgrace')).toBe('Bram Osterloh');
  });

  it('leaves it unattributed when the paragraph before names two people, or the quotation is no one’s voice', () => {
    const a = run(
      'Garage',
      'Ines Korver and Pieter Daal founded the firm in a garage in 2015.',
      '“We had no idea what we were doing.”',
      'Lotte Brand moved to the city in 2010.',
      '“Affordable homes for all.”',
    );
    expect(speakerOf(a, 'no idea')).toBeNull();
    expect(speakerOf(a, 'Affordable homes')).toBeNull();
  });
});
