import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run } from '../helpers/analysis-case.js';

// Issue 10 (recall): names found cut short or not at all, each class on sentences of our own.

describe('a name introduced by "named" or "called"', () => {
  it('keeps a given name that is also an ordinary word ("Man", "Page") in the person’s name', () => {
    const a = run(
      'Bank robbery suspect held',
      'Witnesses said a man named Man Wai Keung entered the bank. Keung was later arrested.',
      'The getaway car belongs to a teacher called Page Amara Whitlock, neighbours said.',
    );
    expect(mentionsOf(a, 'Man Wai Keung')).toEqual(['Man Wai Keung', 'Keung']);
    expect(entityOf(a, 'Man Wai Keung')?.type).toBe('person');
    expect(mentionsOf(a, 'Page Amara Whitlock')).toEqual(['Page Amara Whitlock']);
  });

  // A guard: a title after "named" is no part of the name.
  it('leaves a title after "named" out of the name', () => {
    const a = run('Board shake-up', 'The board on Monday named Chief Executive Tom Baxendale as its chair.');
    expect(mentionsOf(a, 'Tom Baxendale')).toEqual(['Tom Baxendale']);
  });
});

describe('a firm’s name that ends in "’s"', () => {
  it('keeps the "’s" of "Pemberton’s" where nothing a possessive would own follows it', () => {
    const a = run(
      'Holiday sales rise',
      'Shoppers crowded into Pemberton’s and Dunmore’s on Saturday. Pemberton’s said sales rose 5%, and Dunmore’s shares rose too.',
    );
    expect(mentionsOf(a, 'Pemberton’s')).toEqual(['Pemberton’s', 'Pemberton’s']);
    expect(entityOf(a, 'Pemberton’s')?.type).toBe('organization');
    expect(mentionsOf(a, 'Dunmore’s')).toEqual(['Dunmore’s', 'Dunmore’s']);
  });

  // A guard: a possessive of a name the article writes without it, or of a person, stays a possessive.
  it('leaves the "’s" of a possessive out of the name', () => {
    const a = run(
      'Phone makers compete',
      'Its technology, not Samsung’s, will win, analysts said. Samsung declined to comment.',
      'Councillor Janet Okonedo said the plan was hers. She denied the idea was Ms Okonedo’s.',
    );
    expect(mentionsOf(a, 'Samsung')).toEqual(['Samsung', 'Samsung']);
    expect(mentionsOf(a, 'Janet Okonedo')).toEqual(['Janet Okonedo', 'Okonedo']);
  });
});

describe('a sentence’s "A" or "An" before a name', () => {
  it('is no part of the name: "An Oxfam report", "A Globe reporter"', () => {
    const a = run(
      'Inequality rises',
      'An Oxfam report found that inequality rose on Monday. Oxfam said the gap was widening.',
      'The Boston Globe broke the story. A Globe reporter asked the mayor about it.',
    );
    expect(mentionsOf(a, 'Oxfam')).toEqual(['Oxfam', 'Oxfam']);
    expect(entityOf(a, 'Oxfam')?.type).toBe('organization');
    expect(mentionsOf(a, 'Boston Globe')).toEqual(['Boston Globe', 'Globe']);
  });
});
