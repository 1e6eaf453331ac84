import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// An institution named "<Head> of <Name>" that the recogniser cut at its "of" (issue 10), with
// sentences written for the class: the head word ("University", "Church", "Museum") makes the
// whole one organisation, and the place after "of" is no mention of its own there.

const surfaces = (a: Analysis) =>
  a.entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => slice(a, m)));

describe('an institution named "<Head> of <Name>" is one organisation', () => {
  it('joins a university or a church to the place after its "of"', () => {
    const a = run(
      'Letters',
      'She studied at the University of Berlin before she joined the Bank of England in 2004.',
      'Her brother is a vicar who now advises the Church of England on its schools.',
    );
    expect(entityOf(a, 'University of Berlin')?.type).toBe('organization');
    expect(entityOf(a, 'Church of England')?.type).toBe('organization');
    expect(surfaces(a)).not.toContain('University of');
    expect(surfaces(a)).not.toContain('Berlin');
    expect(surfaces(a)).not.toContain('England');
  });

  it('never ends a name in "of": "the Oakland Athletics of Major League Baseball"', () => {
    const a = run(
      'Trade',
      'He is a right-handed pitcher for the Oakland Athletics of Major League Baseball this year.',
    );
    expect(surfaces(a).some((s) => s.endsWith(' of'))).toBe(false);
  });

  it('names a university with its campus after a comma, but never a list after it', () => {
    const a = run(
      'Ocean study',
      'Jane Morrow, an oceanographer at the University of California, San Diego, led the study.',
      'Teams from the University of Chicago, Google and Microsoft joined her later.',
    );
    expect(entityOf(a, 'University of California, San Diego')?.type).toBe('organization');
    expect(surfaces(a)).not.toContain('University of California');
    expect(surfaces(a)).not.toContain('University of Chicago, Google');
  });
});
