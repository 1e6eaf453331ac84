// The fast paths taken for issue 14 (keys on a long document) give exactly what the slow ones
// gave: column widths of text with spaces, `truncate`, the timeline's excerpts, the section the
// status bar names. The slow versions are kept here, as they were, to compare against.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/analysis/types.js';
import { slowTruncate } from '../helpers/slow-truncate.js';
import { textWidth, truncate } from '../../src/layout/wrap.js';
import { excerpt } from '../../src/ui/components/TimelineOverlay.js';
import { currentSection } from '../../src/ui/geometry.js';
import { offsetOfLine } from '../../src/layout/lines.js';
import { createInitialState } from '../../src/ui/state.js';
import { longArticle, makeDoc } from '../helpers/doc.js';
import { writtenAfterThe } from '../../src/analysis/name-cleanup.js';
import { allOccurrences, wholeWordOccurrences } from '../../src/analysis/occurrences.js';
import { wordsAfterThe } from '../../src/analysis/name-clipped.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The timeline's excerpt as it was, measuring what is left again after each word dropped. */
function slowExcerpt(text: string, sentence: Span, date: Span, width: number): [string, string, string] {
  const within = sentence.start <= date.start && date.end <= sentence.end;
  const whole = within ? sentence : date;
  const reach = 2 * Math.max(0, width);
  const from = Math.max(whole.start, date.start - reach);
  let before = flat(text.slice(from, date.start)).trimStart();
  const match = flat(text.slice(date.start, date.end));
  let after = flat(text.slice(date.end, Math.min(whole.end, date.end + reach))).trimEnd();
  const room = width - stringWidth(match);
  if (room <= 1) return ['', slowTruncate(match, width), ''];
  const keepBefore = Math.max(Math.floor(room / 2), room - stringWidth(after));
  if (from > whole.start || stringWidth(before) > keepBefore) {
    const words = before.split(' ');
    if (from > whole.start) words.shift();
    while (words.length && stringWidth(`…${words.join(' ')}`) > keepBefore) words.shift();
    before = words.length ? `…${words.join(' ')}` : '…';
  }
  after = slowTruncate(after, width - stringWidth(before) - stringWidth(match));
  return [before, match, after];
}

/** Words of article text, and now and then something string-width measures its own way. */
const word = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9’“”.,;:—–…-]{1,12}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('東京', 'e\u0301', '👍🏽', 'a\u00adb', 'x\u200by', '©', '\u0301', 'naïve', 'Kraków', '\t'),
  },
);
const words = fc.array(word, { minLength: 0, maxLength: 60 }).map((ws) => ws.join(' '));

