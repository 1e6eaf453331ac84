import type { Article, Span } from '../load/article.js';
import { hasTag, type Token, type Tokens } from './tokens.js';
import {
  CALENDAR_WORDS,
  NAME_PARTICLES,
  NEVER_NAMES,
  NON_ENTITY_ACRONYMS,
  OF_JOINING_HEADS,
  ORG_HEAD_WORDS,
  ORG_MEMBER_NOUNS,
  ORG_NOUNS_AFTER,
  PERSON_PARTICLES,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  ROLE_TITLES,
  STRONG_TITLES,
} from './lexicon/names.js';
import { DEMONYMS, PLACE_CANONICAL, PLACE_HEAD_WORDS, PLACE_NOUNS_AFTER } from './lexicon/places.js';

export type NameType = 'person' | 'organization' | 'place';
export type Evidence = Record<NameType, number>;

/** One capitalised name as it occurs once in the text, with what its context says about its type. */
export interface Candidate extends Span {
  readonly surface: string;
  /** The surface split into words, as they were tokenised. */
  readonly words: readonly string[];
  readonly evidence: Evidence;
  /** The index of its first and last token. */
  readonly first: number;
  readonly last: number;
}

/** How much each kind of clue counts. Gazetteer and explicit cues outweigh compromise's guesses. */
const WEIGHT = {
  gazetteer: 4,
  head: 3,
  title: 5, // "Dr", "President": as decisive as a gazetteer entry
  appositive: 3,
  nounAfter: 3,
  memberOf: 2,
  particle: 2,
  firstName: 2,
  acronym: 2,
  tagger: 1,
  definite: 1.5,
  roleBefore: 2,
  preposition: 0.5,
} as const;

/** A headline in Title Case capitalises every word, so its capitals say nothing about names. */
const TITLE_CASE_SHARE = 0.6;
/** Lower-case words to look past for a noun after a name ("Islamic State terror group"). */
const NOUN_AFTER_WINDOW = 2;
/** Words to look past in an appositive ("X, a senior military commander"). */
const APPOSITIVE_WINDOW = 4;

/** First halves of hyphenated nationality compounds ("Anglo-Irish", "Sino-Japanese"). */
const COMBINING_FORMS = new Set(['Anglo', 'Franco', 'Sino', 'Afro', 'Indo', 'Euro', 'Russo', 'Greco', 'Italo', 'Austro', 'Judeo', 'Irano', 'Turco', 'Hispano', 'Luso']);
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'its', 'their', 'his', 'her', 'one']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'from', 'to', 'outside', 'around', 'throughout']);
const FUNCTION_TAGS = ['Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Verb', 'QuestionWord', 'Value', 'Date'];

export const baseText = (t: Token): string => t.text.replace(POSSESSIVE, '');
const isPossessive = (t: Token): boolean => POSSESSIVE.test(t.text);
const isCapitalised = (t: Token): boolean =>
  /^\p{Lu}/u.test(t.text) && /\p{Ll}|\p{Lu}{2}|^\p{Lu}$|^(?:\p{Lu}\.)+$/u.test(t.text);
export const isAcronym = (s: string): boolean => /^(?:\p{Lu}\.?){2,6}s?$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
const isWordLike = (t: Token): boolean => /\p{L}/u.test(t.text);
const lowerWord = (t: Token | undefined): string => (t && /^\p{Ll}/u.test(t.text) ? t.lower.replace(POSSESSIVE, '') : '');

/** Whether a place name (or alias) is known to the gazetteer or to compromise. */
export function isKnownPlace(surface: string, t?: Token): boolean {
  return PLACE_CANONICAL.has(surface) || (!!t && (hasTag(t, 'Country') || hasTag(t, 'City') || hasTag(t, 'Place')) && !hasTag(t, 'Organization'));
}

