/**
 * Property tests (fast-check): any Unicode string as an article — controls, escapes, lone
 * surrogates, combining marks, wide CJK and emoji, right-to-left marks, Markdown syntax — goes
 * through loading, analysis and layout without an exception; every span lies within the text and
 * every list of spans is sorted; every line drawn fits its width (measured with string-width)
 * and holds no control character. On failure fast-check prints the smallest failing input and
 * the seed to replay it with. LEDE_PROPERTY_SCALE=20 runs twenty times as many cases (a deeper
 * search, for when the loader, analysis or layout change).
 */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis } from '../../src/analysis/types.js';
import { type Decoration, sortDecorations, styleLine } from '../../src/layout/decorate.js';
import { renderPlain } from '../../src/layout/plain.js';
import { type Layout, type Tag, layoutArticle, lineText, truncate } from '../../src/layout/wrap.js';
import { type Article, type ArticleFormat, LoadError } from '../../src/load/article.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { articleFromBytes } from '../../src/load/read-input.js';

/**
 * Multiplies every numRuns: 1 in `npm test` (a few seconds), more for a deeper search, 0.2 in the
 * fast loop (`npm run test:unit`), which still tries every property on a fifth of the cases.
 */
const SCALE = Math.max(0.05, Number(process.env.LEDE_PROPERTY_SCALE ?? 1) || 1);
const runs = (n: number) => ({ numRuns: Math.max(10, Math.round(n * SCALE)) });

// ---- arbitraries ------------------------------------------------------------------------------

const char = (code: number) => String.fromCharCode(code);

/** C0, DEL and C1 controls, one at a time. */
const control = fc.oneof(fc.integer({ min: 0x00, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map(char);
/** Half a surrogate pair, with nothing to pair it with (fast-check's 'binary' never makes these). */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map(char);
/** Whole escape sequences a terminal would act on. */
const escape = fc.constantFrom(
  '\x1b[31m',
  '\x1b[0m',
  '\x1b[2J',
  '\x1b[H',
  '\x1b[10;10H',
  '\x1b]0;PWNED\x07',
  '\x1b]8;;http://x\x1b\\',
  '\x1b]52;c;ZXZpbA==\x07',
  '\x1bP+q544e\x1b\\',
  '\x9b31m',
  '\x1b[6n',
  '\x1bc',
  '\x1b(0',
);
/** Characters whose width or direction is easy to get wrong. */
const tricky = fc.constantFrom(
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u0301',
  '\u0308\u0301',
  'e\u0301',
  '\u20dd',
  '東京',
  '記者会見',
  'ｶﾀｶﾅ',
  '한국어',
  '👍',
  '👍🏽',
  '👨‍👩‍👧',
  '🇬🇧',
  '🏳️‍🌈',
  '❤️',
  '\u{1F9D1}\u200D\u{1F4BB}',
  'مرحبا',
  'שלום',
  'ﷺ',
  'ก\u0e34',
  '\u0bb8\u0bcd',
  '\ufffd',
  '\uffff',
  '\u{10ffff}',
  '\u{e0001}',
  '\t',
  '\u00a0',
  '\u2028',
  '\u2029',
);
/** Words and punctuation that make the analysis do something: names, quotes, numbers, dates. */
const wordy = fc.constantFrom(
  'The',
  'said',
  'Joe Biden',
  'Baghdad',
  'Kataib Hezbollah',
  'US',
  'U.S.',
  'Iran-backed',
  '(Centcom)',
  'Mr',
  'Dr.',
  'on Wednesday',
  '28 January',
  '£3.5bn',
  '$1,000',
  '2,500',
  '21:30',
  '85 strikes',
  '40%',
  'three',
  'a third',
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '—',
  'told the BBC',
  'he said.',
  '“We will,” she said.',
  '. ',
  '? ',
  '! ',
  ', ',
  ': ',
  '; ',
  '…',
  '(',
  ')',
  '[',
  ']',
);
/** Markdown and HTML syntax, so the Markdown loader and the sniffer get exercised too. */
const markup = fc.constantFrom(
  '# ',
  '## ',
  '###### ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '   ',
  '```\n',
  '~~~\n',
  '    ',
  '*',
  '**',
  '_',
  '`',
  '[a](http://x)',
  '![i](x.png)',
  '<b>',
  '</b>',
  '<p>',
  '<script>',
  '&amp;',
  '&#27;',
  '&#x9b;',
  '|',
  '---\n',
  '***',
  '\\',
);
const whitespace = fc.constantFrom(' ', '  ', '\n', '\n\n', '\n\n\n', '\r\n', '\r', ' \n ');

/** A quotation with its speaker, whatever is inside it, so quotes and speakers get found. */
const quotation = fc
  .tuple(
    fc.array(fc.oneof(wordy, fc.string({ unit: 'binary', maxLength: 4 }), tricky, control, escape), { maxLength: 10 }),
    fc.constantFrom('“', '"', '‘'),
    fc.constantFrom('”', '"', '’'),
    fc.constantFrom('Joe Biden', 'the minister', 'one man', 'Ms Smith', 'a Pentagon spokesman', ''),
    fc.constantFrom('said', 'told the BBC', 'added', 'shouted'),
  )
  .map(([inside, open, close, who, verb]) => ` ${open}${inside.join(' ')},${close} ${who} ${verb}. `);

/** A piece of an article: mostly text and spaces, sometimes something hostile. */
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 6, arbitrary: wordy },
  { weight: 6, arbitrary: whitespace },
  { weight: 2, arbitrary: control },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: escape },
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: markup },
  { weight: 2, arbitrary: quotation },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 10 }) },
);

