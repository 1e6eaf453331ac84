import { describe, expect, it } from 'vitest';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// A name given together with another name for the same thing is one entity (issue 10), with
// sentences written for the class.

describe('another name given beside a name is the same entity’s', () => {
  it('groups a name given "– or X as it is called" with the first', () => {
    const a = run(
      'Whales',
      'Scientists regard Iceland – or Ísland as it is called by its people – as a whale capital.',
      'Boats leave Ísland every morning in summer.',
    );
    const iceland = entityOf(a, 'Iceland');
    expect(iceland?.type).toBe('place');
    expect(entityOf(a, 'Ísland')).toBe(iceland);
  });

  it('groups a short form given "or “X”" with the full name, at every occurrence', () => {
    const a = run(
      'Siege',
      'The gunman held hostages in a café in the Harbourside District or “HSD.” Police sealed the area.',
      'Drivers were told to avoid the HSD until late in the evening.',
    );
    const district = entityOf(a, 'Harbourside District');
    expect(district).toBeDefined();
    expect(district?.mentions.map((m) => slice(a, m))).toEqual(['Harbourside District', 'HSD', 'HSD']);
  });

  it('groups a married name with the name a person was born with ("née")', () => {
    const a = run(
      'Programmers',
      'The paper thanked Miss Ellen Marwick for the numerical work.',
      'Years later the author reached Ellen Dorsey, née Marwick, by telephone.',
      'Ellen Marwick had written the programs herself.',
    );
    expect(entityOf(a, 'Ellen Dorsey')).toBe(entityOf(a, 'Ellen Marwick'));
    expect(entityOf(a, 'Ellen Marwick')?.type).toBe('person');
  });
});
