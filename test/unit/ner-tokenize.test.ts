import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize, type TextToken } from '../../src/analysis/tokenizer/tokenize.js';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);

interface Range {
  start: number;
  end: number;
}

/** Every way the span invariants can fail, as readable strings (empty when all hold). */
function problems(text: string, sentences: TextToken[][], blocks?: readonly Range[]): string[] {
  const bad: string[] = [];
  let last = 0;
  for (const [si, sentence] of sentences.entries()) {
    if (sentence.length === 0) bad.push(`sentence ${si} is empty`);
    const block = blocks?.find((b) => sentence[0] && sentence[0].start >= b.start && sentence[0].start < b.end);
    if (blocks && !block) bad.push(`sentence ${si} starts outside every block`);
    for (const t of sentence) {
      const written = text.slice(t.start, t.end);
      const where = `${JSON.stringify(written)} at ${t.start}`;
      if (!Number.isInteger(t.start) || !Number.isInteger(t.end)) bad.push(`${where}: offsets not integers`);
      if (t.start < last) bad.push(`${where}: overlaps or is out of order`);
      if (t.end <= t.start) bad.push(`${where}: empty`);
      if (t.end > text.length) bad.push(`${where}: past the end`);
      if (/\s/u.test(written)) bad.push(`${where}: white space inside`);
      if (t.form.length === 0 || /\s/u.test(t.form)) bad.push(`${where}: bad form ${JSON.stringify(t.form)}`);
      if (block && (t.start < block.start || t.end > block.end)) bad.push(`${where}: sentence crosses its block`);
      last = t.end;
    }
  }
  // Everything visible is inside some token.
  const covered = new Uint8Array(text.length);
  for (const t of sentences.flat()) covered.fill(1, t.start, t.end);
  const inBlock = (i: number) => !blocks || blocks.some((b) => i >= b.start && i < b.end);
  let i = 0;
  for (const ch of text) {
    if (!covered[i] && inBlock(i) && !/[\s\p{Cc}\p{Cf}]/u.test(ch))
      bad.push(`${JSON.stringify(ch)} at ${i} is in no token`);
    i += ch.length;
  }
  return bad;
}

/** Tokenises, checks the span invariants, and returns the sentences. */
function run(text: string, blocks?: readonly Range[]): TextToken[][] {
  const sentences = tokenize(text, blocks);
  expect(problems(text, sentences, blocks)).toEqual([]);
  return sentences;
}
const forms = (text: string): string[] =>
  run(text)
    .flat()
    .map((t) => t.form);
const written = (text: string): string[] =>
  run(text)
    .flat()
    .map((t) => text.slice(t.start, t.end));
const sentenceTexts = (text: string, blocks?: readonly Range[]): string[] =>
  run(text, blocks).map((s) => text.slice(s[0]!.start, s[s.length - 1]!.end));