/**
 * Raw article text, as it might arrive in a file. (fast-check's default size would keep arrays to
 * about ten pieces whatever maxLength says; 'large' lets them grow to it.)
 */
const rawArticle = (maxPieces = 60) =>
  fc.array(piece, { maxLength: maxPieces, size: 'large' }).map((ps) => ps.join(''));

/** Widths from one column to a wide terminal, favouring the narrow ones where things break. */
const width = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 120 }));

/** Set to false once the zero-width-lead overflow in src/layout/wrap.ts is fixed (see the it.fails below). */
const TOLERATE_ZERO_WIDTH_LEAD = false;

// ---- checks -------------------------------------------------------------------------------------

/** Controls of every kind (C0 including tab and newline inside a line, DEL, C1), bidi controls. */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** No half of a surrogate pair on its own (String.prototype.isWellFormed, before ES2024). */
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** The loader's promise: an Article whose blocks lie within its text, in order, with nothing unsafe. */
function checkArticle(a: Article): void {
  check(a.text.startsWith(a.title), () => `the text does not start with the title: ${JSON.stringify(a.title)}`);
  check(!UNSAFE.test(a.text.replace(/\n/g, '')), () => `unsafe character in the text: ${JSON.stringify(a.text)}`);
  check(wellFormed(a.text), () => `lone surrogate in the text: ${JSON.stringify(a.text)}`);
  let previousEnd = 0;
  for (const [i, b] of a.blocks.entries()) {
    check(
      0 <= b.start && b.start <= b.end && b.end <= a.text.length,
      () => `block ${i} [${b.start}, ${b.end}) is outside the text (${a.text.length})`,
    );
    check(b.start >= previousEnd, () => `block ${i} starts before the previous one ends`);
    previousEnd = b.end;
  }
  checkSorted('styles', a.styles ?? [], a.text.length);
}

function checkSorted(name: string, spans: readonly { start: number; end: number }[], length: number): void {
  for (const [i, s] of spans.entries()) {
    check(
      Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= length,
      () => `${name}[${i}] = [${s.start}, ${s.end}) is outside the text (length ${length})`,
    );
    check(
      i === 0 || spans[i - 1]!.start <= s.start,
      () => `${name} is not sorted by start at ${i}: ${spans[i - 1]!.start} > ${s.start}`,
    );
  }
}

