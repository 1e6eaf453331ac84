// V8 keeps each script's source as a string for as long as its code lives, one byte a character
// when every character is Latin-1, else two for all of them. One curly quote in a comment made
// the analysis's 4.5 MB chunk a 9 MB string in every analysis thread (issue 14's peak RSS).
// esbuild already escapes string literals (charset ascii); this escapes what it leaves: the
// characters in comments, regular expression literals and untagged templates become \u escapes,
// which mean the same there. A raw (tagged) template's text would change, so one beyond Latin-1
// fails the build: write the character as a \u escape in the source instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';

const escape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
const WIDE = /[^\u0000-\u00ff]/g;
const ANY_WIDE = /[^\u0000-\u00ff]/;

const TAGS = new Set(['name', ')', ']', '`', 'this', 'super']);

/** The spans [start, end) of `source` where a wide character may be escaped; throws on one in a raw template. */
function escapable(source, file) {
  const spans = [];
  const tokens = [];
  parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => spans.push([start, end]),
    onToken: tokens,
  });
  // The templates open around each token: whether tagged, and how deep in its `${…}` braces.
  const open = [];
  tokens.forEach((t, i) => {
    const kind = t.type.label;
    const top = open.at(-1);
    if (kind === 'string' || kind === 'regexp') spans.push([t.start, t.end]);
    else if (kind === '${') top.depth = 1;
    else if (kind === '{' && top?.depth) top.depth++;
    else if (kind === '}' && top?.depth) top.depth--;
    else if (kind === '`') {
      if (top && top.depth === 0) open.pop();
      else open.push({ tagged: TAGS.has(tokens[i - 1]?.type.label), depth: 0 });
    } else if (kind === 'template') {
      if (top.tagged && ANY_WIDE.test(source.slice(t.start, t.end))) {
        const at = source.slice(0, t.start).split('\n').length;
        throw new Error(`${file}:${at}: a character beyond Latin-1 in a tagged template: write it as a \\u escape`);
      }
      spans.push([t.start, t.end]);
    }
  });
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Rewrites `file` so that V8 reads it as a one-byte string; throws where it cannot. */
export function makeOneByte(file) {
  const source = readFileSync(file, 'utf8');
  if (!ANY_WIDE.test(source)) return;
  let out = '';
  let from = 0;
  for (const [start, end] of escapable(source, file)) {
    if (end <= from) continue;
    out += source.slice(from, start) + source.slice(start, end).replace(WIDE, escape);
    from = end;
  }
  out += source.slice(from);
  const left = ANY_WIDE.exec(out);
  if (left) {
    const at = out.slice(0, left.index).split('\n').length;
    throw new Error(
      `${file}:${at}: a character beyond Latin-1 outside a comment, string or template (${escape(left[0])})`,
    );
  }
  writeFileSync(file, out);
}
