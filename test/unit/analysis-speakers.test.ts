import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

// Quote speakers that are not speakers (issue 10): a wrong speaker is worse than none.

function run(...paragraphs: string[]): Analysis {
  return analyze(parsePlainText(paragraphs.join('\n\n'), 'case'));
}
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
    expect(quoted(a, 'relentless')?.speaker ?? null).toBeNull();
    // An active speech verb still has its subject.
    expect(quoted(a, 'We lost everything')?.speaker).toBe('Ana Kovač');
  });
});
