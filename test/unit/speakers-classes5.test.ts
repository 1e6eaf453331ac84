import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { run } from '../helpers/analysis-case.js';

// Classes found in session 19's passages (speakers5, test/fixtures/speakers-passages-3.json),
// each in sentences written for its test.

const speakerOf = (a: Analysis, words: string) =>
  a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker ?? null;

describe('a person the tagger typed as a place', () => {
  it('counts as a second woman when joined to a person by "and", so "she said" is left to no one', () => {
    const a = run(
      'Stall',
      'Joan Hill and Linda Park sell cheese at the Saturday market.',
      '“Nobody buys brie any more,” she said.',
    );
    expect(a.entities.find((e) => e.name === 'Linda Park')?.type).not.toBe('person');
    expect(speakerOf(a, 'Nobody buys brie')).toBeNull();
  });

  it('counts when the name is the subject of a speech verb', () => {
    const a = run('Rent', 'Linda Park said the rent was too high. Joan Hill agreed.', '“We cannot pay,” she said.');
    expect(speakerOf(a, 'We cannot pay')).toBeNull();
  });

  it('does not count a place that only opens with a given name', () => {
    const a = run(
      'Park',
      'Victoria Park reopened on Monday. Jane Moss walks there daily.',
      '“It is lovely,” she said.',
    );
    expect(speakerOf(a, 'It is lovely')).toBe('Jane Moss');
  });
});
