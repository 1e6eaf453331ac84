import type { Analysis, Entity, EntityType, NumberMention, Quote, Span } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import type { Document } from '../../src/ui/state.js';

/** Every whole-word occurrence of `surface` in `text`. */
export function spansOf(text: string, surface: string): Span[] {
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + surface.length,
  }));
}

interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  readonly surfaces?: readonly string[];
}

/**
 * A document with a hand-made analysis, so UI and reducer tests do not depend on the analyser's
 * judgement: entities are every occurrence of the given surfaces, quotes every “…”.
 */
export function makeDoc(
  raw: string,
  entities: readonly EntitySpec[] = [],
  speakers: readonly (string | null)[] = [],
): Document {
  const article = parsePlainText(raw, 'test');
  const { text } = article;
  const ents: Entity[] = entities.map((e) => ({
    id: `${e.type}:${e.name.toLowerCase().replace(/\W+/g, '-')}`,
    name: e.name,
    type: e.type,
    aliases: (e.surfaces ?? []).filter((s) => s !== e.name),
    mentions: (e.surfaces ?? [e.name]).flatMap((s) => spansOf(text, s)).sort((a, b) => a.start - b.start),
  }));
  const quotes: Quote[] = [...text.matchAll(/“[^”]*”/g)].map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    speaker: speakers[i] ?? null,
    speakerEntity: null,
    verb: null,
  }));
  const numbers: NumberMention[] = [...text.matchAll(/\b\d[\d,]*\b/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[0].replace(/,/g, '')),
    unit: null,
  }));
  const headings = article.blocks.filter((b) => b.kind === 'heading');
  const sections = headings.length
    ? headings.map((h, i) => ({
        title: text.slice(h.start, h.end),
        start: h.start,
        end: headings[i + 1] ? headings[i + 1]!.start - 2 : text.length,
      }))
    : [{ title: null, start: 0, end: text.length }];
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').map(({ start, end }) => ({ start, end }));
  const analysis: Analysis = {
    title: article.title,
    text,
    sections,
    paragraphs,
    sentences: paragraphs,
    entities: ents,
    quotes,
    numbers,
    dates: [],
  };
  return { article, analysis };
}

/** A long article: `paragraphs` numbered paragraphs of a few sentences, optional headings. */
export function longArticle(paragraphs: number, headingEvery = 0): string {
  const out = ['A long article about Paris and Berlin', ''];
  for (let i = 1; i <= paragraphs; i++) {
    if (headingEvery && (i - 1) % headingEvery === 0) out.push(`# Part ${(i - 1) / headingEvery + 1}`, '');
    const city = i % 3 === 0 ? 'Paris' : 'Berlin';
    out.push(
      `Paragraph ${i} begins here and talks about ${city} for a while, long enough to wrap over more than one line of text at a narrow width.`,
      '',
    );
  }
  return out.join('\n');
}
