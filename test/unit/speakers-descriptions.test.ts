import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Speakers described after the quotation, in forms of US and AU outlets (session 18, speakers4).

describe('speakers described after the quotation', () => {
  it('reads "“…,” the complaint states." though the tagger takes "states" for a noun', () => {
    const a = run('Suit', '“The company hid the defect for years,” the complaint states.');
    expect(speakerOf(a, 'hid the defect')).toBe('the complaint');
  });

  it('gives "the 41-year-old mother of three said" to the one woman named before', () => {
    const a = run(
      'Storm',
      'Marguerite Oyelaran has lived on the street since 2009.',
      '“We lost the roof in an hour,” the 41-year-old mother of three said.',
    );
    expect(speakerOf(a, 'lost the roof')).toBe('Marguerite Oyelaran');
  });

  it('does not give "the mother of two said" to the one man named before', () => {
    const a = run(
      'Storm',
      'Desmond Achterberg has lived on the street since 2009. He built the porch himself.',
      '“We lost the roof in an hour,” the mother of two said.',
    );
    expect(speakerOf(a, 'lost the roof')).toBeNull();
  });

  it('reads "According to a 2017 report by the Urban Institute," (a document and its author)', () => {
    const a = run(
      'Program',
      'According to a 2019 study by the Kessler Foundation, the scheme was “largely a success.”',
    );
    expect(speakerOf(a, 'largely a success')).toBe('Kessler Foundation');
  });

  it('reads "“…,” the woman, who did not want to be named, told X" past the relative clause', () => {
    const a = run(
      'Shelter',
      '“Nobody came to help us,” the woman, who did not want to be named, told the Courier.',
      '“The water rose in minutes,” Greta Lindahl, who lives by the river, told the Courier.',
    );
    expect(speakerOf(a, 'Nobody came')).toBe('the woman');
    expect(speakerOf(a, 'water rose')).toBe('Greta Lindahl');
  });

  it('survives a relative clause that runs right up to the next quotation ("…, who wore the slogan, “…”")', () => {
    // Crashed analyze() (and `lede --json`) with a TypeError: nothing followed the clause's comma.
    const a = run(
      'Race',
      '“I was surprised,” said Nadia Okoro, who wore the club’s old motto, “Run Together”, on her vest. “I am pleased.”',
    );
    expect(speakerOf(a, 'I was surprised')).toBe('Nadia Okoro');
  });

  it('reads "The company told Ars that …" as a company named before, never the outlet told', () => {
    const alone = run('Bug', 'The company told Ars that the flaw was “a low-severity issue.”');
    expect(speakerOf(alone, 'low-severity')).not.toBe('Ars');
    const named = run(
      'Bug',
      'Velorum shares fell on Tuesday. The company told Ars that the flaw was “a low-severity issue.”',
    );
    expect(speakerOf(named, 'low-severity')).toBe('Velorum');
  });

  it('gives "Officials in Paris said" to the officials, not to Paris, and "A sign on the door read:" to the sign', () => {
    const a = run(
      'Fire',
      'Officials in Lyon said the fire was “under control.”',
      'A nurse at Saint Anne Hospital said the boy was “stable.”',
      'A sign on the door read: “Closed until further notice.”',
    );
    expect(speakerOf(a, 'under control')).toBe('Officials in Lyon');
    expect(speakerOf(a, 'stable')).toBe('A nurse at Saint Anne Hospital');
    expect(speakerOf(a, 'Closed until')).toBe('A sign on the door');
  });

  it('keeps a spokesman or a statement the voice of the body named after it', () => {
    const a = run('Talks', 'A statement from the Halvorsen Group said the talks were “productive.”');
    expect(speakerOf(a, 'productive')).toBe('Halvorsen Group');
  });

  it('never takes an earlier clause\'s "X\'s performance on Friday" for the speaker of a later one', () => {
    const a = run(
      'Voters',
      "But when asked about Ms Carden's fiery speech on Friday, the crowd agreed she was “brilliant”.",
    );
    expect(speakerOf(a, 'brilliant') ?? '').not.toMatch(/speech|Friday/);
  });
});
