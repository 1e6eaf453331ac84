import { describe, expect, it } from 'vitest';
import { noEvidence } from '../../src/analysis/aliases.js';
import { analyze } from '../../src/analysis/analyze.js';
import { cleanCandidates } from '../../src/analysis/name-cleanup.js';
import type { Analysis } from '../../src/analysis/types.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Speakers of issue 10, each class with sentences written for this test: a wrong speaker is
// worse than none, so every class has a case that must stay empty.

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

describe('block quotations', () => {
  const md = (s: string) => analyze(parseMarkdown(s, 'case.md'));
  const texts = (a: Analysis) => a.quotes.map((q) => [a.text.slice(q.start, q.end), q.speaker]);

  it('takes a block quotation as a quotation, its speaker from the paragraph that introduces it', () => {
    const a = md(
      [
        '# Charter',
        'The charter was signed in Lisbon. According to the Harbour Trust:',
        '> The Trust will keep the quays open to all. Specifically, we will:',
        '- publish every decision;',
        '- hold a public meeting each spring.',
        'Critics were unimpressed.',
        '- A list that no quotation introduces.',
      ].join('\n\n'),
    );
    expect(a.quotes.map((q) => a.text.slice(q.start, q.end))).toEqual([
      'The Trust will keep the quays open to all. Specifically, we will:',
      'publish every decision;',
      'hold a public meeting each spring.',
    ]);
    for (const q of a.quotes) expect(q.speaker).toMatch(/Harbour Trust$/);
  });

  it('leaves a block quotation nobody introduces without a speaker', () => {
    const a = md(['# Charter', 'Maria Kovač runs the trust.', '> The quays belong to everyone.'].join('\n\n'));
    expect(texts(a)).toEqual([['The quays belong to everyone.', null]]);
  });
});

describe('a quotation after a colon', () => {
  it('reads "As the report states:" and "X summed it up:"', () => {
    const a = run(
      'Mobility',
      'As the report states: "Where you start matters more than where you aim."',
      'Lena Fischer summed up the decade of work on the harbour: “It was slow, then sudden.”',
    );
    expect(speakerOf(a, 'Where you start')).toBe('the report');
    expect(speakerOf(a, 'slow, then sudden')).toBe('Lena Fischer');
  });

  it('gives a "said X of Y’s Z" quotation to X, not to Z', () => {
    const a = run(
      'Pipes',
      '“When the ground thaws, the pipes crack,” said Tasos Georgiou of the city’s Department of Water Supply.',
    );
    expect(speakerOf(a, 'the pipes crack')).toBe('Tasos Georgiou');
  });
});

describe('a quotation a sentence or two after an attributed one, in the same paragraph', () => {
  it('goes on in that voice when it is a sentence of its own or speaks in the first person', () => {
    const a = run(
      'Halibut',
      '“Prices have never been this low,” said Marta Quigley, who buys for three restaurants. The catch, which came in early this year, is “the best I have seen in a decade.”',
      '“It took us a year to find it,” Quigley said. And yet nobody had written it down. “Not a single line about the method.”',
    );
    expect(speakerOf(a, 'best I have seen')).toBe('Marta Quigley');
    expect(speakerOf(a, 'Not a single line')).toBe('Marta Quigley');
  });

  it('does not past another person, nor into a quotation introduced by a colon of its own', () => {
    const a = run(
      'Letters',
      '“He plays all night,” said Marta Quigley. Her neighbour Tom Reilly disagreed. “I never hear a thing.”',
      '“He plays all night,” wrote one parent. Other letters were sadder: “Our son has not left his room in a week.”',
    );
    expect(speakerOf(a, 'never hear a thing')).not.toBe('Marta Quigley');
    expect(speakerOf(a, 'Our son has not left')).toBeNull();
  });
});

describe('a "-owned" or "-based" compound before a name', () => {
  const candidate = (text: string, surface: string) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, surface, words: surface.split(' '), evidence: noEvidence() };
  };

  it('is no part of the name, which it makes an organisation’s; "-based" names a place', () => {
    const text = 'Brightwater-owned Kestrel Foods Market and Harrow-based Tolland Freight both cut prices.';
    const out = cleanCandidates(text, [
      candidate(text, 'Brightwater-owned Kestrel Foods Market'),
      candidate(text, 'Harrow-based Tolland Freight'),
    ]);
    expect(out.map((c) => [text.slice(c.start, c.end), c.evidence.organization > 0, c.evidence.place > 0])).toEqual([
      ['Kestrel Foods Market', true, false],
      ['Harrow', false, true],
      ['Tolland Freight', true, false],
    ]);
  });

  it('leaves "State-owned" to the rest of the text', () => {
    const text = 'State-owned Kestrel Foods Market cut prices.';
    const out = cleanCandidates(text, [candidate(text, 'State-owned Kestrel Foods Market')]);
    expect(out.map((c) => c.surface)).toEqual(['Kestrel Foods Market']);
  });
});

describe('a quotation with a speech verb before it and a name right after it', () => {
  it('is said by the name right after it when it closes on a comma', () => {
    const a = run(
      'Manholes',
      'Marta Quigley has run the depot since 2010. To cut the risk, the officials said, the depot vented its covers, “so the gas cannot build up,” Quigley said.',
    );
    expect(speakerOf(a, 'gas cannot build up')).toBe('Marta Quigley');
  });
});

describe('a speaker described, not named', () => {
  it('is a noun phrase ending on its noun, never a clause cut before "to"', () => {
    const a = run(
      'Ferry timetable',
      'When the islanders open the new timetable, they all start to ask “where is the morning boat?” and little else.',
      'On the new boats, the ability to book what the operator is calling “flexi” seats was switched off.',
      'The harbour master said: “The morning boat returns in May.”',
    );
    expect(speakerOf(a, 'where is the morning boat')).toBeNull();
    expect(speakerOf(a, 'flexi')).toBeNull();
    expect(speakerOf(a, 'returns in May')).toMatch(/harbour master/);
  });
});
