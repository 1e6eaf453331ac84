// lede's build of Ink's Output (node_modules/ink/build/output.js, Ink 6.8), put in its place by
// scripts/bundle.mjs. Ink rebuilds every frame from scratch: each line of text is tokenized into
// styled characters, and every row of the grid turned back into a string, even when one line of
// forty changed. This keeps that work across frames (issue 14; profile in the README):
// - the caches of widths and styled characters outlive a frame (bounded), so a line drawn last
//   frame costs a lookup, not a tokenize;
// - one shared blank cell, so an unchanged row is made of the very same cell objects as last
//   frame, and its string is reused (compared cell by cell, by identity);
// - a line of one-column characters is copied into the grid without measuring each character;
// - a changed row's string is put together from runs, not cell by cell: a run of cells copied
//   from one line is a slice of that line's string, made once (describeChars, cellsToString);
// - a changed row's span is found from both ends, not by comparing every cell.
// What it produces is the same string, byte for byte (test/unit/ink-output.test.ts compares it with
// Ink's own on random frames). LEDE_RENDER=reference runs Ink's own algorithm (no cross-frame caches).
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {
  ansiCodesToString,
  diffAnsiCodes,
  styledCharsFromTokens,
  styledCharsToString,
  tokenize,
} from '@alcalzone/ansi-tokenize';

const reference = process.env.LEDE_RENDER === 'reference';

/** A Map that forgets everything once it holds `limit` entries: a frame's lines always fit. */
class Bounded extends Map {
  constructor(limit) {
    super();
    this.limit = limit;
  }
  set(key, value) {
    if (this.size >= this.limit) this.clear();
    return super.set(key, value);
  }
}

const shared = reference
  ? null
  : { widths: new Bounded(50_000), blockWidths: new Bounded(10_000), styledChars: new Bounded(10_000) };

class OutputCaches {
  widths = shared?.widths ?? new Map();
  blockWidths = shared?.blockWidths ?? new Map();
  styledChars = shared?.styledChars ?? new Map();
  getStyledChars(line) {
    let cached = this.styledChars.get(line);
    if (cached === undefined) {
      const plain = !reference && PLAIN_LINE.test(line);
      cached = plain ? plainChars(line) : styledCharsFromTokens((!reference && tokenizeStyled(line)) || tokenize(line));
      if (!reference && !plain) describeChars(cached, this);
      this.styledChars.set(line, cached);
    }
    return cached;
  }
  getStringWidth(text) {
    let cached = this.widths.get(text);
    if (cached === undefined) {
      cached = stringWidth(text);
      this.widths.set(text, cached);
    }
    return cached;
  }
  getWidestLine(text) {
    let cached = this.blockWidths.get(text);
    if (cached === undefined) {
      let lineWidth = 0;
      for (const line of text.split('\n')) {
        lineWidth = Math.max(lineWidth, this.getStringWidth(line));
      }
      cached = lineWidth;
      this.blockWidths.set(text, cached);
    }
    return cached;
  }
}

// A line whose every character is one column and a grapheme of its own (graphemes.ts's NARROW),
// most lines of an article: counted out without escape codes (plainChars: what describeChars and
// styledCharsFromTokens(tokenize()) make of it), else tokenized a code at a time (tokenizeStyled).
// counting and countingFrom1 (0, 1, 2, … and 1, 2, 3, …) are where its characters start and end.
const PLAIN_LINE =
  /^[\x20-\x7e\u00a1-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e]*$/;
const SGR = /\u001b\[[0-9;]*m/g;
const NO_STYLES = Object.freeze([]);
let [counting, countingFrom1] = [[0], [1]];

function plainChars(line) {
  const n = line.length;
  if (counting.length <= n) {
    counting = Array.from({ length: 2 * n + 2 }, (_, i) => i);
    countingFrom1 = counting.map((i) => i + 1);
  }
  const chars = new Array(n);
  for (let i = 0; i < n; i++)
    chars[i] = { type: 'char', value: line[i], fullWidth: false, styles: NO_STYLES, src: chars, at: i };
  return Object.assign(chars, { narrow: true, plain: true, body: line, starts: counting, ends: countingFrom1 });
}

/** tokenize(line) for plain characters and SGR codes only (tokenize too ends a code at its first `m`); else null. */
function tokenizeStyled(line) {
  if (!PLAIN_LINE.test(line.replace(SGR, ''))) return null;
  const tokens = [];
  const chars = (from, to) => {
    for (let i = from; i < to; i++) tokens.push({ type: 'char', value: line[i], fullWidth: false });
  };
  let from = 0;
  for (const m of line.matchAll(SGR)) {
    chars(from, m.index);
    tokens.push(...tokenize(m[0]));
    from = m.index + m[0].length;
  }
  chars(from, line.length);
  return tokens;
}

/** Never changed by anyone: cells are replaced, not written into. */
const BLANK = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });

