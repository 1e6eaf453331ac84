import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

// Speakers of issue 10, each class with sentences written for this test: a wrong speaker is
// worse than none, so every class has a case that must stay empty.

function run(...paragraphs: string[]): Analysis {
  return analyze(parsePlainText(paragraphs.join('\n\n'), 'case'));
}
const speakerOf = (a: Analysis, words: string) =>
  a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker ?? null;

describe('"he said" and "she said"', () => {
  const harbour = [
    'Harbour office',
    'Mr Olsen has run the harbour office in Tromsø since 2004. Ada Brennan joined it in 2019. She had trained as an engineer in Bergen, and she later said she wanted to stay.',
  ];

  it('resolves the pronoun to the one person named nearby whose gender the text gives as that', () => {
    const a = run(
      ...harbour,
      'Olsen gave Brennan the keys on her first morning. “She never missed a tide,” he said.',
      'Brennan went on to rebuild the crane with Olsen. “The harbour was a mess when I came,” she said.',
    );
    expect(speakerOf(a, 'never missed a tide')).toMatch(/Olsen/);
    expect(speakerOf(a, 'harbour was a mess')).toMatch(/Ada Brennan|Brennan/);
  });

  it('leaves it empty when the only person named is of the other gender', () => {
    const a = run(...harbour, 'Mr Olsen stayed until dark. “It was far too cold for anyone,” she said.');
    expect(speakerOf(a, 'far too cold')).toBeNull();
  });

  it('leaves it empty when two people of that gender could be meant', () => {
    const a = run(
      'Port',
      'Ms Lindqvist met Ms Okafor at the port on Monday. “It was far too cold for anyone,” she said.',
    );
    expect(speakerOf(a, 'far too cold')).toBeNull();
  });

  it('takes the speaker of the paragraph’s previous quotation when no one else has been named since', () => {
    const a = run(
      'Boatyard',
      'Tomas Okonkwo and Pia Valdés have run the yard for a decade. “It was a long winter,” Okonkwo recalls. “Nobody came for weeks,” he said.',
    );
    expect(speakerOf(a, 'Nobody came for weeks')).toMatch(/Okonkwo/);
  });

  it('does not when someone else has been named since that quotation', () => {
    const a = run(
      'Boatyard',
      'Tomas Okonkwo has run the yard for a decade. “It was a long winter,” Okonkwo recalls, and Pia Valdés nods. “Nobody came for weeks,” they said, and Sam Reyes laughed. “Not one boat,” he said.',
    );
    expect(speakerOf(a, 'Not one boat')).toBeNull();
  });
});

describe('a name, then an appositive, then the speech verb', () => {
  it('gives the quote to the name, not to a place or organisation inside the appositive', () => {
    const a = run(
      'Sanctions',
      'Eric Dalby, one of the leading academic voices on Norway, said he was “appalled” by the decision.',
      'Unesco’s Lena Varga, head of the Unesco heritage panel, said the site was “unique in Europe”.',
    );
    expect(speakerOf(a, 'appalled')).toBe('Eric Dalby');
    expect(speakerOf(a, 'unique in Europe')).toMatch(/Lena Varga/);
  });

  it('keeps the name when the title comes first, and never takes an opening place', () => {
    const a = run(
      'Codecs',
      'Mozilla’s CTO, Brendan Eich, acknowledged that this is "not a complete solution".',
      'In Oslo, the new minister said the talks were "going nowhere".',
    );
    expect(speakerOf(a, 'not a complete solution')).toBe('Brendan Eich');
    expect(speakerOf(a, 'going nowhere')).not.toBe('Oslo');
  });
});

describe('a paragraph that is a quotation alone', () => {
  it('goes on in the voice of a described speaker of the paragraph before', () => {
    const a = run(
      'Strike',
      '“We will not sail until the pay is fixed,” said one deckhand.',
      '“Our families cannot live on promises.”',
    );
    expect(speakerOf(a, 'pay is fixed')).toBe('one deckhand');
    expect(speakerOf(a, 'live on promises')).toBe('one deckhand');
  });
});