describe('the fast paths measure and cut as before', () => {
  it('counts text with spaces as string-width does', () => {
    fc.assert(
      fc.property(words, (s) => {
        expect(textWidth(s)).toBe(stringWidth(s));
      }),
    );
    expect(textWidth('the 4 May talks “stalled” — again…')).toBe(34);
  });

  it('truncates as the grapheme-by-grapheme cut did, whatever follows the cut', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: -1, max: 80 }), (s, width) => {
        expect(truncate(s, width)).toBe(slowTruncate(s, width));
      }),
    );
    // A combining mark just after the cut joins the letter before it into one grapheme: it fits.
    expect(truncate('abcd\u0301', 4)).toBe('abcd\u0301');
    expect(truncate('abcd\u200b', 4)).toBe('abcd\u200b');
    for (const s of ['abcde\u0301f', 'abcd\u0301', 'ab\u200b'])
      for (const width of [1, 2, 3, 4, 5]) expect(truncate(s, width)).toBe(slowTruncate(s, width));
  });

  it("cuts the timeline's excerpts as before, the date kept in sight", () => {
    fc.assert(
      fc.property(
        words,
        words,
        words,
        fc.integer({ min: 1, max: 140 }),
        fc.boolean(),
        (head, date, tail, width, inSentence) => {
          const d = date || '4 May';
          const text = `${head} ${d} ${tail}`;
          const span = { start: head.length + 1, end: head.length + 1 + d.length };
          const sentence = inSentence ? { start: 0, end: text.length } : { start: span.start + 1, end: text.length };
          expect(excerpt(text, sentence, span, width)).toEqual(slowExcerpt(text, sentence, span, width));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the section the status bar names', () => {
  it('is the last section starting at or before the top line, as the walk over every section found it', () => {
    const doc = makeDoc(longArticle(300, 4));
    const state = createInitialState(doc, { cols: 120, rows: 40 });
    const layout = state.layout.withAll();
    const { sections } = doc.analysis;
    expect(sections.length).toBeGreaterThan(50);
    for (let top = 0; top < layout.lines.length; top += 7) {
      const at = offsetOfLine(layout.lines, top);
      let walked = 0;
      sections.forEach((section, i) => {
        if (section.start <= at) walked = i + 1;
      });
      expect(currentSection({ ...state, layout, top })).toBe(Math.max(walked, 1));
    }
  });
});

describe("the analysis's fast paths find what the slow ones found (issue 14)", () => {
  /** Words from a small stock, so that phrases and text meet often, with spaces, new lines and "the"s between. */
  const stock = fc.constantFrom('the', 'The', 'Bank', 'of', 'England', 'Bankers', 'the\nBank', 'theBank', 'x', '');
  const gap = fc.constantFrom(' ', ' ', ' ', '\n', '  ', '\t');
  const run = fc.array(fc.tuple(stock, gap), { maxLength: 40 }).map((ws) => ws.map(([w, g]) => w + g).join(''));

  it('finds the phrases written after "the " as a search of the whole text for each did', () => {
    fc.assert(
      fc.property(
        run,
        fc.array(
          run.map((s) => s.trim()),
          { maxLength: 12 },
        ),
        (text, phrases) => {
          const slow = new Set(phrases.filter((p) => text.includes(`the ${p}`)));
          expect(writtenAfterThe(text, phrases)).toEqual(slow);
        },
      ),
      { numRuns: 2000 },
    );
    expect(writtenAfterThe('He met the Bank of England.', ['Bank of England', 'Bank of Spain', 'Bank'])).toEqual(
      new Set(['Bank of England', 'Bank']),
    );
  });

  it('finds the capitalised short words after "the" as the pattern tried at every character did', () => {
    const slow = (text: string) =>
      new Set([...text.matchAll(/(?<![\p{L}\p{N}])[Tt]he (\p{Lu}\p{Ll}{2,3})(?![\p{L}\p{N}])/gu)].map((m) => m[1]!));
    const piece = fc.constantFrom(
      'the ',
      'The ',
      'he ',
      'Met',
      'Fed',
      'Feds',
      'Metro',
      'The',
      'x',
      ' ',
      '.',
      '1',
      '𝐀',
      'é',
      'É',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(wordsAfterThe(text)).toEqual(slow(text));
      }),
      { numRuns: 3000 },
    );
    // A match starts after the one before it ends: "The" only, not "Met" as well.
    expect(wordsAfterThe('at the The Met')).toEqual(new Set(['The']));
    expect(wordsAfterThe('Athe Met, the Fed.')).toEqual(new Set(['Fed']));
  });

  it('finds every whole-word occurrence of every name in one pass, as a search for each name did', () => {
    const unit = fc.constantFrom('U', 'S', 'U.S.', 'US', 'USA', 'Bank', 'Banks', 'of', 'A', '.', '-', '’', 'é', '1');
    const glued = fc.array(unit, { minLength: 1, maxLength: 4 }).map((us) => us.join(''));
    const texts = fc.array(fc.tuple(glued, gap), { maxLength: 40 }).map((ws) => ws.map(([w, g]) => w + g).join(''));
    const names = fc.uniqueArray(
      fc.array(glued, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(texts, names, (text, surfaces) => {
        const slow = surfaces.flatMap((surface) =>
          wholeWordOccurrences(text, surface).map((start) => ({ surface, start })),
        );
        expect(allOccurrences(text, surfaces)).toEqual(slow);
      }),
      { numRuns: 2000 },
    );
  });
});
