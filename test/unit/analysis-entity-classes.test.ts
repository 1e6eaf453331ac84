import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Entity } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

// Classes of span, type and grouping failures seen on pages from outlets other than the BBC
// (issue 10, session 12), one test each, with sentences written for them.

function run(...paragraphs: string[]): Analysis {
  return analyze(parsePlainText(paragraphs.join('\n\n'), 'case'));
}
const slice = (a: Analysis, s: { start: number; end: number }) => a.text.slice(s.start, s.end);
const named = (a: Analysis) => a.entities.filter((e) => e.type !== 'date');
const surfaces = (a: Analysis) => named(a).flatMap((e) => e.mentions.map((m) => slice(a, m)));
const entityOf = (a: Analysis, surface: string): Entity | undefined =>
  a.entities.find((e) => e.mentions.some((m) => slice(a, m) === surface));

describe('a sentence’s full stop after a capital letter is not part of a name', () => {
  it('keeps the full stop out of a model name and makes no name of "S. The"', () => {
    const a = run(
      'A console review',
      'The new handheld is lighter than the Zentrax Pro S. The company says the battery lasts longer.',
      'Most buyers will still be happy with the Zentrax Pro S.',
      'Reviewers compared it with the Zentrax Pro S, its older sibling.',
    );
    expect(surfaces(a).filter((s) => /\.$|^S\. |^The$/u.test(s))).toEqual([]);
    const pro = entityOf(a, 'Zentrax Pro S');
    expect(pro?.name).toBe('Zentrax Pro S');
    expect(pro?.mentions).toHaveLength(3);
  });

  it('keeps an initial inside a person’s name', () => {
    const a = run('A profile', 'Marla J. Okonkwo said the results were clear.', 'Okonkwo has led the team since 2015.');
    expect(entityOf(a, 'Marla J. Okonkwo')?.type).toBe('person');
  });
});

describe('websites named by their domains', () => {
  it('makes each domain one organisation, apart from the name inside it', () => {
    const a = run(
      'A split in the project',
      'The two groups disagree: Quillworks.org sells the new board, while Quillworks.cc lists it as coming soon.',
      'Quillworks LLC owns the trademark in Europe.',
      'The story was first reported on Brindlepost.com, and readers can write to editor@brindlepost.com.',
    );
    expect(entityOf(a, 'Quillworks.org')?.type).toBe('organization');
    expect(entityOf(a, 'Quillworks.cc')?.type).toBe('organization');
    expect(entityOf(a, 'Quillworks.org')).not.toBe(entityOf(a, 'Quillworks.cc'));
    expect(entityOf(a, 'Brindlepost.com')?.type).toBe('organization');
    // No mention of "Quillworks" is cut out of a domain, and an e-mail address is no name.
    expect(surfaces(a).filter((s) => s === 'Quillworks')).toEqual([]);
    expect(surfaces(a).filter((s) => s.includes('@') || s === 'brindlepost.com')).toEqual([]);
  });
});

describe('a firm’s name runs on to its legal word', () => {
  it('takes "Technologies", "Research", "Company" into the name and makes it an organisation', () => {
    const a = run(
      'Trademark trouble',
      'The browser was renamed to avoid a dispute with Halvorsen Technologies. Sales were low, according to Pellamy Research.',
      'Gideon Marsh, president of Ardith P. Marsh Company, said the dispute cost little.',
      'Marsh added that the firm would appeal.',
    );
    expect(entityOf(a, 'Halvorsen Technologies')?.type).toBe('organization');
    expect(entityOf(a, 'Pellamy Research')?.type).toBe('organization');
    expect(entityOf(a, 'Ardith P. Marsh Company')?.type).toBe('organization');
    // With the firm's name whole, "Marsh" names one person.
    expect(entityOf(a, 'Marsh')).toBe(entityOf(a, 'Gideon Marsh'));
  });
});
