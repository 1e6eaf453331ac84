/**
 * A brief to take away: one article's analysis as plain CommonMark — title, source and date; the
 * entities by type with counts; the quotations by speaker; the numbers with their sentence; the
 * timeline. Pure: the CLI prints it, the reader writes it to a file.
 */
import type { ArticleMeta } from '../load/article.js';
import type { Analysis, Span } from '../analysis/types.js';
import { parseReferenceDate } from '../analysis/timeline.js';
import { GROUPS, sidebarEntities } from './sidebar.js';
import { UNATTRIBUTED, quotesBySpeaker, timeline } from './views.js';

export interface BriefInput {
  readonly analysis: Analysis;
  /** Where the article came from: a path or a URL. */
  readonly source: string;
  readonly meta?: ArticleMeta;
}

/** A sentence's text on one line. */
const flat = (text: string, span: Span): string => text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();

/**
 * Text made inert for Markdown: characters that would start emphasis, links, code, HTML or a
 * block construct are escaped, so the brief shows the article's words as they are.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The brief of one article, at heading level `depth` (1 alone, 2 inside a shelf's brief). */
export function briefMarkdown({ analysis, source, meta }: BriefInput, depth = 1): string {
  const h = (n: number): string => '#'.repeat(Math.min(6, depth + n - 1));
  const { text } = analysis;
  const out: string[] = [`${h(1)} ${escapeMarkdown(analysis.title)}`, ''];
  const about = [meta?.byline, meta?.siteName, meta?.published].filter(Boolean).map((s) => escapeMarkdown(s!));
  out.push(
    `Source: ${source.includes('://') ? `<${source.replace(/[<>\s]/g, encodeURIComponent)}>` : `\`${source.replace(/`/g, "'")}\``}`,
  );
  if (about.length) out.push(`${about.join(' · ')}`);
  out.push('');

  const entities = sidebarEntities(analysis.entities);
  out.push(`${h(2)} Entities`, '');
  if (!entities.length) out.push('None found.', '');
  for (const group of GROUPS) {
    const members = entities.filter((e) => e.type === group.type);
    if (!members.length) continue;
    out.push(
      `**${group.label}**: ${members.map((e) => `${escapeMarkdown(e.name)} (${e.mentions.length})`).join(', ')}`,
      '',
    );
  }

  const speakers = quotesBySpeaker(analysis);
  out.push(`${h(2)} Quotations`, '');
  if (!speakers.length) out.push('None found.', '');
  for (const group of speakers) {
    const name = group.speaker === UNATTRIBUTED ? `*${UNATTRIBUTED}*` : `**${escapeMarkdown(group.speaker)}**`;
    out.push(`${name} (${plural(group.quotes.length, 'quotation')})`, '');
    for (const q of group.quotes)
      out.push(`> ${escapeMarkdown(flat(text, q))}${q.verb ? ` (${escapeMarkdown(q.verb)})` : ''}`, '');
  }

  out.push(`${h(2)} Numbers`, '');
  if (!analysis.numbers.length) out.push('None found.', '');
  const bySentence = new Map<number, { sentence: Span; numbers: string[] }>();
  for (const n of analysis.numbers) {
    const sentence = analysis.sentences.find((s) => s.start <= n.start && n.end <= s.end) ?? n;
    const entry = bySentence.get(sentence.start) ?? { sentence, numbers: [] };
    entry.numbers.push(flat(text, n));
    bySentence.set(sentence.start, entry);
  }
  for (const { sentence, numbers } of bySentence.values())
    out.push(`- **${numbers.map(escapeMarkdown).join(', ')}**: ${escapeMarkdown(flat(text, sentence))}`);
  if (analysis.numbers.length) out.push('');

  const { placed, unplaced } = timeline(analysis, parseReferenceDate(meta?.published));
  out.push(`${h(2)} Timeline`, '');
  if (!placed.length && !unplaced.length) out.push('No dates found.', '');
  for (const e of placed)
    out.push(`- **${e.value}** (${escapeMarkdown(flat(text, e.span))}): ${escapeMarkdown(flat(text, e.sentence))}`);
  if (placed.length) out.push('');
  if (unplaced.length) {
    out.push(`Not placed on the calendar:`, '');
    for (const e of unplaced)
      out.push(`- ${escapeMarkdown(flat(text, e.span))}: ${escapeMarkdown(flat(text, e.sentence))}`);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
