import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { run } from '../helpers/analysis-case.js';

// Classes found in session 22's passages (speakers8, test/fixtures/speakers-passages-6.json): the
// quotation forms of sports, science, court, tech and tabloid reports and of untagged dialogue,
// each in sentences written for its test.

const speakerOf = (a: Analysis, words: string) =>
  a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker ?? null;

describe('a nationality or a team role standing for the one person named', () => {
  it('gives "the Welshman added" and "the Brazilian said" to the man named before', () => {
    const a = run(
      'Open',
      'Rhys Morgan shot a 66 to lead by two at Carnoustie.',
      '“The wind dropped just when I needed it,” the Welshman added.',
      'Bruno Tavares beat the champion in three sets.',
      '“I played without fear,” the Brazilian said.',
    );
    expect(speakerOf(a, 'wind dropped')).toBe('Rhys Morgan');
    expect(speakerOf(a, 'without fear')).toBe('Bruno Tavares');
  });

  it('reads "the skipper said" and "the winger said" as the player named', () => {
    const a = run(
      'Test',
      'England captain Joe Hart made a century in Brisbane.',
      '“It was hot out there,” the skipper said.',
    );
    expect(speakerOf(a, 'hot out there')).toBe('Joe Hart');
  });

  it('gives "the Argentine said" to neither of two men who could be him', () => {
    const a = run(
      'Race',
      'Diego Luna and Marco Rossi crashed at the first corner.',
      '“It was a racing incident,” the Argentine said.',
    );
    expect(['Diego Luna', 'Marco Rossi']).not.toContain(speakerOf(a, 'racing incident'));
  });

  it('does not read "the French said" as a person', () => {
    const a = run(
      'Talks',
      'Foreign minister Anne Claire met her German counterpart on Monday.',
      'The French said the talks had been “frank and useful.”',
    );
    expect(speakerOf(a, 'frank and useful')).not.toBe('Anne Claire');
  });
});