function checkAnalysis(article: Article, a: Analysis): void {
  check(a.text === article.text, () => 'the analysis text differs from the article');
  checkSorted('sections', a.sections, a.text.length);
  checkSorted('paragraphs', a.paragraphs, a.text.length);
  checkSorted('sentences', a.sentences, a.text.length);
  checkSorted('quotes', a.quotes, a.text.length);
  checkSorted('numbers', a.numbers, a.text.length);
  for (const e of a.entities) checkSorted(`mentions of ${e.id}`, e.mentions, a.text.length);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The known overflow (see the it.fails below): words zero columns wide at the start of a line
 * (a lone ZWJ, combining mark, variation selector or tag character) do not count as content, so
 * the space after each is not counted either: the line is that many columns too wide. Returns how
 * many; tolerated so the properties keep guarding everything else.
 */
function zeroWidthLead(line: string): number {
  const words = line.replace(/^(?:│ | )+/, '').split(' ');
  let k = 0;
  while (k < words.length - 1 && words[k] !== '' && stringWidth(words[k]!) === 0) k++;
  return k;
}

/**
 * Every line fits `w` columns (a lone wide grapheme on a 1-column measure is the one exception:
 * it cannot be cut; zero-width marks may sit beside it), holds no control, and is well-formed UTF-16.
 */
function checkLine(line: string, w: number, where: string): void {
  const cols = stringWidth(line);
  const visible = [...graphemes.segment(line)].filter((g) => g.segment.trim() !== '' && stringWidth(g.segment) > 0);
  const fits = w < 2 && visible.length === 1 ? Math.max(w, stringWidth(visible[0]!.segment)) : w;
  const allowed = fits + (TOLERATE_ZERO_WIDTH_LEAD ? zeroWidthLead(line) : 0);
  check(cols <= allowed, () => `${where}: ${cols} columns at width ${w}: ${JSON.stringify(line)}`);
  check(!UNSAFE.test(line), () => `${where}: a control character: ${JSON.stringify(line)}`);
  check(wellFormed(line), () => `${where}: a lone surrogate: ${JSON.stringify(line)}`);
}

function checkLayout(article: Article, layout: Layout, w: number): void {
  for (const [i, line] of layout.lines.entries()) {
    check(
      0 <= line.start && line.start <= line.end && line.end <= article.text.length,
      () => `line ${i} [${line.start}, ${line.end}) is outside the text`,
    );
    check(i === 0 || layout.lines[i - 1]!.start <= line.start, () => `lines are not in text order at ${i}`);
    checkLine(lineText(article.text, line), w, `line ${i}`);
  }
}

/** What the reader draws over the text in highlight mode with an entity chosen: every kind of decoration. */
function decorationsOf(a: Analysis): Decoration[] {
  return sortDecorations([
    ...a.quotes.map((q): Decoration => ({ start: q.start, end: q.end, style: 'quote' })),
    ...a.numbers.map((n): Decoration => ({ start: n.start, end: n.end, style: 'number' })),
    ...(a.entities[0]?.mentions ?? []).map((m): Decoration => ({ start: m.start, end: m.end, style: 'mention' })),
  ]);
}

/** The speaker tags highlight mode puts after quotes. */
const speakerTags = (a: Analysis): Tag[] =>
  a.quotes.filter((q) => q.speaker).map((q) => ({ at: q.end, text: `— ${q.speaker}` }));

/** Loads text, or returns null when the loader refuses it the documented way (nothing in it). */
function load(parse: () => Article): Article | null {
  try {
    return parse();
  } catch (error) {
    if (error instanceof LoadError) return null;
    throw error;
  }
}

// ---- properties ---------------------------------------------------------------------------------

describe('any Unicode string as an article', { timeout: 60_000 * Math.max(1, SCALE) }, () => {
  it('loads as plain text and as Markdown into a safe article, or is refused as empty', () => {
    fc.assert(
      fc.property(rawArticle(80), (raw) => {
        const text = load(() => parsePlainText(raw, 'prop.txt'));
        // Plain text is refused only when there is nothing to show.
        if (text === null)
          check(!/[\p{L}\p{N}]/u.test(raw), () => `refused as empty, yet it has letters: ${JSON.stringify(raw)}`);
        else checkArticle(text);
        const markdown = load(() => parseMarkdown(raw, 'prop.md'));
        if (markdown !== null) checkArticle(markdown);
      }),
      runs(1000),
    );
  });

  it('lays out at any width: every line fits, nothing unsafe, nothing lost (plain text and Markdown)', () => {
    fc.assert(
      fc.property(rawArticle(80), fc.array(width, { minLength: 1, maxLength: 3 }), (raw, widths) => {
        for (const parse of [() => parsePlainText(raw, 'prop.txt'), () => parseMarkdown(raw, 'prop.md')]) {
          const article = load(parse);
          if (article === null) continue;
          for (const w of [...widths, 80]) {
            const layout = layoutArticle(article, w);
            checkLayout(article, layout, w);
            const plain = renderPlain(article, w);
            check(plain.endsWith('\n'), () => 'renderPlain does not end with a newline');
            for (const [i, line] of plain.slice(0, -1).split('\n').entries()) checkLine(line, w, `plain line ${i}`);
            // Word wrapping moves words, it never drops or changes them (code blocks keep their own spacing).
            if (article.blocks.every((b) => b.kind !== 'code')) {
              const words = (s: string) => s.replace(/[│─┼\s]+/g, ''); // a table's rules are drawn, not text
              check(
                words(layout.lines.map((l) => lineText(article.text, l)).join('')) === words(article.text),
                () => `words lost at width ${w}`,
              );
            }
          }
        }
      }),
      runs(250),
    );
  });

  it('analyses without throwing; every span lies within the text, each list sorted; highlighted lines still fit', () => {
    fc.assert(
      fc.property(rawArticle(300), width, (raw, w) => {
        const article = load(() => parsePlainText(raw, 'prop.txt'));
        if (article === null) return;
        const analysis = analyze(article);
        checkAnalysis(article, analysis);
        // Highlight mode: speaker tags inserted, quotes, numbers and mentions styled.
        const layout = layoutArticle(article, w, speakerTags(analysis));
        checkLayout(article, layout, w);
        const decorations = decorationsOf(analysis);
        for (const [i, line] of layout.lines.entries()) {
          const segments = styleLine(article.text, line, decorations);
          check(
            segments.map((s) => s.text).join('') === lineText(article.text, line),
            () => `styled line ${i} differs from its text`,
          );
        }
      }),
      runs(120),
    );
  });

  it('analyses Markdown articles (lists, quotes, code) the same way', () => {
    fc.assert(
      fc.property(rawArticle(40), (raw) => {
        const article = load(() => parseMarkdown(raw, 'prop.md'));
        if (article === null) return;
        checkAnalysis(article, analyze(article));
      }),
      runs(100),
    );
  });

  it('truncate fits any string into any width', () => {
    fc.assert(
      fc.property(rawArticle(10), fc.integer({ min: 0, max: 40 }), (raw, w) => {
        const safe = load(() => parsePlainText(raw, 'x'))?.title ?? 'x';
        const cut = truncate(safe, w);
        check(
          stringWidth(cut) <= Math.max(w, 0) || (w === 1 && stringWidth(cut) <= 2),
          () => `truncate(${JSON.stringify(safe)}, ${w}) = ${JSON.stringify(cut)} is ${stringWidth(cut)} wide`,
        );
      }),
      runs(500),
    );
  });
});

// Found by these properties: wrapTokens (src/layout/wrap.ts) used `used > 0` (columns so far) to
// tell whether a line had begun, so after a word zero columns wide (U+200D, U+FE0F, a lone
// combining mark — all kept by sanitize) the next space went uncounted and the line was one
// column wider than the measure. It now asks whether the line has content.
describe('a word zero columns wide at the start of a line', () => {
  it.for([
    { raw: 'T\n\n\u200d abcdefghij', width: 10 },
    { raw: 'T\n\n\ufe0f abcdefghijklmnop', width: 8 },
    // Two such words: two columns too wide.
    { raw: 'T\n\n\u{e0001} \u0301 The', width: 3 },
    // A word wider than the line, cut into pieces: the first piece overflows the same way.
    { raw: 'T\n\n\u0301 abcdefghijklmnopqrstuvwxyz', width: 10 },
  ])('does not let the next word overflow ($width columns)', ({ raw, width: w }) => {
    const article = parsePlainText(raw, 'x');
    for (const line of layoutArticle(article, w).lines) {
      const text = lineText(article.text, line);
      expect(stringWidth(text), JSON.stringify(text)).toBeLessThanOrEqual(w);
    }
  });
});

describe('any bytes as a file', { timeout: 60_000 * Math.max(1, SCALE) }, () => {
  it('decode and load into a safe article, or are refused with a LoadError (never another exception)', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      // Text-like bytes: the pieces above as UTF-8, sometimes with a byte-order mark or Latin-1 bytes.
      fc
        .tuple(fc.constantFrom('', '\ufeff'), rawArticle(30), fc.uint8Array({ maxLength: 4 }))
        .map(([bom, s, tail]) => Buffer.concat([Buffer.from(bom + s, 'utf8'), Buffer.from(tail)])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom(undefined, 'text', 'markdown', 'html'), async (b, format) => {
        let article: Article;
        try {
          article = await articleFromBytes(
            Buffer.from(b),
            'prop',
            format ? { format: format as ArticleFormat } : { name: 'prop.txt' },
          );
        } catch (error) {
          if (error instanceof LoadError) return;
          throw error;
        }
        checkArticle(article);
        checkLayout(article, layoutArticle(article, 40), 40);
      }),
      runs(150),
    );
  });
});