const sameStyles = (a, b) => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code) return false;
  return true;
};

/** styledCharsToString, without the diff where two neighbours' styles are equal (it would be empty). */
function rowToString(chars) {
  let ret = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (i === 0) ret += ansiCodesToString(char.styles);
    else if (!sameStyles(chars[i - 1].styles, char.styles))
      ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));
    ret += char.value;
    if (i === chars.length - 1 && char.styles.length) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
  }
  return ret;
}

const sameCell = (a, b) =>
  a === b || (a.value === b.value && a.fullWidth === b.fullWidth && sameStyles(a.styles, b.styles));

/** A cell the changed-span writes can handle: one column, one UTF-16 unit, no emoji or CJK. */
const plainCell = (c) => c.value.length === 1 && !c.fullWidth && c.value.charCodeAt(0) <= 0x2fff;

/**
 * Once per line of styled characters (kept in the caches): each character learns its array and
 * place in it (`src`, `at`), so a row can find the runs of cells copied from one line; the array
 * learns whether each character takes one column (`narrow`: copied cell for cell), whether all
 * are plain cells (`plain`), and its string as rowToString makes it, without the opening styles of
 * its first character or the closing of its last (`body`), with where each character starts and
 * ends in it (`starts`, `ends`): a run of the line's characters is a slice of `body`.
 */
function describeChars(chars, caches) {
  let body = '';
  const starts = new Array(chars.length);
  const ends = new Array(chars.length);
  let narrow = true;
  let plain = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    c.src = chars;
    c.at = i;
    if (Math.max(1, caches.getStringWidth(c.value)) !== 1) narrow = false;
    if (!plainCell(c)) plain = false;
    if (i > 0 && !sameStyles(chars[i - 1].styles, c.styles))
      body += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, c.styles));
    starts[i] = body.length;
    body += c.value;
    ends[i] = body.length;
  }
  chars.narrow = narrow;
  chars.plain = plain && narrow;
  chars.body = body;
  chars.starts = starts;
  chars.ends = ends;
}

/** The codes that take a row from one cell's styles to the next's (`from` null: the row's start). */
function transition(from, to) {
  if (from === null) return to.length ? ansiCodesToString(to) : '';
  return sameStyles(from, to) ? '' : ansiCodesToString(diffAnsiCodes(from, to));
}

const SPACES = ' '.repeat(512);
const spaces = (n) => (n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n));

/**
 * rowToString(cells.slice(from, to)), the same string, made of runs: blank cells become spaces,
 * and a run of cells copied from one line of styled characters a slice of that line's `body`,
 * with the style codes between runs worked out as rowToString works them out between cells.
 */
function cellsToString(cells, from, to) {
  let ret = '';
  let styles = null;
  let x = from;
  while (x < to) {
    const c = cells[x];
    if (c === BLANK) {
      let e = x + 1;
      while (e < to && cells[e] === BLANK) e++;
      ret += transition(styles, BLANK.styles) + spaces(e - x);
      styles = BLANK.styles;
      x = e;
    } else if (c.src !== undefined) {
      const src = c.src;
      let e = x + 1;
      let j = c.at + 1;
      while (e < to && cells[e] === src[j]) {
        e++;
        j++;
      }
      ret += transition(styles, c.styles) + src.body.slice(src.starts[c.at], src.ends[j - 1]);
      styles = src[j - 1].styles;
      x = e;
    } else {
      ret += transition(styles, c.styles) + c.value;
      styles = c.styles;
      x++;
    }
  }
  if (styles !== null && styles.length) ret += ansiCodesToString(diffAnsiCodes(styles, []));
  return ret;
}

/** The first and last cells that differ between two rows of plain cells, or null when none does. */
function changedSpan(before, after) {
  const n = after.length;
  let first = 0;
  while (first < n && sameCell(before[first], after[first])) first++;
  if (first === n) return null;
  let last = n - 1;
  while (last > first && sameCell(before[last], after[last])) last--;
  return { first, last };
}

/** The last frame's rows (cells and strings), by grid size: a row of the same cells is the same string. */
let previous = null;

