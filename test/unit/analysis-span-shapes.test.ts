import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/analysis/aliases.js';
import { cleanCandidates } from '../../src/analysis/name-cleanup.js';
import { cuedOrganisations } from '../../src/analysis/name-cued.js';
import { institutionHeads } from '../../src/analysis/name-heads.js';
import { repairNameSpans } from '../../src/analysis/name-spans.js';
import { bestType } from '../../src/analysis/aliases.js';
import { joinParticles, possessiveOwners, tableRowTypes } from '../../src/analysis/ner/join-names.js';
import type { NamedMention, NamedType } from '../../src/analysis/ner/recognise.js';
import { entityOf, run } from '../helpers/analysis-case.js';

// Repairs that must hold whatever span or type a retrained tagger gives (issue 10): each class is
// tested on the spans one model gives and on those another gives, written out by hand, so that a
// rule leaning on one model's cut fails here rather than on a page.

const candidate = (text: string, surface: string, type: keyof Candidate['evidence'] = 'person'): Candidate => {
  const start = text.indexOf(surface);
  const evidence = { person: 0, organization: 0, place: 0, other: 0 };
  evidence[type] = 1;
  return { start, end: start + surface.length, surface, words: surface.split(' '), evidence };
};

const mention = (text: string, surface: string, type: NamedType, from = 0): NamedMention => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, type, surface, words: surface.split(' ') };
};

describe('a reference list’s author and publisher, whatever the tagger cut', () => {
  const text = '35. ^ Lee, Stephanie M. (8 April 2014). "Harbour plans". Retrieved 2014-07-01.';

  it('reads "Lee, Stephanie M." as one author with or without the initial in the given name’s span', () => {
    for (const given of ['Stephanie M', 'Stephanie']) {
      const out = cleanCandidates(text, [candidate(text, 'Lee'), candidate(text, given)]);
      expect(out.map((c) => c.surface)).toEqual(['Lee, Stephanie M.']);
    }
  });

  it('takes the site an author wrote on, and a book’s publisher before its ISBN, for organisations', () => {
    const a = run(
      'Harbour software',
      'Kelpworks released the first version of the harbour scheduler in 2009.',
      'References',
      '1. ^ "A deeper look at the scheduler". Tomas Okoro article on quaynews.com. quaynews.com. Retrieved 2014-07-01.',
      '2. ^ "Why ports wait". Ana M. Ruiz’s blog on tidewatch.net. tidewatch.net. Retrieved 2014-07-01.',
      '3. ^ Hale, Ivo (2005). Harbour Machines: A History. Brackwater Publishing Group. ISBN 9781404207196.',
    );
    expect(entityOf(a, 'quaynews.com')?.mentions.length).toBe(2);
    expect(entityOf(a, 'quaynews.com')?.type).toBe('organization');
    expect(entityOf(a, 'tidewatch.net')?.type).toBe('organization');
    expect(entityOf(a, 'Brackwater Publishing Group')?.type).toBe('organization');
    expect(entityOf(a, 'Ana M')).toBeUndefined();
  });
});

describe('a body named "<Head> on <Name>" the tagger found nothing of', () => {
  it('makes the head a candidate, which the rest of the name then joins', () => {
    const text = "A report by Halden University's Center on Housing and Inequality disagrees.";
    const out = institutionHeads(
      text,
      [candidate(text, 'Halden University', 'organization')],
      new Uint8Array(text.length),
    );
    expect(out.map((c) => c.surface)).toEqual(['Halden University', 'Center']);
    const a = run('Housing', text);
    expect(entityOf(a, 'Center on Housing and Inequality')?.type).toBe('organization');
  });

  it('takes the capitalised words before the head into the name, but not a date or a sentence’s first word', () => {
    const text =
      'Bonds fell on the August National Association of Harbour Pilots index. Yesterday Council on Rural Affairs met.';
    const occupied = new Uint8Array(text.length);
    occupied.fill(1, text.indexOf('August'), text.indexOf('August') + 6);
    const out = institutionHeads(text, [], occupied);
    expect(out.map((c) => c.surface)).toEqual(['National Association', 'Council']);
  });

  it('adds no head where the tagger found part of the rest, nor before a date', () => {
    const text = 'On the hill stands the Church of Our Lady of Compassion. The Council on Monday said no.';
    const occupied = new Uint8Array(text.length);
    occupied.fill(1, text.indexOf('Monday'), text.indexOf('Monday') + 6);
    const out = institutionHeads(text, [candidate(text, 'Compassion', 'place')], occupied);
    expect(out.map((c) => c.surface)).toEqual(['Compassion']);
  });
});

