import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run } from '../helpers/analysis-case.js';

// Issue 10: one thing written two ways, each way a full name, so that neither is the first or last
// part of the other. Each is one row of the sidebar, and a short form after both goes to it.

describe('a firm under two legal forms', () => {
  it('groups "Corp." with "Corporation", and the bare name with both', () => {
    const a = run(
      'Software maker buys rival',
      'Halvorsen Corporation said on Monday it would buy the smaller firm for $2 billion. Halvorsen’s shares rose 4%.',
      'Halvorsen Corp. is based in Tacoma and employs 9,000 people.',
    );
    expect(mentionsOf(a, 'Halvorsen Corporation')).toEqual(['Halvorsen Corporation', 'Halvorsen', 'Halvorsen Corp.']);
    expect(entityOf(a, 'Halvorsen')?.type).toBe('organization');
  });

  it('groups "Overstock.com" and "Amazon.com Inc." with the bare name, but not a person’s surname', () => {
    const a = run(
      'Retailers report',
      'Shares of Overstock.com fell on Monday. Overstock said it would cut jobs.',
      'Amazon.com Inc. said sales rose. Amazon said it would hire.',
      'Matt Drudge runs a website. Visitors to Drudge.com rose; Drudge said so.',
    );
    expect(mentionsOf(a, 'Overstock.com')).toEqual(['Overstock.com', 'Overstock']);
    expect(mentionsOf(a, 'Amazon.com Inc.')).toEqual(['Amazon.com Inc.', 'Amazon']);
    expect(mentionsOf(a, 'Matt Drudge')).toEqual(['Matt Drudge', 'Drudge']);
  });

  it('groups "Co." with "Company" and keeps a firm of another name apart', () => {
    const a = run(
      'Carmakers report sales',
      'Brandt Motor Co. said sales rose in March, while Brandt Motor Company’s rival Keller Motor Co. said its sales fell.',
    );
    expect(mentionsOf(a, 'Brandt Motor Co.')).toEqual(['Brandt Motor Co.', 'Brandt Motor Company']);
    expect(mentionsOf(a, 'Keller Motor Co.')).toEqual(['Keller Motor Co.']);
  });
});

describe('a person with and without a middle initial or middle name', () => {
  it('groups "John F. Marlowe" with "John Marlowe" and the surname with both', () => {
    const a = run(
      'Inquiry opens',
      'John F. Marlowe, the former treasurer, was called to testify on Tuesday. John Marlowe told the panel he had done nothing wrong.',
      'Marlowe’s lawyer said he would appeal.',
    );
    expect(mentionsOf(a, 'John F. Marlowe')).toEqual(['John F. Marlowe', 'John Marlowe', 'Marlowe']);
  });

  it('groups "Mary Ann Holloway" with "Mary Holloway", and "Robert S. Keene III" with "Robert Keene"', () => {
    const a = run(
      'Board names new chair',
      'Mary Ann Holloway was named chair of the board on Friday. Mary Holloway said she would serve two years.',
      'Robert Keene, who led the board before her, stepped down in May. Robert S. Keene III had been chair since 2009.',
    );
    expect(mentionsOf(a, 'Mary Ann Holloway')).toEqual(['Mary Ann Holloway', 'Mary Holloway']);
    expect(mentionsOf(a, 'Robert Keene')).toEqual(['Robert Keene', 'Robert S. Keene III']);
  });

  // A guard: two people with the same given name and surname and different initials.
  it('leaves "John Marlowe" to neither of "John F. Marlowe" and "John G. Marlowe"', () => {
    const a = run(
      'Brothers in court',
      'John F. Marlowe and his cousin John G. Marlowe appeared in court on Tuesday. John Marlowe declined to comment.',
    );
    expect(mentionsOf(a, 'John F. Marlowe')).toEqual(['John F. Marlowe']);
    expect(mentionsOf(a, 'John G. Marlowe')).toEqual(['John G. Marlowe']);
  });
});

describe('a firm or a party by the first word of its full name', () => {
  it('groups "Goldman" with "Goldman Sachs Group Inc.", "Lehman" with "Lehman Brothers", "Labour" with "Labour Party"', () => {
    const a = run(
      'Banks and parties',
      'Goldman Sachs Group Inc. reported record profits. Goldman said bonuses would rise.',
      'Lehman Brothers filed for bankruptcy. Lehman had debts of $600bn.',
      'Delegates of the Labour Party met in Brighton. Labour said the vote was close.',
    );
    expect(mentionsOf(a, 'Goldman Sachs Group Inc.')).toEqual(['Goldman Sachs Group Inc.', 'Goldman']);
    expect(mentionsOf(a, 'Lehman Brothers')).toEqual(['Lehman Brothers', 'Lehman']);
    expect(mentionsOf(a, 'Labour Party')).toEqual(['Labour Party', 'Labour']);
  });

  // Guards: a body of another kind is not its first word's, nor is one of two bodies.
  it('leaves a place before a centre’s name and a name two bodies begin with apart', () => {
    const a = run(
      'Research and software',
      'Scientists at the Pembury Oceanography Centre said the sea was warming. Pembury is a port of 40,000 people.',
      'Goldman Sachs Group Inc. reported record profits, and Goldman Sachs Bank cut rates. Goldman said bonuses would rise.',
    );
    expect(mentionsOf(a, 'Pembury Oceanography Centre')).toEqual(['Pembury Oceanography Centre']);
    expect(mentionsOf(a, 'Goldman Sachs Group Inc.')).toEqual(['Goldman Sachs Group Inc.']);
    expect(mentionsOf(a, 'Goldman Sachs Bank')).toEqual(['Goldman Sachs Bank']);
  });
});

describe('a surname with its particles', () => {
  it('marks "von der Leyen", "van Haaften" and "Van Haaften" whole after the full name', () => {
    const a = run(
      'Leaders meet',
      'The Commission’s president, Ursula von der Leyen, spoke on Monday. Ms. von der Leyen said the talks were good.',
      'The painter Pieter van Haaften opened the show; van Haaften sold four works. Van Haaften is 61.',
    );
    expect(mentionsOf(a, 'Ursula von der Leyen')).toEqual(['Ursula von der Leyen', 'von der Leyen']);
    expect(mentionsOf(a, 'Pieter van Haaften')).toEqual(['Pieter van Haaften', 'van Haaften', 'Van Haaften']);
  });
});

describe('a place written with its kind in lower case', () => {
  it('groups "Karekare beach" with "Karekare Beach", as a place', () => {
    const a = run(
      'Beach closed',
      'Swimmers were warned away from Karekare Beach on Sunday. Lifeguards said Karekare beach would reopen on Tuesday.',
    );
    expect(mentionsOf(a, 'Karekare Beach')).toEqual(['Karekare Beach', 'Karekare']);
    expect(entityOf(a, 'Karekare')?.type).toBe('place');
  });
});
