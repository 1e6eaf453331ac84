import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { run } from '../helpers/analysis-case.js';

// Classes found in session 16's samples of BBC articles (seeds 1527 and 1127), each in sentences
// written for its test.

const speakerOf = (a: Analysis, words: string) =>
  a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker ?? null;

describe('wrong speakers in the samples', () => {
  it('does not give a quotation to the subject of a relative clause whose object is the quotation before', () => {
    const a = run(
      'Agencies',
      'Green spokesman Piet Molenaar said instead of the "cull of agencies" the Union Party had promised, there had been a "boom" of them.',
    );
    expect(speakerOf(a, 'cull of agencies')).toBe('Piet Molenaar');
    expect(speakerOf(a, 'boom')).not.toBe('Union Party');
  });

  it('does not read "Echoing X, the minister said" as X being the minister', () => {
    const a = run(
      'Talks',
      'Lena Ostrova has said the talks will go on.',
      'Echoing the new foreign secretary Marek Halas, the prime minister said the plan had changed. The prime minister conceded that the other side had "a harder position" than before.',
    );
    expect(speakerOf(a, 'a harder position')).not.toBe('Marek Halas');
  });
});
