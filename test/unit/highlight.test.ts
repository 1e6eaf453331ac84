import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Quote } from '../../src/analysis/types.js';
import type { Article } from '../../src/load/article.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { speakerTags } from '../../src/layout/speakers.js';
import { type Tag, layoutArticle } from '../../src/layout/wrap.js';
import { LIBRARY_STORY as OWN } from '../helpers/texts.js';

/** Real BBC politics articles whose quotations run over several paragraphs (see ../shared/data/README.md). */
const POLITICS = fileURLToPath(new URL('../../../shared/data/bbc-news/politics/', import.meta.url));
const MULTI_PARAGRAPH = ['001', '002', '021', '039', '040', '055', '078', '105', '106', '115'];
const haveBbc = existsSync(`${POLITICS}001.txt`);

/** What a reader sees of the article: the characters of every text piece, in order, white space aside. */
function shownText(article: Pick<Article, 'text' | 'blocks'>, width: number, tags: readonly Tag[]): string {
  return layoutArticle(article, width, tags)
    .lines.flatMap((l) => l.pieces.map((p) => (p.kind === 'text' ? article.text.slice(p.start, p.end) : '')))
    .join('')
    .replace(/\s+/g, '');
}

/** Each label with the text just before it on its line (or the line before, when it opens a line). */
function labelsInContext(article: Pick<Article, 'text' | 'blocks'>, width: number, tags: readonly Tag[]) {
  const { lines } = layoutArticle(article, width, tags);
  const out: { before: string; label: string }[] = [];
  let before = '';
  for (const line of lines) {
    if (line.kind === 'blank') before = '';
    for (const p of line.pieces) {
      if (p.kind === 'tag') out.push({ before: before.trimEnd(), label: p.text.trim() });
      else before += article.text.slice(p.start, p.end);
    }
    before += ' ';
  }
  return out;
}

function check(article: Article, quotes: readonly Quote[]): number {
  const tags = speakerTags(article.text, quotes);
  for (const width of [24, 47, 80]) {
    expect(shownText(article, width, tags), `width ${width}`).toBe(shownText(article, width, []));
    for (const { before, label } of labelsInContext(article, width, tags)) {
      // The label follows a closing mark (and the punctuation after it), never the inside of a quote.
      expect(before, `label "${label}" at width ${width}`).toMatch(/[”’"'][^\p{L}\p{N}\s]*$/u);
      expect(label).toMatch(/^— \S/);
    }
  }
  return tags.length;
}

describe('highlight mode: speaker labels', () => {
  it('never change, drop or repeat a character of the text, and each follows a closing mark (own text)', () => {
    const article = parsePlainText(OWN, 'own');
    expect(check(article, analyze(article).quotes)).toBeGreaterThan(0);
  });

  it.skipIf(!haveBbc)(
    'never change, drop or repeat a character of real BBC articles with multi-paragraph quotes',
    () => {
      let labels = 0;
      for (const name of MULTI_PARAGRAPH) {
        const article = parsePlainText(readFileSync(`${POLITICS}${name}.txt`, 'utf8'), `${name}.txt`);
        labels += check(article, analyze(article).quotes);
      }
      expect(labels).toBeGreaterThan(10);
    },
    60_000,
  );

  it('labels a quotation over several paragraphs once, after the closing mark of its last paragraph', () => {
    const article = parsePlainText(OWN, 'own');
    const { text } = article;
    const open = text.indexOf('“We looked at every');
    const second = text.indexOf('“We looked at repairs');
    const last = text.indexOf('“None of them');
    // As the analysis gives it: the open paragraphs run to their ends, and share the speaker.
    const quotes: Quote[] = [
      { start: open, end: text.indexOf('\n', open), speaker: 'Jane Okafor', speakerEntity: null, verb: 'said' },
      { start: second, end: text.indexOf('\n', second), speaker: 'Jane Okafor', speakerEntity: null, verb: null },
      { start: last, end: text.indexOf('”', last) + 1, speaker: 'Jane Okafor', speakerEntity: null, verb: 'said' },
    ];
    const tags = speakerTags(text, quotes);
    expect(tags).toEqual([{ at: text.indexOf('”', last) + 1, text: '— Jane Okafor' }]);
    const shown = labelsInContext(article, 80, tags);
    expect(shown.map((l) => l.label)).toEqual(['— Jane Okafor']);
    expect(shown[0]!.before).toMatch(/None of them would have kept the doors open,”$/);
  });

  it('leaves out a label that would land inside a quotation or between two words of a clause', () => {
    const text = parsePlainText(OWN, 'own').text;
    const span = (from: string, to: string): Quote => ({
      start: text.indexOf(from),
      end: text.indexOf(to, text.indexOf(from)) + to.length,
      speaker: 'Somebody',
      speakerEntity: null,
      verb: null,
    });
    // Straight marks paired wrongly: the span ends on the mark that opens the next paragraph's quote.
    expect(speakerTags(text, [span('"We will fight', 'this. "')])).toEqual([]);
    // …or begins on a closing mark.
    expect(speakerTags(text, [span('" and', 'said')])).toEqual([]);
    // A scare quote in the middle of a clause.
    expect(speakerTags(text, [span('“a betrayal”', '”')])).toEqual([]);
    // An interrupted quotation is labelled where it ends, after its last part, not after “It was,”.
    const tags = speakerTags(text, [span('“It was,”', ',”'), span('“the hardest', '.”')]);
    expect(tags).toHaveLength(1);
    expect(tags.map((t) => text.slice(0, t.at).slice(-11))).toEqual(['have made.”']);
  });

  it('draws nothing for a quotation without a speaker', () => {
    const text = parsePlainText(OWN, 'own').text;
    const start = text.indexOf('“The building');
    const quote: Quote = { start, end: text.indexOf('”', start) + 1, speaker: null, speakerEntity: null, verb: null };
    expect(speakerTags(text, [quote])).toEqual([]);
  });
});
