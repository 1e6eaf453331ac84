import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/analysis-case.js';

// Short passages in the forms US and UK dailies, magazines and tech sites use for quotations
// (issue 10, speakers3; written for this set, not taken from any page). A speaker is right when
// one of `speakers` is in it (or it in one, as the gold scorer reads names); `null` among them
// means leaving it empty is right too. Passages marked `left` are the forms still read wrong or
// not at all: the test only keeps them from passing silently. The second file holds the forms
// written for session 18 (speakers4): a speaker named in the paragraph before, pronouns across a
// paragraph break, spokespeople, posts, interviews, titles and terms in quotation marks. The third
// holds session 19's (speakers5), marked before lede was run on them: long profiles, transcripts
// and panels, colons after a sentence that names the speaker, titles before a name, organisations
// as speakers, scare quotes, titles of works and nicknames. The fourth holds session 20's
// (speakers6), marked before lede was run on them: the forms of US wires, dailies, city and tech
// sites (an organisation, a role and a person in every order, unnamed speakers, outlets after
// "told", transcripts, a speaker named after the quotation, a quotation resumed after a paraphrase).
// The fifth holds session 21's (speakers7), marked before lede was run on them: long-form features
// (present-tense tags, first names, Mr./Ms./Dr., the writer as a character, dialogue, beats,
// colons after a description, documents and their writers, Q/A interviews, scare quotes, titles).
// The sixth holds session 22's (speakers8), marked before lede was run on them: untagged two-person
// dialogue, sports, science, court and police, tech and tabloid reports, interviews, quotations
// broken over paragraphs, quotations inside quotations, a speaker named in the sentence after, and
// the small forms of US, UK and Australian dailies (ranks, "said of", "adding that", "it said").

interface Passage {
  form: string;
  paragraphs: string[];
  quotes: { words: string; speakers: (string | null)[] }[];
  left?: string;
}

const passages = [
  'speakers-passages.json',
  'speakers-passages-2.json',
  'speakers-passages-3.json',
  'speakers-passages-4.json',
  'speakers-passages-5.json',
  'speakers-passages-6.json',
].flatMap((f) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8')) as Passage[]);

function verdict(p: Passage): string[] {
  const a = run('Passage', ...p.paragraphs);
  return p.quotes.map(({ words, speakers }) => {
    const said = a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker ?? null;
    if (!said) return speakers.includes(null) ? 'right' : 'missing';
    const s = said.toLowerCase();
    const ok = speakers.some((n) => n !== null && (s.includes(n.toLowerCase()) || n.toLowerCase().includes(s)));
    return ok ? 'right' : `wrong (${said})`;
  });
}

describe('speakers in the forms of other outlets', () => {
  for (const p of passages)
    it(`${p.left ? 'still misses' : 'reads'} ${p.form}`, () => {
      const got = verdict(p);
      if (p.left) expect(got.every((v) => v === 'right')).toBe(false);
      else expect(got).toEqual(p.quotes.map(() => 'right'));
    });
});