export default class Output {
  width;
  height;
  operations = [];
  caches = new OutputCaches();
  constructor(options) {
    const { width, height } = options;
    this.width = width;
    this.height = height;
  }
  write(x, y, text, options) {
    const { transformers } = options;
    if (!text) {
      return;
    }
    this.operations.push({ type: 'write', x, y, text, transformers });
  }
  clip(clip) {
    this.operations.push({ type: 'clip', clip });
  }
  unclip() {
    this.operations.push({ type: 'unclip' });
  }
  get() {
    const output = [];
    /** Per row: only plain cells were written in it (changed spans can be worked out). */
    const plain = [];
    for (let y = 0; y < this.height; y++) {
      if (reference) {
        const row = [];
        for (let x = 0; x < this.width; x++) row.push({ type: 'char', value: ' ', fullWidth: false, styles: [] });
        output.push(row);
      } else output.push(new Array(this.width).fill(BLANK));
      plain.push(true);
    }
    const clips = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') {
        clips.push(operation.clip);
      }
      if (operation.type === 'unclip') {
        clips.pop();
      }
      if (operation.type === 'write') {
        const { text, transformers } = operation;
        let { x, y } = operation;
        let lines = text.split('\n');
        const clip = clips.at(-1);
        if (clip) {
          const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
          const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
          if (clipHorizontally) {
            const width = this.caches.getWidestLine(text);
            if (x + width < clip.x1 || x > clip.x2) {
              continue;
            }
          }
          if (clipVertically) {
            const height = lines.length;
            if (y + height < clip.y1 || y > clip.y2) {
              continue;
            }
          }
          if (clipHorizontally) {
            lines = lines.map((line) => {
              const from = x < clip.x1 ? clip.x1 - x : 0;
              const width = this.caches.getStringWidth(line);
              const to = x + width > clip.x2 ? clip.x2 - x : width;
              return sliceAnsi(line, from, to);
            });
            if (x < clip.x1) {
              x = clip.x1;
            }
          }
          if (clipVertically) {
            const from = y < clip.y1 ? clip.y1 - y : 0;
            const height = lines.length;
            const to = y + height > clip.y2 ? clip.y2 - y : height;
            lines = lines.slice(from, to);
            if (y < clip.y1) {
              y = clip.y1;
            }
          }
        }
        let offsetY = 0;
        for (let [index, line] of lines.entries()) {
          const currentLine = output[y + offsetY];
          if (!currentLine) {
            continue;
          }
          for (const transformer of transformers) {
            line = transformer(line, index);
          }
          const characters = this.caches.getStyledChars(line);
          if (characters.narrow) {
            // Every character one column: copied cell for cell (what the loop below does for them).
            for (let k = 0; k < characters.length; k++) currentLine[x + k] = characters[k];
            if (!characters.plain) plain[y + offsetY] = false;
            offsetY++;
            continue;
          }
          plain[y + offsetY] = false;
          let offsetX = x;
          for (const character of characters) {
            currentLine[offsetX] = character;
            const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
            if (characterWidth > 1) {
              for (let index = 1; index < characterWidth; index++) {
                currentLine[offsetX + index] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
              }
            }
            offsetX += characterWidth;
          }
          offsetY++;
        }
      }
    }
    if (reference) {
      const generatedOutput = output
        .map((line) => styledCharsToString(line.filter((item) => item !== undefined)).trimEnd())
        .join('\n');
      return { output: generatedOutput, height: output.length };
    }
    const last = previous && previous.width === this.width ? previous : null;
    const patches = new Map();
    const strings = output.map((line, y) => {
      const before = last?.rows[y];
      const whole = line.length === this.width;
      if (before && before.length === line.length) {
        let x = 0;
        while (x < line.length && line[x] === before[x]) x++;
        if (x === line.length) return last.strings[y];
      }
      const span =
        whole && before && plain[y] && last.plain[y] && before.length === line.length && changedSpan(before, line);
      if (span) {
        // Past the row's last visible cell Ink leaves the line erased, not written with spaces
        // (the screen's text differs): a change reaching there erases from that cell on.
        let end = line.length;
        while (end > 0 && line[end - 1].value === ' ' && line[end - 1].styles.length === 0) end--;
        const patch =
          span.last < end
            ? cellsToString(line, span.first, span.last + 1)
            : `${cellsToString(line, Math.min(span.first, end), end)}\u001b[K`;
        patches.set(y, `\u001b[${Math.min(span.first, end) + 1}G${patch}`);
      }
      // (A row with holes, written past the frame's width, goes the way Ink goes.)
      return whole
        ? cellsToString(line, 0, line.length).trimEnd()
        : rowToString(line.filter((item) => item !== undefined)).trimEnd();
    });
    previous = { width: this.width, rows: output, strings, plain };
    const generated = strings.join('\n');
    // For the log-update (patched in scripts/bundle.mjs): a changed row is rewritten from its
    // first changed cell to its last, when the terminal holds the frame these spans are against.
    globalThis.__ledeFrame = { output: generated, before: last?.strings ?? null, patches };
    return { output: generated, height: output.length };
  }
}
