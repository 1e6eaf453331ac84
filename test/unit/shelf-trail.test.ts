import { describe, expect, it } from 'vitest';
import { type Action, type ViewState, createInitialState, reducer } from '../../src/ui/state.js';
import { beginTrail } from '../../src/ui/shelf-trail.js';
import { statusText } from '../../src/ui/view.js';
import { longArticle, makeDoc, spansOf } from '../helpers/doc.js';

const doc = makeDoc(longArticle(30), [
  { name: 'Berlin', type: 'place' },
  { name: 'Paris', type: 'place' },
]);
const { text } = doc.analysis;
const berlin = spansOf(text, 'Berlin');
const start = () => createInitialState(doc, { cols: 120, rows: 20 });
const run = (s: ViewState, ...commands: string[]) =>
  commands.reduce((acc, c) => reducer(acc, { type: 'command', command: c } as Action), s);
const entityStart = (over: { next?: boolean; previous?: boolean; from?: 'first' | 'last' } = {}) =>
  beginTrail(start(), {
    kind: 'entity',
    name: 'Berlin',
    mentions: berlin,
    from: over.from ?? 'first',
    next: over.next ?? true,
    previous: over.previous ?? false,
    message: 'Berlin: article 1 of 3 that mention it',
  });

describe('an article opened from the X-Ray index', () => {
  it('opens at the first mention of the entity, marked and chosen, and says where it is on the shelf', () => {
    expect(berlin.length).toBeGreaterThan(2);
    const s = entityStart();
    expect(s.mark).toEqual(berlin[0]);
    expect(s.entities[s.chosen!]?.name).toBe('Berlin');
    expect(s.mention).toBe(0);
    expect(statusText(s, 200)).toContain('Berlin 1/');
    expect(statusText(s, 200)).toContain('Berlin: article 1 of 3 that mention it');
  });

  it('walks its mentions with n and N, and n at the last asks for the next article', () => {
    const s = entityStart();
    const last = berlin.length - 1;
    const atLast = run(s, ...Array<string>(last).fill('nextMention'));
    expect(atLast.mark).toEqual(berlin[last]);
    expect(atLast.trail?.onward).toBeNull();
    expect(run(atLast, 'nextMention').trail?.onward).toEqual({ direction: 1 });
    // With no article after it on the shelf, n wraps within the article as usual.
    const alone = run(entityStart({ next: false }), ...Array<string>(last + 1).fill('nextMention'));
    expect(alone.trail?.onward).toBeNull();
    expect(alone.mark).toEqual(berlin[0]);
  });

  it('N at the first mention asks for the previous article; coming back with N starts at the last', () => {
    expect(run(entityStart({ previous: true }), 'previousMention').trail?.onward).toEqual({ direction: -1 });
    const back = entityStart({ from: 'last', previous: true });
    expect(back.mark).toEqual(berlin.at(-1));
    expect(run(back, 'previousMention').mark).toEqual(berlin.at(-2));
  });

  it('lets go of the trail when the reader chooses another walk (a search, another entity)', () => {
    const s = run(entityStart(), 'search');
    const searched = [...'Paris'].reduce((acc, ch) => reducer(acc, { type: 'searchInput', text: ch }), s);
    const confirmed = run(searched, 'confirmSearch');
    expect(run(confirmed, ...Array<string>(20).fill('nextMention')).trail?.onward).toBeNull();
  });
});

describe('an article opened from the shelf search', () => {
  it('opens at the first match with the search active; n at the last match asks for the next article', () => {
    const s = beginTrail(start(), {
      kind: 'search',
      query: 'berlin',
      from: 'first',
      next: true,
      previous: false,
      message: null,
    });
    expect(s.search).toMatchObject({ typing: false, query: 'berlin', index: 0 });
    expect(s.mark).toEqual(berlin[0]);
    expect(statusText(s, 200)).toContain(`/berlin 1/${berlin.length}`);
    const atLast = run(s, ...Array<string>(berlin.length - 1).fill('nextMention'));
    expect(atLast.trail?.onward).toBeNull();
    expect(run(atLast, 'nextMention').trail?.onward).toEqual({ direction: 1 });
  });
});