export function findCandidates(article: Article, toks: Tokens): Candidate[] {
  const { tokens, sentences } = toks;
  const skipBlock = article.blocks.map((b) => b.kind !== 'paragraph' && isTitleCase(tokens.filter((t) => t.start >= b.start && t.end <= b.end)));

  const sameSentence = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.sentence === b.sentence;
  const sentenceInitial = (t: Token): boolean => {
    if (t.i === sentences[t.sentence]!.first) return true;
    const prev = tokens[t.i - 1]!;
    return /[“"‘:]\s*$/.test(prev.post) || /[“"‘]/.test(t.pre);
  };
  // A word capitalised mid-sentence somewhere is a name wherever it is (lets "Pentagon" start a sentence).
  const capitalisedMidSentence = new Set(tokens.filter((t) => isCapitalised(t) && !sentenceInitial(t)).map(baseText));

  // Tokens join into one name across a plain space or a bare hyphen, never across other punctuation.
  const joins = (a: Token, b: Token | undefined): boolean =>
    !!b && sameSentence(a, b) && !isPossessive(a) && (a.post === ' ' || a.post === '-') && b.pre === '';
  const nameWord = (t: Token | undefined): boolean =>
    !!t && isCapitalised(t) && !CALENDAR_WORDS.has(baseText(t)) && !/^\d/.test(t.text) && t.text !== 'I';

  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (skipBlock[t.block] || !nameWord(t)) continue;
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      const next = tokens[j + 1];
      if (!joins(cur, next)) break;
      if (nameWord(next)) { j++; continue; }
      const after = tokens[j + 2];
      // "Abu Baqir al-Saadi", "Ludwig van Beethoven": a particle between two name words.
      if (NAME_PARTICLES.has(next!.lower) && !isCapitalised(next!) && joins(next!, after) && nameWord(after)) { j += 2; continue; }
      // "Procter & Gamble"; "Securities and Exchange Commission" when an org word ends the name.
      if ((next!.text === '&' || (next!.lower === 'and' && endsInOrgHead(j + 2))) && joins(next!, after) && nameWord(after)) { j += 2; continue; }
      // "Bank of England", "Ministry of the Interior".
      if ((next!.lower === 'of' || next!.lower === 'for') && OF_JOINING_HEADS.has(baseText(cur)) && joins(next!, after)) {
        if (nameWord(after)) { j += 2; continue; }
        const after2 = tokens[j + 3];
        if (after?.lower === 'the' && joins(after, after2) && nameWord(after2)) { j += 3; continue; }
      }
      break;
    }
    for (const c of shape(i, j)) out.push(c);
    i = j;
  }
  return out;

  /** Whether the capitalised run starting at token `k` ends with an organisation word. */
  function endsInOrgHead(k: number): boolean {
    let m = k;
    while (nameWord(tokens[m]) && joins(tokens[m]!, tokens[m + 1]) && nameWord(tokens[m + 1])) m++;
    return nameWord(tokens[m]) && ORG_HEAD_WORDS.has(baseText(tokens[m]!));
  }

  /** Trims a raw run of capitalised tokens to the name(s) in it and weighs the evidence. */
  function shape(from: number, to: number): Candidate[] {
    let a = from;
    let b = to;
    const ev: Evidence = { person: 0, organization: 0, place: 0 };
    const initial = sentenceInitial(tokens[a]!);
    const word = (k: number) => baseText(tokens[k]!);
    const isTitle = (k: number) => PERSON_TITLES.has(word(k).replace(/\.$/, ''));

    // Hyphenated compounds split where a part is a place or nationality: "Iraq-Syria", "German-US", "Anglo-Dutch".
    for (let k = a; k < b; k++) {
      if (tokens[k]!.post === '-' && (isNationalPart(k) || isNationalPart(k + 1))) {
        return [...shape(a, k), ...shape(k + 1, b)];
      }
    }
    // Sentence-initial function words and never-names ("The Pentagon", "When").
    while (a <= b && (NEVER_NAMES.has(word(a)) || (a === from && initial && b > a && isFunctionWord(tokens[a]!)))) a++;
    if (a > b) return [];
    // A capitalised common word opening a sentence before a first name: "Singer Alex Kapranos".
    if (a === from && initial && a < b && hasTag(tokens[a + 1], 'FirstName') && !hasTag(tokens[a], 'Person') && !isTitle(a)) a++;
    // Nationalities before a title or a first name are adjectives: "Russian President Vladimir Putin", "Brazilian Ronaldo".
    for (const n of [2, 1]) {
      const rest = b - (a + n) + 1;
      if (a + n - 1 <= b && DEMONYMS.has(text(a, a + n - 1)) &&
        (rest === 0 || isTitle(a + n) || hasTag(tokens[a + n], 'FirstName') || (rest >= 2 && !ORG_HEAD_WORDS.has(word(b))))) {
        a += n;
        break;
      }
    }
    if (a > b) return [];
    // Trailing titles name a role, not a person: "Conservative Party Co-Chairman".
    while (b > a && ROLE_TITLES.has(word(b))) b--;
    // Titles before a person's name, wherever they start: "President Joe Biden", "UK Prime Minister Tony Blair",
    // "European Commission President Manuel Barroso". What comes before the titles is a name of its own.
    if (!ORG_HEAD_WORDS.has(word(b))) {
      for (let t0 = a; t0 < b; t0++) {
        if (!isTitle(t0) || (t0 > a && isTitle(t0 - 1))) continue;
        let k = t0;
        while (k < b && isTitle(k)) k++;
        // What follows a title must itself be a name word ("Lord of the Rings" keeps its "Lord").
        if (isTitle(k) || !isCapitalised(tokens[k]!)) continue;
        if (k - t0 > 1 || STRONG_TITLES.has(word(t0)) || hasTag(tokens[k], 'FirstName') || /^\p{Lu}{2,}$/u.test(word(t0))) {
          const before = t0 > a ? shape(a, t0 - 1) : [];
          const person = shape(k, b).map((c) => ({ ...c, evidence: { ...c.evidence, person: c.evidence.person + WEIGHT.title } }));
          return [...before, ...person];
        }
      }
    }
    if (a === b && isTitle(a) && !PLACE_CANONICAL.has(word(a))) return [];
    const first = tokens[a]!;
    const single = a === b;
    const surface0 = word(a);
    if (single && (NON_ENTITY_ACRONYMS.has(surface0) || DEMONYMS.has(surface0) || /^\p{Lu}+s$/u.test(surface0))) return [];
    if (DEMONYMS.has(text(a, b))) return [];
    // One capitalised word opening a sentence is only a name if something says so.
    if (single && a === from && initial && !capitalisedMidSentence.has(surface0) && !PLACE_CANONICAL.has(surface0) &&
      !['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'].some((tag) => hasTag(first, tag))) return [];

    // Adjacent country or region names are separate places: "Israel Gaza war".
    const run = tokens.slice(a, b + 1);
    const whole = text(a, b);
    if (run.length > 1 && !PLACE_CANONICAL.has(whole) && run.every((t) => PLACE_CANONICAL.has(baseText(t)))) {
      return run.flatMap((t) => shape(t.i, t.i));
    }

    const surface = whole;
    const words = run.map(baseText);
    const last = tokens[b]!;
    const lastWord = words[words.length - 1]!;
    const prev = sameSentence(tokens[a - 1], first) ? tokens[a - 1] : undefined;
    const prev2 = prev && sameSentence(tokens[a - 2], first) ? tokens[a - 2] : undefined;

    if (PLACE_CANONICAL.has(surface)) ev.place += WEIGHT.gazetteer;
    if (PLACE_HEAD_WORDS.has(lastWord) && !single) ev.place += WEIGHT.head;
    // A lone "Office" or "Bill" is a common noun in a headline's clothes: a head only counts in a longer name.
    if (ORG_HEAD_WORDS.has(lastWord) && !single) ev.organization += WEIGHT.head;
    if (isAcronym(surface) && !PLACE_CANONICAL.has(surface)) ev.organization += WEIGHT.acronym;
    if (run.some((t) => PERSON_PARTICLES.has(baseText(t)))) ev.person += WEIGHT.particle;
    if (hasTag(first, 'FirstName') && !single && !ORG_HEAD_WORDS.has(lastWord)) ev.person += WEIGHT.firstName;
    // compromise's own guesses, weakly.
    if (run.every((t) => hasTag(t, 'Person') || hasTag(t, 'Honorific') || NAME_PARTICLES.has(t.lower))) ev.person += WEIGHT.tagger;
    if (run.some((t) => hasTag(t, 'Organization'))) ev.organization += WEIGHT.tagger;
    if (run.some((t) => hasTag(t, 'Country') || hasTag(t, 'City') || hasTag(t, 'Place'))) ev.place += WEIGHT.tagger;

    // Context after the name.
    if (!isPossessive(last)) {
      const after = nextLowerWords(b, NOUN_AFTER_WINDOW);
      if (after.some((w) => ORG_NOUNS_AFTER.has(w))) ev.organization += WEIGHT.nounAfter;
      if (after[0] && PLACE_NOUNS_AFTER.has(after[0])) ev.place += WEIGHT.nounAfter;
      const app = appositive(b);
      if (app === 'person') ev.person += WEIGHT.appositive;
      if (app === 'organization') ev.organization += WEIGHT.appositive;
    }
    // Context before the name.
    const p = lowerWord(prev);
    if (p === 'the' && !single) ev.organization += WEIGHT.tagger;
    if (p === 'the' && single && !isKnownPlace(surface, first)) ev.organization += WEIGHT.definite;
    if ((p === 'of' || p === 'for' || p === 'in' || p === 'with') && ORG_MEMBER_NOUNS.has(lowerWord(prev2))) ev.organization += WEIGHT.memberOf;
    if (PERSON_ROLE_NOUNS.has(p) && !(p === 'leader' && lowerWord(prev2) === 'the')) ev.person += WEIGHT.roleBefore;
    if (PLACE_PREPOSITIONS.has(p)) ev.place += WEIGHT.preposition;

    return [{ start: first.start, end: last.start + baseText(last).length, surface, words, evidence: ev, first: a, last: b }];
  }

  /** A place name, nationality or combining form ("Anglo") that can stand on one side of a hyphen. */
  function isNationalPart(k: number): boolean {
    const w = baseText(tokens[k]!);
    return PLACE_CANONICAL.has(w) || DEMONYMS.has(w) || COMBINING_FORMS.has(w) || hasTag(tokens[k], 'Country');
  }

  function text(a: number, b: number): string {
    const t = tokens[b]!;
    return article.text.slice(tokens[a]!.start, t.start + baseText(t).length);
  }

  function isFunctionWord(t: Token): boolean {
    if (hasTag(t, 'ProperNoun') && !hasTag(t, 'Determiner')) return false;
    return FUNCTION_TAGS.some((tag) => hasTag(t, tag)) || (hasTag(t, 'Plural') && !hasTag(t, 'ProperNoun'));
  }

  /** Up to `n` lower-case words right after token `b`, in the same sentence, stopping at punctuation. */
  function nextLowerWords(b: number, n: number): string[] {
    const words: string[] = [];
    for (let k = b; k < tokens.length && words.length < n; k++) {
      const cur = tokens[k]!;
      const nxt = tokens[k + 1];
      if (!sameSentence(cur, nxt) || !/^[\s-]*$/.test(cur.post) || !nxt || !/^\p{Ll}/u.test(nxt.text)) break;
      words.push(nxt.lower);
    }
    return words;
  }

  /** "X, a senior commander" / "X - another group": the type an appositive after token `b` gives. */
  function appositive(b: number): NameType | null {
    const t = tokens[b]!;
    if (!/^\s*(?:,|[-–—])\s*$/.test(t.post)) return null;
    const next = tokens[b + 1];
    if (!next || !sameSentence(t, next)) return null;
    if (next.lower === 'who') return 'person';
    if (!DETERMINERS.has(next.lower)) return null;
    for (let k = b + 2; k < Math.min(tokens.length, b + 2 + APPOSITIVE_WINDOW); k++) {
      const w = tokens[k]!;
      if (!sameSentence(t, w) || !isWordLike(w)) return null;
      if (PERSON_ROLE_NOUNS.has(w.lower)) return 'person';
      if (ORG_NOUNS_AFTER.has(w.lower)) return 'organization';
      if (!/^[\s-]*$/.test(w.post)) return null;
    }
    return null;
  }
}

function isTitleCase(words: readonly Token[]): boolean {
  const long = words.filter((t) => t.text.length > 3 && isWordLike(t));
  if (long.length < 3) return false;
  return long.filter((t) => /^\p{Lu}/u.test(t.text)).length / long.length > TITLE_CASE_SHARE;
}
