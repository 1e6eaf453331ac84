import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Quotations introduced by a short clause and a colon, in forms of US and UK outlets
// (session 18, speakers4).

describe('a clause and a colon before the quotation', () => {
  it('reads "X, a nurse on the ward, put it more bluntly:" as "put it"', () => {
    const a = run('Ward', 'Beatriz Olumide, a nurse on the ward, put it more bluntly: “We are drowning here.”');
    expect(speakerOf(a, 'drowning')).toBe('Beatriz Olumide');
  });

  it('reads "Her advice:" as the one woman’s, and "For X, the answer is simple:" as X’s', () => {
    const a = run(
      'Pool',
      'Sarah Whitcombe has coached swimmers for thirty years. Her advice: “Never skip the warm-up.”',
      'For Dr. Emeka Lindqvist, the answer is simple: “Build more homes.”',
    );
    expect(speakerOf(a, 'warm-up')).toBe('Sarah Whitcombe');
    expect(speakerOf(a, 'more homes')).toBe('Emeka Lindqvist');
  });

  it('leaves "Her view:" to no one when the text names two women', () => {
    const a = run('Pool', 'Sarah Whitcombe met Ellen Ashdown. Her view: “Not bad at all.”');
    expect(speakerOf(a, 'Not bad')).toBeNull();
  });
});
