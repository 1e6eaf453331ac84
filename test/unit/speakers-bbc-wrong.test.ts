import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Speakers that were wrong in session 18's hand-marked BBC sample (25 articles, index ≡ 7 mod 89),
// each class in sentences written for its test (speakers4). A wrong speaker is worse than none.

describe('speakers the BBC sample had wrong', () => {
  it('does not give a quotation to the next sentence’s speech still to come ("X will announce …")', () => {
    const a = run(
      'Squad',
      'Winger Tomas Ekdahl is delighted with his first call-up. “It is a dream come true.” Coach Harald Brun will announce his side on Friday.',
    );
    expect(speakerOf(a, 'dream come true')).toBeNull();
  });

  it('gives "X dismissed Y as “…”" to X, not to the subject of a clause after "while"', () => {
    const a = run(
      'Budget',
      'The Greens dismissed the budget as “reckless”, while the Liberal Party said it was too timid.',
      'The plan is “a land grab”, but the mayor said it would bring jobs.',
    );
    expect(speakerOf(a, 'reckless')).toBe('Greens');
    expect(speakerOf(a, 'land grab')).toBeNull();
  });

  it('gives no speaker to a nickname before a name, nor "according to X" to a quotation of the clause before', () => {
    const a = run(
      'Ratings',
      'Nine million viewers saw “Nasty” Nick Cotton written out on Friday, according to overnight figures.',
      'She had vowed never to let the firm grow “fat and lazy,” and, according to Bloomberg, once told staff to sleep at the office.',
      'The “skills gap” between the two regions is widening, according to a Treasury report.',
    );
    expect(speakerOf(a, 'Nasty')).toBeNull();
    expect(speakerOf(a, 'fat and lazy')).toBeNull();
    expect(speakerOf(a, 'skills gap')).toMatch(/Treasury/);
  });

  it('keeps a participle before the role in a description ("the BBC managing editor"), not the body alone', () => {
    const a = run('Row', '“That is simply untrue,” said the BBC managing editor.');
    expect(speakerOf(a, 'simply untrue')).toBe('BBC managing editor');
  });
});
