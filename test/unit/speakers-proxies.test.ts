import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// One who speaks for someone else (session 18, speakers4): a spokesperson, a lawyer, a relative.
// The person they speak for is never the speaker; a name given after the description is.

describe('speakers who speak for someone', () => {
  it('does not give "X’s spokesperson said" to X', () => {
    const a = run(
      'Donation',
      'Senator Nora Vance faced questions over the donation.',
      '“The senator will not comment on this,” Vance’s spokesperson said.',
    );
    expect(speakerOf(a, 'will not comment')).toBe('Vance’s spokesperson');
  });

  it('does not give "a spokeswoman for Governor X said" or "said a lawyer for X" to X', () => {
    const a = run(
      'Bridge',
      'A spokeswoman for Governor Eli Pratt said the bridge plan was “still on the table.”',
      'Tomas Reyes was charged last week. “He denies every count,” said a lawyer for Tomas Reyes.',
    );
    expect(speakerOf(a, 'still on the table')).toBe('A spokeswoman for Governor Eli Pratt');
    expect(speakerOf(a, 'denies every count')).toBe('a lawyer for Tomas Reyes');
  });

  it('gives "said X’s spokesman, Name" and "replied her neighbour, Name." to the name', () => {
    const a = run(
      'Fence',
      '“The fence stays,” said Ruth Adler.',
      '“The fence goes,” replied her neighbour, Colm Tierney.',
      '“We have nothing to add,” said Adler’s lawyer, Petra Lind.',
    );
    expect(speakerOf(a, 'fence stays')).toBe('Ruth Adler');
    expect(speakerOf(a, 'fence goes')).toBe('Colm Tierney');
    expect(speakerOf(a, 'nothing to add')).toBe('Petra Lind');
  });
});
