import { type Article, type Block, LoadError } from './article.js';
import { sanitize } from './sanitize.js';

const BLOCK_SEPARATOR = '\n\n';

interface RawBlock {
  kind: Block['kind'];
  level: number;
  content: string;
}

/**
 * Plain text as people save articles: the first non-empty line is the title, blank lines
 * separate paragraphs, a line starting with `#`… is a heading. Lines inside a paragraph are
 * joined with a space, since hard-wrapped text should re-wrap to the reader's width.
 */
export function parsePlainText(raw: string, source: string): Article {
  const lines = sanitize(raw).split('\n');
  const raws: RawBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) raws.push({ kind: 'paragraph', level: 0, content: collapse(current.join(' ')) });
    current = [];
  };
  for (const line of lines) {
    const heading = atxHeading(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      if (heading.content) raws.push({ kind: 'heading', level: heading.level, content: heading.content });
    } else current.push(line);
  }
  flush();

  const nonEmpty = raws.filter((b) => b.content !== '');
  if (nonEmpty.length === 0) throw new LoadError(source, 'the file is empty');
  // The first block is the title whatever it looked like; a one-line heading title loses its #.
  const first = nonEmpty[0]!;
  nonEmpty[0] = { kind: 'title', level: 0, content: first.content };
  return assemble(nonEmpty, source);
}

/**
 * `## Heading ##`: one to six #, white space, the words, optional closing #s. Read without a
 * regular expression: `^(#{1,6})\s+(.*?)\s*#*\s*$` backtracks cubically on a line of spaces
 * (`# a`, 5,000 spaces, `b` ran for minutes).
 */
function atxHeading(line: string): { level: number; content: string } | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level < 1 || level > 6 || !/\s/.test(line[level] ?? '')) return null;
  let end = line.length;
  while (end > level && /\s/.test(line[end - 1]!)) end--;
  let hashes = end;
  while (hashes > level && line[hashes - 1] === '#') hashes--;
  // Closing #s count only after white space (`# C#` keeps its #).
  if (hashes < end && /\s/.test(line[hashes - 1] ?? '')) end = hashes;
  return { level, content: collapse(line.slice(level, end)) };
}

/** Some white space that collapse would change: any but a single space between words. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

export function collapse(s: string): string {
  // Most paragraphs have nothing to change, and testing is several times quicker than replacing
  // (a 5 MB text: a third of the time, issue 14's first frame).
  return UNCOLLAPSED.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Lays blocks end to end with a blank line between them and records each block's span. */
export function assemble(raws: readonly RawBlock[], source: string): Article {
  let text = '';
  const blocks: Block[] = [];
  for (const b of raws) {
    if (text) text += BLOCK_SEPARATOR;
    blocks.push({ kind: b.kind, level: b.level, start: text.length, end: text.length + b.content.length });
    text += b.content;
  }
  return { title: raws[0]?.content ?? '', text, blocks, source };
}