describe('a sentence’s opening "In" or "But" is no part of a name', () => {
  it('leaves "In" out of "In Whole Foods", and keeps a name that only holds "In" inside', () => {
    const text = 'In Whole Foods, Prime operates as a hybrid. She loved Sleepless In Seattle.';
    const out = cleanCandidates(text, [
      candidate(text, 'In Whole Foods', 'organization'),
      candidate(text, 'Sleepless In Seattle', 'other'),
    ]);
    expect(out.map((c) => c.surface)).toEqual(['Whole Foods', 'Sleepless In Seattle']);
  });
});

describe('the tagger’s spans joined or split by their shape', () => {
  it('joins two people written side by side with only a space between', () => {
    const text = 'Parata and his son, Te Kaurinui Robert Parata, were called in. Ann Lee, Tom Hale came.';
    const out = joinParticles(
      [
        mention(text, 'Te Kaurinui', 'person'),
        mention(text, 'Robert Parata', 'person'),
        mention(text, 'Ann Lee', 'person'),
        mention(text, 'Tom Hale', 'person'),
      ],
      text,
    );
    expect(out.map((m) => m.surface)).toEqual(['Te Kaurinui Robert Parata', 'Ann Lee', 'Tom Hale']);
    const t = 'Senator Ivo Marrick III said no.';
    const suffix = joinParticles([mention(t, 'Ivo Marrick', 'person'), mention(t, 'III', 'other')], t);
    expect(suffix.map((m) => m.surface)).toEqual(['Ivo Marrick III']);
  });

  it('types the "other" names heading a table’s rows as people when the rows are mostly people', () => {
    const rows = ['Herbert Dürr', 'Jürgen Schmidt', 'Armin Le Grand', 'Oliver-Rainer Wittmann', 'Tsutomu Uchino'];
    const text = rows.map((r, k) => `${r} · ${60 - k} · ${16 - k}.6%`).join('\n\n');
    const types: NamedType[] = ['person', 'person', 'other', 'person', 'person'];
    const out = tableRowTypes(
      rows.map((r, k) => mention(text, r, types[k]!)),
      text,
    );
    expect(out.map((m) => m.type)).toEqual(['person', 'person', 'person', 'person', 'person']);
    // Three rows are no table, and a table mostly of products stays as the tagger read it.
    const few = tableRowTypes(
      rows.slice(0, 3).map((r, k) => mention(text, r, types[k]!)),
      text,
    );
    expect(few.map((m) => m.type)).toEqual(['person', 'person', 'other']);
  });

  it('takes an acronym’s possessive off the name it owns, and gives "the Queen’s" to the name after it', () => {
    const text =
      'Jennifer Light heads MIT’s Science, Technology and Society program. We work with the Queen’s Journal.';
    const out = possessiveOwners(
      [
        mention(text, 'MIT’s Science, Technology and Society', 'organization'),
        mention(text, 'Journal', 'organization'),
      ],
      text,
    );
    expect(out.map((m) => text.slice(m.start, m.end))).toEqual([
      'MIT',
      'Science, Technology and Society',
      'Queen’s Journal',
    ]);
    // A person after "the Times’s" is no part of the paper's name.
    const t = 'As the Times’s Maureen Dowd wrote.';
    expect(possessiveOwners([mention(t, 'Maureen Dowd', 'person')], t).map((m) => m.surface)).toEqual(['Maureen Dowd']);
  });
});

describe('a firm named by its shape, whether the tagger found it or typed it otherwise', () => {
  it('makes a name ending in a firm’s word an organisation, read whole as a place or cut before the word', () => {
    const text = 'Sales were low, according to Pellamy Research. Ask Halvorsen Technologies.';
    const out = repairNameSpans(
      text,
      [candidate(text, 'Pellamy Research', 'place'), candidate(text, 'Halvorsen', 'place')],
      new Uint8Array(text.length),
    );
    expect(out.map((c) => [c.surface, bestType(c.evidence)])).toEqual([
      ['Pellamy Research', 'organization'],
      ['Halvorsen Technologies', 'organization'],
    ]);
  });

  it('finds the firm before "boss" or "founder" and a name when the tagger found nothing there', () => {
    const text =
      'Peloton boss Barry McCarthy quit. Dyson founder James Dyson moved. Former boss Ann Lee left. Vexmor founder Ivo Hale spoke.';
    const people = ['Barry McCarthy', 'James Dyson', 'Ann Lee'].map((n) => candidate(text, n));
    const out = cuedOrganisations(text, people, new Uint8Array(text.length), () => new Set());
    expect(out.map((c) => c.surface)).toEqual(['Peloton', 'Vexmor']);
  });
});