describe('tokens: white space and punctuation', () => {
  it('splits on white space of every kind, which is never part of a token', () => {
    const text = 'a b\tc\nd\u00a0e\u2009f\u3000g\u200bh\r\ni \u202fj';
    expect(forms(text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('makes , ; : ! ? ( ) [ ] { } separate tokens', () => {
    expect(forms('one, two; three: four! five? (six) [seven] {eight}')).toEqual([
      'one',
      ',',
      'two',
      ';',
      'three',
      ':',
      'four',
      '!',
      'five',
      '?',
      '(',
      'six',
      ')',
      '[',
      'seven',
      ']',
      '{',
      'eight',
      '}',
    ]);
  });

  it('makes every quote mark a token, and normalises curly ones', () => {
    const text = '“one” „two“ «three» "four" ‘five’';
    expect(written(text)).toEqual([
      '“',
      'one',
      '”',
      '„',
      'two',
      '“',
      '«',
      'three',
      '»',
      '"',
      'four',
      '"',
      '‘',
      'five',
      '’',
    ]);
    expect(forms(text)).toEqual([
      '"',
      'one',
      '"',
      '"',
      'two',
      '"',
      '"',
      'three',
      '"',
      '"',
      'four',
      '"',
      "'",
      'five',
      "'",
    ]);
  });

  it('keeps "..." and "…" as one token each, both with the form "..."', () => {
    const text = 'Wait... what… so';
    expect(written(text)).toEqual(['Wait', '...', 'what', '…', 'so']);
    expect(forms(text)).toEqual(['Wait', '...', 'what', '...', 'so']);
  });

  it('makes a dash standing alone a token: - -- – —, the long ones spelt "--"', () => {
    const text = 'a - b -- c – d — e';
    expect(written(text)).toEqual(['a', '-', 'b', '--', 'c', '–', 'd', '—', 'e']);
    expect(forms(text)).toEqual(['a', '-', 'b', '--', 'c', '--', 'd', '--', 'e']);
    expect(forms('Harakat al Nujaba - another group - released')).toEqual([
      'Harakat',
      'al',
      'Nujaba',
      '-',
      'another',
      'group',
      '-',
      'released',
    ]);
  });

  it('makes any other symbol a token of its own', () => {
    expect(forms('a/b #1 *x+y= @home ~ ^ | < >')).toEqual([
      'a',
      '/',
      'b',
      '#',
      '1',
      '*',
      'x',
      '+',
      'y',
      '=',
      '@',
      'home',
      '~',
      '^',
      '|',
      '<',
      '>',
    ]);
  });
});

describe('tokens: apostrophes', () => {
  it('splits off the possessive ’s and \'s, with the form "\'s"', () => {
    const text = "Baghdad’s streets and Baghdad's people";
    expect(written(text)).toEqual(['Baghdad', '’s', 'streets', 'and', 'Baghdad', "'s", 'people']);
    expect(forms(text)).toEqual(['Baghdad', "'s", 'streets', 'and', 'Baghdad', "'s", 'people']);
  });

  it('splits off the apostrophe of a plural possessive', () => {
    const text = "the players’ union and the teams' coaches";
    expect(written(text)).toEqual(['the', 'players', '’', 'union', 'and', 'the', 'teams', "'", 'coaches']);
    expect(forms(text)).toEqual(['the', 'players', "'", 'union', 'and', 'the', 'teams', "'", 'coaches']);
  });

  it('splits contractions the Penn Treebank way', () => {
    expect(forms("don't it's we're I'll we've he'd I'm can't")).toEqual([
      'do',
      "n't",
      'it',
      "'s",
      'we',
      "'re",
      'I',
      "'ll",
      'we',
      "'ve",
      'he',
      "'d",
      'I',
      "'m",
      'ca',
      "n't",
    ]);
    expect(forms('We’re sure it isn’t')).toEqual(['We', "'re", 'sure', 'it', 'is', "n't"]);
    expect(written('We’re sure it isn’t')).toEqual(['We', '’re', 'sure', 'it', 'is', 'n’t']);
  });

  it('makes the closing ’ of a quoted phrase its own token', () => {
    const text = 'he said ‘we will win’, and ‘soon’.';
    expect(written(text)).toEqual(['he', 'said', '‘', 'we', 'will', 'win', '’', ',', 'and', '‘', 'soon', '’', '.']);
    expect(forms(text)).toEqual(['he', 'said', "'", 'we', 'will', 'win', "'", ',', 'and', "'", 'soon', "'", '.']);
  });

  it('keeps an apostrophe inside a name or word', () => {
    expect(forms("O'Brien D’Arcy o'clock rock'n'roll")).toEqual(["O'Brien", "D'Arcy", "o'clock", "rock'n'roll"]);
    expect(written('D’Arcy')).toEqual(['D’Arcy']);
  });

  it('splits a possessive after a closing bracket or quote', () => {
    expect(forms('(Centcom)’s view')).toEqual(['(', 'Centcom', ')', "'s", 'view']);
  });
});

describe('tokens: words, figures and abbreviations', () => {
  it('keeps hyphenated forms whole', () => {
    const words = ['Iran-backed', 'al-Saadi', 'Iraq-Syria', 'burnt-out', 'U.S.-led', 'Jean-Philippe', '1996-08-22'];
    expect(forms(words.join(' '))).toEqual(words);
    expect(forms('pre- and post-war')).toEqual(['pre', '-', 'and', 'post-war']);
  });

  it('keeps times and figures whole', () => {
    const words = ['21:30', '2,500', '3.5', '18:30', '1.2m', '280bn', '1,000,000', '5.30pm'];
    expect(forms(words.join(' '))).toEqual(words);
    expect(forms('at 21:30: late')).toEqual(['at', '21:30', ':', 'late']);
    expect(forms('1,2 and 2004,2005')).toEqual(['1', ',', '2', 'and', '2004', ',', '2005']);
  });

  it('splits a currency symbol off a number, and % after one', () => {
    expect(forms('$280bn £1.5m €3 5% 12.5%')).toEqual(['$', '280bn', '£', '1.5m', '€', '3', '5', '%', '12.5', '%']);
  });

  it('keeps the period of known abbreviations', () => {
    const abbrs = ['Mr.', 'Dr.', 'St.', 'Inc.', 'Corp.', 'Ltd.', 'Co.', 'Jr.', 'Sr.', 'vs.', 'etc.'];
    for (const a of abbrs) expect(forms(`see ${a} later`)).toEqual(['see', a, 'later']);
    expect(forms('No. 10 Downing Street')).toEqual(['No.', '10', 'Downing', 'Street']);
  });

  it('keeps the period of month abbreviations, but not of "May"', () => {
    const months = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
    for (const m of months) expect(forms(`on ${m} 5`)).toEqual(['on', m, '5']);
    expect(forms('in May. Then')).toEqual(['in', 'May', '.', 'Then']);
  });

  it('keeps the period of an initial before a capitalised word', () => {
    expect(forms('J. K. Rowling')).toEqual(['J.', 'K.', 'Rowling']);
    expect(forms('Plan B. then')).toEqual(['Plan', 'B', '.', 'then']);
  });

  it('keeps letter-period abbreviations whole', () => {
    const words = ['U.S.', 'U.K.', 'e.g.', 'i.e.', 'a.m.', 'J.K.', 'S.T.A.L.K.E.R.'];
    expect(forms(words.map((w) => `x ${w} y`).join(' '))).toEqual(words.flatMap((w) => ['x', w, 'y']));
    for (const w of words) expect(w).toMatch(/^(?:\p{L}\.){2,}$/u);
    expect(forms("the U.S.'s army, the U.K.")).toEqual(['the', 'U.S.', "'s", 'army', ',', 'the', 'U.K.']);
  });

  it('splits the period off any other word', () => {
    expect(forms('in Baghdad. Then')).toEqual(['in', 'Baghdad', '.', 'Then']);
    expect(forms('rose 3.5. Then')).toEqual(['rose', '3.5', '.', 'Then']);
    expect(forms('he said.He left')).toEqual(['he', 'said', '.', 'He', 'left']);
  });

  it('keeps URLs and e-mail addresses whole, without the punctuation after them', () => {
    expect(forms('See http://www.bbc.co.uk/news/world-123. Or')).toEqual([
      'See',
      'http://www.bbc.co.uk/news/world-123',
      '.',
      'Or',
    ]);
    expect(forms('(https://en.wikipedia.org/wiki/Foo_(bar)), www.example.com.')).toEqual([
      '(',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      ')',
      ',',
      'www.example.com',
      '.',
    ]);
    expect(forms('mail john.smith@bbc.co.uk.')).toEqual(['mail', 'john.smith@bbc.co.uk', '.']);
    expect(forms('Amazon.com and bbc.co.uk')).toEqual(['Amazon.com', 'and', 'bbc.co.uk']);
  });

  it('keeps an ampersand between capitals: AT&T, M&S', () => {
    expect(forms('AT&T and M&S, Marks & Spencer')).toEqual(['AT&T', 'and', 'M&S', ',', 'Marks', '&', 'Spencer']);
  });

  it('keeps letters, digits and marks together, in any script', () => {
    expect(forms('Zürich São Paulo Müller, café, naïve 東京 Москва')).toEqual([
      'Zürich',
      'São',
      'Paulo',
      'Müller',
      ',',
      'café',
      ',',
      'naïve',
      '東京',
      'Москва',
    ]);
    const combining = 'Cafe\u0301 Zu\u0308rich';
    expect(written(combining)).toEqual(['Cafe\u0301', 'Zu\u0308rich']);
  });
});

describe('token forms', () => {
  it('normalises quotes, apostrophes, dashes and the ellipsis, and nothing else', () => {
    const text = '“A” ‘B’ O’Neil’s – — … word‑word Straße ÉLAN';
    expect(forms(text)).toEqual([
      '"',
      'A',
      '"',
      "'",
      'B',
      "'",
      "O'Neil",
      "'s",
      '--',
      '--',
      '...',
      'word-word',
      'Straße',
      'ÉLAN',
    ]);
  });

  it('drops a soft hyphen from the form but keeps it in the span', () => {
    const text = 'inter\u00adnational';
    const [t] = run(text).flat();
    expect(t).toEqual({ start: 0, end: text.length, form: 'international' });
  });

  it('maps every token to its exact span', () => {
    const text = '  “Baghdad’s” $280bn (U.S.-led) – don’t…  ';
    const tokens = run(text).flat();
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      '“',
      'Baghdad',
      '’s',
      '”',
      '$',
      '280bn',
      '(',
      'U.S.-led',
      ')',
      '–',
      'do',
      'n’t',
      '…',
    ]);
    expect(tokens[0]).toEqual({ start: 2, end: 3, form: '"' });
  });
});

describe('sentences', () => {
  it('ends a sentence after . ! ? before a capital, a digit or an opening quote or bracket', () => {
    expect(sentenceTexts('He left. She stayed! Why? 5 men came. “Go,” he said. (Then) it ended.')).toEqual([
      'He left.',
      'She stayed!',
      'Why?',
      '5 men came.',
      '“Go,” he said.',
      '(Then) it ended.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(sentenceTexts('He said “Go now.” Then he left. (It was late.) Next "day." Done?! Yes')).toEqual([
      'He said “Go now.”',
      'Then he left.',
      '(It was late.)',
      'Next "day."',
      'Done?!',
      'Yes',
    ]);
    expect(sentenceTexts('‘It’s over.’ They left.')).toEqual(['‘It’s over.’', 'They left.']);
  });

  it('does not end a sentence before a lower-case word', () => {
    expect(sentenceTexts('“Go.” he said. it was odd.')).toEqual(['“Go.” he said. it was odd.']);
  });

  it('does not end a sentence after an abbreviation, except at the end of a block', () => {
    expect(sentenceTexts('Mr. Smith met Dr. Jones in the U.S. Army base on Jan. 5. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. Army base on Jan. 5.',
      'They talked.',
    ]);
    expect(sentenceTexts('He flew to the U.S.\n\nThen he rested.')).toEqual(['He flew to the U.S.', 'Then he rested.']);
    const text = 'He flew to the U.S.Then he rested.';
    expect(
      sentenceTexts(text, [
        { start: 0, end: 19 },
        { start: 19, end: text.length },
      ]),
    ).toEqual(['He flew to the U.S.', 'Then he rested.']);
  });

  it('ends a sentence at a blank line, even without a period', () => {
    expect(sentenceTexts('A headline\n\nThe body text.\r\n\r\nMore text\n \nLast')).toEqual([
      'A headline',
      'The body text.',
      'More text',
      'Last',
    ]);
    expect(sentenceTexts('one line\nnext line')).toEqual(['one line\nnext line']);
  });

  it('never lets a sentence cross a block, and ignores text outside the blocks', () => {
    const text = 'First part and second part. Gap text. Third';
    const blocks = [
      { start: 38, end: text.length },
      { start: 0, end: 10 },
      { start: 10, end: 27 },
    ];
    expect(sentenceTexts(text, blocks)).toEqual(['First part', 'and second part.', 'Third']);
  });

  it('treats one block over the whole text like no blocks', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(tokenize(text, [{ start: 0, end: text.length }])).toEqual(tokenize(text));
  });

  it('never returns an empty sentence', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \n\n \t ')).toEqual([]);
    expect(tokenize('abc', [])).toEqual([]);
    expect(
      tokenize('abc', [
        { start: 2, end: 1 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([]);
    expect(sentenceTexts('\n\n\n\nA.\n\n\n\nB.\n\n')).toEqual(['A.', 'B.']);
  });
});

describe('the seed article', () => {
  const text = readFileSync(SEED, 'utf8');
  const sentences = tokenize(text);
  const tokens = sentences.flat();
  const at = (surface: string) => {
    const i = text.indexOf(surface);
    return tokens.filter((t) => t.start >= i && t.end <= i + surface.length);
  };

  it('tokenises with every span exact, sorted, non-overlapping and free of white space', () => {
    expect(problems(text, sentences)).toEqual([]);
    expect(tokens.length).toBeGreaterThan(500);
  });

  it('cuts the article’s tricky words the CoNLL way', () => {
    expect(at('Wednesday night’s drone').map((t) => t.form)).toEqual(['Wednesday', 'night', "'s", 'drone']);
    expect(at('(18:30 GMT)').map((t) => t.form)).toEqual(['(', '18:30', 'GMT', ')']);
    expect(at('some 2,500 troops').map((t) => t.form)).toEqual(['some', '2,500', 'troops']);
    expect(at('to prevent “embarrassment” to').map((t) => t.form)).toEqual([
      'to',
      'prevent',
      '"',
      'embarrassment',
      '"',
      'to',
    ]);
    expect(at('Abu Baqir al-Saadi, a').map((t) => t.form)).toEqual(['Abu', 'Baqir', 'al-Saadi', ',', 'a']);
    expect(at('“You are foreigners,” one').map((t) => t.form)).toEqual([
      '"',
      'You',
      'are',
      'foreigners',
      ',',
      '"',
      'one',
    ]);
  });

  it('ends sentences where the article does', () => {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    const expected = paragraphs.flatMap((p) =>
      p.endsWith('All three of them died.') ? [p.slice(0, -23).trimEnd(), p.slice(-23)] : [p],
    );
    expect(expected).toContain('All three of them died.');
    const got = sentences.map((s) => text.slice(s[0]!.start, s[s.length - 1]!.end));
    expect(got).toEqual(expected);
    const died = sentences.find((s) => text.slice(s[0]!.start, s[s.length - 1]!.end) === 'All three of them died.');
    expect(died?.map((t) => t.form)).toEqual(['All', 'three', 'of', 'them', 'died', '.']);
  });
});

describe('odd input', () => {
  const odd = [
    '',
    ' ',
    '\n\n\n',
    '😀',
    'Hi 👍🏽 there 👨‍👩‍👧 🇬🇧🇫🇷 1️⃣',
    'e\u0301\u0301\u0301 \u0301 \u0301abc',
    '\ud800',
    '\udc00abc\ud800',
    'abc\ud83d',
    '\ud83dabc',
    'a\udc00b',
    '␛[31mred␛[0m ␀ ␤',
    '\u001b[31mred\u001b[0m\u0000\u0007',
    '\u200b\u200c\u200d\ufeff\u2060\u00ad',
    "''''''",
    '’’’',
    '‘’‘’',
    '"""',
    '....',
    '.',
    '-',
    '---',
    '–—',
    '……',
    "'s",
    "n't",
    "x'",
    "'x",
    'a.',
    '.a',
    'a..b',
    'U.S',
    'U.S.-',
    'U.S.-1',
    'J.',
    'No.',
    'No. ',
    'http://',
    'www.',
    'https://x',
    'a@b',
    'a@b.',
    '@.',
    'x@y.z.',
    '1,',
    '1,00',
    '1,0000',
    ',000',
    '21:',
    ':30',
    '&&',
    'A&',
    '&B',
    'A&B&C',
    '\u2028\u2029\u0085\u000b\u000c\r\r\n',
    'ﷺ ﷽ 𝐀𝐁𝐂 𝟏𝟐 ǅungla Ⅻ ½',
    'مرحبا بالعالم. שלום עולם.',
    '\u202eevil\u202c text',
    'a\u00a0\u00a0b',
  ];

  it('never throws and keeps the span invariants on odd strings', () => {
    for (const text of odd) {
      const sentences = tokenize(text);
      expect(problems(text, sentences), JSON.stringify(text)).toEqual([]);
    }
  });

  it('never throws and keeps the span invariants on random strings, with and without blocks', () => {
    const alphabet = [
      'a',
      'Z',
      '1',
      '0',
      ' ',
      ' ',
      '\n',
      '\n\n',
      '.',
      '.',
      ',',
      ':',
      "'",
      '’',
      '‘',
      '"',
      '“',
      '”',
      '-',
      '–',
      '—',
      '…',
      '$',
      '£',
      '%',
      '&',
      '@',
      '/',
      '(',
      ')',
      'U.S.',
      'Mr.',
      "n't",
      'http://',
      'www.',
      'J.',
      'No.',
      '\u0301',
      '\u00ad',
      '\u200d',
      '\u00a0',
      '😀',
      '🏽',
      '🇬',
      '\ud800',
      '\udc00',
      '␛',
      '\u0000',
      'é',
      '東',
      'ǅ',
      '!',
      '?',
      '_',
    ];
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const failures: string[] = [];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const parts = rand(25);
      for (let k = 0; k < parts; k++) text += alphabet[rand(alphabet.length)];
      const blocks: Range[] = [];
      for (let pos = 0; pos < text.length;) {
        const end = Math.min(text.length, pos + 1 + rand(12));
        if (rand(3) > 0) blocks.push({ start: pos, end });
        pos = end + rand(3);
      }
      for (const b of [undefined, blocks]) {
        const found = problems(text, tokenize(text, b), b);
        if (found.length > 0) failures.push(`${JSON.stringify(text)} ${JSON.stringify(b)}: ${found[0]}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

describe('sentences cut one after another', () => {
  it('keeps each text’s sentences as they were when the next text is cut', () => {
    const forms = (sentences: TextToken[][]) => sentences.map((s) => s.map((t) => t.form).join(' '));
    const first = tokenize('Ada Lovelace wrote notes. Babbage built the engine.\n\nIt never ran.', [
      { start: 0, end: 51 },
      { start: 53, end: 66 },
    ]);
    const before = forms(first);
    expect(before).toEqual(['Ada Lovelace wrote notes .', 'Babbage built the engine .', 'It never ran .']);
    tokenize('A much longer sentence than any of those, with many more words in it than they had.');
    tokenize('Short. Ones. Here.');
    expect(forms(first)).toEqual(before);
    expect(new Set(first).size).toBe(first.length);
  });
});
