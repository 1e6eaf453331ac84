// `fromTheEnd` (issue 14): a pattern anchored at the end of its text, run as a lookbehind from that
// end, matches exactly the strings the pattern did, and captures the same where its group can
// capture only one thing. The patterns here are built as the ones that look back from a name are
// (a relative's word, a role and its preposition, a run of capitalised words after a small word).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTheEnd, typeCue } from '../../src/analysis/name-context.js';

const KIN_LIKE =
  /(?:^|[^\p{L}])(?:sons?|wife|grand(?:son|daughter)s?)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:,\s+|,?\s+and\s+))*$/u;
const ROLE_LIKE =
  /(?:\b(?:professor|staff)\s+(?:at|of)\s+|\b(?:a|the)\s+(?:report)\s+(?:by|in)\s+|\bworks?\s+(?:at|for)\s+)(?:the\s+)?$/iu;
const HONORIFIC_LIKE = /(?:^|[^\p{L}])(?:Mr|Dr|Prime Minister)\.?\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}$/u;
const RUN_LIKE = /(?<![^\s])[\p{Ll}\p{N}](?:\S*[\p{L}\p{N},])? ((?:\p{Lu}\p{L}* ){1,2})$/u;

const piece = fc.constantFrom(
  ...'sons son wife grandsons Grandson and professor Professor staff at of AT the The a report by in works work for Mr Dr Prime Minister Ana Lind Guido X9 x 9 é'.split(
    ' ',
  ),
  ' ',
  '  ',
  '\n',
  ', ',
  ',',
  '.',
  '-',
  '’',
  'e',
  'O',
);
const texts = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));

describe('fromTheEnd', () => {
  it('matches exactly the strings the $-anchored pattern matches', () => {
    for (const re of [KIN_LIKE, ROLE_LIKE, HONORIFIC_LIKE, RUN_LIKE]) {
      const back = fromTheEnd(re);
      fc.assert(
        fc.property(texts, (s) => {
          expect(back.test(s)).toBe(re.test(s));
        }),
        { numRuns: 3000 },
      );
    }
    expect(fromTheEnd(KIN_LIKE).test('his sons Guido, Tomas and ')).toBe(true);
    expect(fromTheEnd(ROLE_LIKE).test('a Professor at the ')).toBe(true);
    expect(fromTheEnd(ROLE_LIKE).test('a professor at the house ')).toBe(false);
  });

  it('captures the same words before a name', () => {
    const back = fromTheEnd(RUN_LIKE);
    fc.assert(
      fc.property(texts, (s) => {
        expect(back.exec(s)?.[1]).toBe(RUN_LIKE.exec(s)?.[1]);
      }),
      { numRuns: 3000 },
    );
    expect(back.exec('named Man Haron ')?.[1]).toBe('Man Haron ');
  });

  it('refuses a pattern it would change: an alternative at the top, no final $', () => {
    expect(() => fromTheEnd(/a|b$/u)).toThrow(/alternative/);
    expect(() => fromTheEnd(/ab/u)).toThrow(/anchored/);
    expect(() => fromTheEnd(/a\$/u)).toThrow(/anchored/);
    expect(fromTheEnd(/(?:a|b)c$/u).test('xbc')).toBe(true);
    expect(fromTheEnd(/[|(]c$/u).test('x|c')).toBe(true);
  });

  it('still reads the words before a name in typeCue', () => {
    const cue = (before: string, name: string, after = ' said.') => {
      const text = before + name + after;
      return typeCue(text, before.length, before.length + name.length);
    };
    expect(cue('She spoke to Prime Minister ', 'Ardern')).toBe('person');
    expect(cue('with his sons Guido, Tomas and ', 'Ana')).toBe('person');
    expect(cue('a lecturer at ', 'Stanford')).toBe('organization');
    expect(cue('in the city of ', 'Lyon')).toBe('place');
    expect(cue('the house at ', 'Stanford')).toBeUndefined();
  });
});
