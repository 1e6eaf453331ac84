// lede's build of Ink's Output (node_modules/ink/build/output.js, Ink 6.8), put in its place by
// scripts/bundle.mjs. Ink rebuilds every frame from scratch: each line of text is tokenized into
// styled characters, and every row of the grid turned back into a string, even when one line of
// forty changed. This keeps that work across frames (issue 14; profile in the README):
// - the caches of widths and styled characters outlive a frame (bounded), so a line drawn last
//   frame costs a lookup, not a tokenize;
// - one shared blank cell, so an unchanged row is made of the very same cell objects as last
//   frame, and its string is reused (compared cell by cell, by identity);
// - turning a row into a string skips the style diff between cells whose styles are equal.
// What it produces is the same string, byte for byte. LEDE_RENDER=reference runs Ink's own
// algorithm (no cross-frame caches), the path the screen test compares against.
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
      cached = styledCharsFromTokens(tokenize(line));
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

/**
 * The first and last cells that differ between two rows of the same width, or null when a row
 * holds anything but plain one-column cells (wide characters are left to the whole-row rewrite).
 */
function changedSpan(before, after) {
  let first = -1;
  let last = -1;
  for (let x = 0; x < after.length; x++) {
    const a = before[x];
    const b = after[x];
    if (a === undefined || b === undefined || a.value.length !== 1 || b.value.length !== 1) return null;
    if (a.fullWidth || b.fullWidth || a.value.charCodeAt(0) > 0x2fff || b.value.charCodeAt(0) > 0x2fff) return null;
    if (!sameCell(a, b)) {
      if (first < 0) first = x;
      last = x;
    }
  }
  return first < 0 ? null : { first, last };
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
    for (let y = 0; y < this.height; y++) {
      const row = [];
      for (let x = 0; x < this.width; x++) {
        row.push(reference ? { type: 'char', value: ' ', fullWidth: false, styles: [] } : BLANK);
      }
      output.push(row);
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
      if (before && before.length === line.length && line.every((cell, x) => cell === before[x]))
        return last.strings[y];
      const span = before && changedSpan(before, line);
      if (span) {
        // Past the row's last visible cell Ink leaves the line erased, not written with spaces
        // (the screen's text differs): a change reaching there erases from that cell on.
        let end = line.length;
        while (end > 0 && line[end - 1].value === ' ' && line[end - 1].styles.length === 0) end--;
        const patch =
          span.last < end
            ? rowToString(line.slice(span.first, span.last + 1))
            : `${rowToString(line.slice(Math.min(span.first, end), end))}\u001b[K`;
        patches.set(y, `\u001b[${Math.min(span.first, end) + 1}G${patch}`);
      }
      return rowToString(line.filter((item) => item !== undefined)).trimEnd();
    });
    previous = { width: this.width, rows: output, strings };
    const generated = strings.join('\n');
    // For the log-update (patched in scripts/bundle.mjs): a changed row is rewritten from its
    // first changed cell to its last, when the terminal holds the frame these spans are against.
    globalThis.__ledeFrame = { output: generated, before: last?.strings ?? null, patches };
    return { output: generated, height: output.length };
  }
}
