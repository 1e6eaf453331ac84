import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { run } from '../helpers/analysis-case.js';

// Quotations and their speakers on text from any outlet (issue 10): a wrong speaker is worse
// than none. Each test uses sentences written for it.

/** Each quotation's text (marks included) with its speaker. */
const quotes = (a: Analysis) => a.quotes.map((q) => [a.text.slice(q.start, q.end), q.speaker] as const);
const speakerOf = (a: Analysis, words: string) =>
  a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker;

describe('pairing of quotation marks', () => {
  it('follows the newspaper convention for a quotation over several paragraphs', () => {
    const a = run(
      'Energy plan',
      '“The first thing to say is that nobody saw this coming.',
      '“The second is that we are ready,” Helena Marsh told reporters. “The plan stands.”',
      'Officials said nothing more.',
    );
    expect(quotes(a)).toEqual([
      ['“The first thing to say is that nobody saw this coming.', 'Helena Marsh'],
      ['“The second is that we are ready,”', 'Helena Marsh'],
      ['“The plan stands.”', 'Helena Marsh'],
    ]);
  });

  it('finds a quotation in single marks in a headline', () => {
    const a = run("Minister warns of 'a long winter ahead'", 'Helena Marsh spoke in Leeds on Monday.');
    expect(quotes(a).map(([t]) => t)).toContain("'a long winter ahead'");
  });
});

describe('speakers', () => {
  it('reads "said X", "X told", "X wrote:" and "according to X"', () => {
    const a = run(
      'Grid strain',
      '“We will not back down,” said Helena Marsh, the energy minister.',
      'In a blog post, Tomasz Zielinski wrote: “The grid was never built for this.”',
      'Prices will rise by “at least a fifth”, according to Ofgem.',
    );
    expect(speakerOf(a, 'back down')).toBe('Helena Marsh');
    expect(speakerOf(a, 'never built')).toBe('Tomasz Zielinski');
    expect(speakerOf(a, 'at least a fifth')).toBe('Ofgem');
  });

  it('takes the noun phrase right before the verb, past an aside', () => {
    const a = run(
      'Phones',
      'That was when Zentrix launched its first phone and Helena Marsh said that, once you try it, “you never go back.”',
      'Eric Dalton, one of the most outspoken critics of the firm, said he was “appalled” by the decision.',
    );
    expect(speakerOf(a, 'never go back')).toBe('Helena Marsh');
    expect(speakerOf(a, 'appalled')).toBe('Eric Dalton');
  });

  it('gives the next paragraph, a quotation alone, the same speaker', () => {
    const a = run(
      'Whales',
      '“The sea is telling us something,” says Hori Tamaki, an elder of the tribe.',
      '“We need to listen before it is too late.”',
    );
    expect(speakerOf(a, 'We need to listen')).toBe('Hori Tamaki');
  });

  it('resolves "he said" only when one person is the clear antecedent', () => {
    const a = run(
      'Late arrival',
      'Oskar Brandt arrived late. “I have nothing to add,” he said.',
      'Brandt and Pavel Zielinski argued for an hour. “It is over,” he said.',
    );
    expect(speakerOf(a, 'nothing to add')).toBe('Oskar Brandt');
    expect(speakerOf(a, 'It is over')).toBeNull();
  });

  it('never gives a quotation to a name merely mentioned near it', () => {
    const a = run(
      'Privacy row',
      'The Zentrix scandal is one example of what I call “surveillance capitalism.”',
      'Zentrix filed a claim on “Orbit” in Germany in 2009 and told nobody.',
    );
    expect(speakerOf(a, 'surveillance capitalism')).toBeNull();
    expect(speakerOf(a, 'Orbit')).toBeNull();
  });
});
