import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run, slice } from '../helpers/analysis-case.js';

// Issue 10: acronyms written with full stops, as the New York Times writes them. The recogniser,
// trained on Reuters' "FBI", finds few of them; each is a name all the same.

describe('a dotted acronym', () => {
  it('is an organisation wherever it stands, and groups with its full name and its undotted form', () => {
    const a = run(
      'Agencies split over report',
      'The C.I.A. declined to comment on Tuesday. A C.I.A. spokesman said the report was wrong.',
      'He was arrested by the N.Y.P.D. on Monday.',
      'The National Football League fined the team $250,000. The N.F.L. said NFL owners had agreed.',
    );
    expect(mentionsOf(a, 'C.I.A.')).toEqual(['C.I.A.', 'C.I.A.']);
    expect(entityOf(a, 'C.I.A.')?.type).toBe('organization');
    expect(entityOf(a, 'N.Y.P.D.')?.type).toBe('organization');
    expect(mentionsOf(a, 'National Football League')).toEqual(['National Football League', 'N.F.L.', 'NFL']);
  });

  it('is a place for a state’s letters', () => {
    const a = run('Plant to close', 'Lawmakers in D.C. were divided over the bill.');
    expect(entityOf(a, 'D.C.')?.type).toBe('place');
  });

  // A guard: a person's initials, a degree and a time are no organisation.
  it('leaves out a person’s initials, a degree and a time', () => {
    const a = run(
      'Award dinner',
      'J.K. Rowling and Alan John Percivale (A.J.P.) Taylor were toasted at 9 A.M. by Jane Doe, M.D., who spoke first.',
    );
    const names = a.entities.flatMap((e) => e.mentions.map((m) => slice(a, m)));
    for (const s of ['A.J.P.', 'A.M.', 'M.D.', 'J.K.']) expect(names, s).not.toContain(s);
  });
});