// A check of the checks: the arbitraries reach the cases this file is about.
describe('the generated articles', { timeout: 60_000 * Math.max(1, SCALE) }, () => {
  it('include controls, escapes, lone surrogates, bidi controls and wide characters', () => {
    const samples = fc.sample(rawArticle(60), { numRuns: 300, seed: 42 }).join('');
    expect(samples).toMatch(/\x1b/);
    expect(samples).toMatch(/[\u0080-\u009f]/);
    expect(samples).toMatch(/[\ud800-\udfff]/);
    expect(samples).toMatch(/[\u202a-\u202e]/);
    expect(samples).toMatch(/\p{Script=Han}/u);
    expect(samples).toMatch(/\p{Extended_Pictographic}/u);
    expect(samples).toMatch(/\p{M}/u);
  });

  it('give the analysis something to find: sentences, entities, quotes, numbers', () => {
    const found = { sentences: 0, entities: 0, quotes: 0, numbers: 0 };
    for (const raw of fc.sample(rawArticle(300), { numRuns: 60, seed: 7 })) {
      const article = load(() => parsePlainText(raw, 'x'));
      if (!article) continue;
      const a = analyze(article);
      for (const key of Object.keys(found) as (keyof typeof found)[]) if (a[key].length > 0) found[key]++;
    }
    for (const [key, n] of Object.entries(found)) expect(n, `articles with ${key}`).toBeGreaterThan(5);
  });
});
