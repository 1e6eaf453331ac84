import { NAME_PARTICLES } from '../lexicon/titles.js';
import type { NamedMention } from './recognise.js';

/** A generation's suffix after a person's name: "Jr.", "Sr.", "II", "III", "IV". */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** "Harakat" + "al" + "Nujaba": two names with only a name particle (or an ampersand) between them are one name. */
export function joinParticles(mentions: readonly NamedMention[], text: string): NamedMention[] {
  const out: NamedMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, m.start) : '';
    // One particle or a run of them: "Harakat al Nujaba", "Ursula von der Leyen", "Bernardo de la Paz".
    const particles = /^ (\p{Ll}+(?: \p{Ll}+)*) $/u.exec(gap)?.[1]?.split(' ');
    if (last && particles?.every((p) => NAME_PARTICLES.has(p)) && last.type !== 'other' && m.type !== 'other') {
      out[out.length - 1] = {
        start: last.start,
        end: m.end,
        type: last.type,
        surface: text.slice(last.start, m.end),
        words: [...last.words, ...particles, ...m.words],
      };
    } else if (last && /^ ?& ?$/u.test(gap) && last.type !== 'place' && m.type !== 'place') {
      // "Johnson & Johnson", "Marks & Spencer": names joined by an ampersand are a firm's.
      out[out.length - 1] = {
        start: last.start,
        end: m.end,
        type: 'organization',
        surface: text.slice(last.start, m.end),
        words: [...last.words, '&', ...m.words],
      };
    } else if (last && gap === ' ' && last.type === 'person' && (m.type === 'person' || GENERATION.test(m.surface))) {
      // "Te Kaurinui" + "Robert Parata": the tagger began a second name inside one; two people
      // are never written side by side with only a space between them. "Joe Manchin" + "III":
      // a generation's suffix tagged apart is the name's.
      out[out.length - 1] = {
        ...last,
        end: m.end,
        surface: text.slice(last.start, m.end),
        words: [...last.words, ...m.words],
      };
    } else out.push(m);
  }
  return out;
}

/** What follows the name at the head of a table's row: "Armin Le Grand · 56 · 14.7%", "Ann Lee – 12". */
const ROW_SEPARATOR = /^(?: [·•|–—-] |\t)/u;

/**
 * The names that head the rows of one table ("Herbert Dürr · 63 · 16.6%" line after line) are
 * of one kind: where at least three in four of four or more such rows are people, the rest the
 * tagger read as "other" ("Armin Le Grand", "Oliver-Rainer Wittmann") are people too.
 */
export function tableRowTypes(mentions: readonly NamedMention[], text: string): NamedMention[] {
  const rows = new Map<string, number[]>();
  mentions.forEach((m, k) => {
    if (m.start > 0 && text[m.start - 1] !== '\n') return;
    const separator = ROW_SEPARATOR.exec(text.slice(m.end, m.end + 3))?.[0];
    if (!separator) return;
    const list = rows.get(separator) ?? [];
    list.push(k);
    rows.set(separator, list);
  });
  let out: NamedMention[] | null = null;
  for (const ks of rows.values()) {
    const people = ks.filter((k) => mentions[k]!.type === 'person').length;
    if (ks.length < 4 || people * 4 < ks.length * 3) continue;
    out ??= [...mentions];
    for (const k of ks) if (out[k]!.type === 'other') out[k] = { ...out[k]!, type: 'person' };
  }
  return out ?? [...mentions];
}

/** An acronym's possessive opening a name: "MIT’s" of "MIT’s Science, Technology and Society". */
const ACRONYM_OWNER = /^(\p{Lu}{3,})['’]s (?=\p{Lu})/u;
/** "the Queen’s " right before a name: a capitalised word's possessive after "the". */
const OWNER_BEFORE = /(?<![\p{L}\p{N}])the (\p{Lu}\p{Ll}+['’]s) $/u;

/**
 * A possessive the tagger read wrong at a name's start. An acronym's ("MIT’s Science, Technology
 * and Society") owns the name after it and is a mention of its own; a capitalised word's after
 * "the" ("the Queen’s Journal", "the Women’s Institute") is the first word of a body's or a
 * work's name, when the tagger left it out and read no name in it.
 */
export function possessiveOwners(mentions: readonly NamedMention[], text: string): NamedMention[] {
  const out: NamedMention[] = [];
  for (const m of mentions) {
    const owner = ACRONYM_OWNER.exec(m.surface);
    if (owner) {
      const restStart = m.start + owner[0].length;
      const acronym = owner[1]!;
      out.push({ ...m, end: m.start + acronym.length, surface: acronym, words: [acronym] });
      const rest = m.words.slice(m.words.findIndex((w) => /^['’]s$/u.test(w)) + 1);
      out.push({ ...m, start: restStart, surface: text.slice(restStart, m.end), words: rest });
      continue;
    }
    const before = m.type === 'person' ? null : OWNER_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    const last = out[out.length - 1];
    if (before && !(last && last.end > m.start - before[1]!.length - 1)) {
      const start = m.start - before[1]!.length - 1;
      out.push({ ...m, start, surface: text.slice(start, m.end), words: [before[1]!.slice(0, -2), "'s", ...m.words] });
      continue;
    }
    out.push(m);
  }
  return out;
}
