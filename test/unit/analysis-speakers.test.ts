import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { run } from '../helpers/analysis-case.js';

// Quote speakers that are not speakers (issue 10): a wrong speaker is worse than none.

const quoted = (a: Analysis, words: string) => a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words));

describe('the subject of a passive speech verb is not the speaker', () => {
  it('gives no speaker to a quote that describes the subject', () => {
    const a = run(
      'Floods',
      'Last spring in the valley, a flood that was described as “catastrophic” forced hundreds of families out.',
      'The recent run of storms has been described as “relentless” by forecasters.',
      'Ana Kovač, a farmer, said: “We lost everything.”',
    );
    expect(quoted(a, 'catastrophic')?.speaker ?? null).toBeNull();
    // (The agent of the passive is: "by forecasters".)
    expect(quoted(a, 'relentless')?.speaker ?? null).toBe('forecasters');
    // An active speech verb still has its subject.
    expect(quoted(a, 'We lost everything')?.speaker).toBe('Ana Kovač');
  });
});

describe('two quotations in one clause share its speaker', () => {
  it('gives the second quoted phrase of a sentence the first one’s speaker', () => {
    const a = run(
      'Harbour plan',
      'Council leader Mara Lindqvist described the plan as “bold” and “long overdue” on Tuesday.',
      'Tomas Berg conceded there were “open questions” but said “the money is there”.',
    );
    expect(quoted(a, 'long overdue')?.speaker).toBe('Mara Lindqvist');
    expect(quoted(a, 'the money is there')?.speaker).toBe('Tomas Berg');
  });

  it('does not pass a speaker over another name or into the next sentence', () => {
    const a = run(
      'Harbour plan',
      'Jordan Lindqvist called the plan “bold”, while Robin Berg thought it “reckless”.',
      'The vote was “close”. “We will try again,” he added.',
    );
    expect(quoted(a, 'reckless')?.speaker ?? null).not.toBe('Jordan Lindqvist');
    expect(quoted(a, 'We will try again')?.speaker ?? null).toBeNull();
  });
});
