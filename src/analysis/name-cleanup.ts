import { noEvidence, type Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';
import { isCommonWord, lexiconTags } from './lexicon/common-words.js';

/**
 * Repairs of the tagger's name spans that hold whatever the text around them says (issue 10):
 * a name never holds an unbalanced bracket or two names joined by a slash, a job title at either
 * end is not part of it, and a reference list's "Surname, Given (date)" is one person's name.
 */
export function cleanCandidates(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // (Indexed: for-of makes an object per step in code not yet optimised, as a long document's is.)
  for (let i = 0; i < candidates.length; i++) {
    const joined = splitJoined(candidates[i]!);
    for (let j = 0; j < joined.length; j++) {
      const parts = atFullStops(joined[j]!);
      for (let k = 0; k < parts.length; k++) {
        const names = atJoins(parts[k]!);
        for (let n = 0; n < names.length; n++) pushTrimmed(out, names[n]!);
      }
    }
  }
  const joined = joinInvertedNames(text, out);
  // Whether the text writes "the <rest>": every rest asked about at once, in one pass over the
  // text (a long document has thousands, and a search of the whole text for each took seconds).
  const rests = joined.filter(opensWithThe).map(restAfterThe);
  const written = writtenAfterThe(
    text,
    rests.filter((r) => r.includes(' ')),
  );
  const alone = writtenAloneAfterThe(
    text,
    rests.filter((r) => !r.includes(' ')),
  );
  return joined.map((c) =>
    opensWithThe(c) && (written.has(restAfterThe(c)) || alone.has(restAfterThe(c)))
      ? (sub(c, 4, c.surface.length) ?? c)
      : c,
  );
}

/**
 * "The Mozilla Foundation pledges …" where the article also writes "the Mozilla Foundation": the
 * capital of a sentence's first word makes no "The" part of a name ("The Hague", "The Mozilla
 * Blog" and any name the article never writes with a small "the" keep theirs). So is "The League
 * was formed …" beside "members of the League": one word after "The" counts only where the small
 * "the" is followed by that word alone, not by a longer name ("the Daily Telegraph" leaves "The
 * Daily" of "The Daily and Sunday Telegraph" as it is).
 */
const opensWithThe = (c: Candidate): boolean => c.words.length >= 2 && c.words[0] === 'The';
const restAfterThe = (c: Candidate): string => c.surface.slice(4);

/**
 * The phrases the text writes after a small "the " — those for which `text.includes('the ' +
 * phrase)` — found in one pass over the text's "the "s: each is looked up by its first word (up
 * to its first space) among the phrases, and compared whole only with those that start so.
 */
export function writtenAfterThe(text: string, phrases: readonly string[]): Set<string> {
  const found = new Set<string>();
  const byFirstWord = new Map<string, string[]>();
  let longest = 0;
  for (const phrase of new Set(phrases)) {
    const space = phrase.indexOf(' ');
    // A phrase without a space has no first word to look up by (rare): searched for on its own.
    if (space < 0) {
      if (text.includes(`the ${phrase}`)) found.add(phrase);
      continue;
    }
    const first = phrase.slice(0, space);
    longest = Math.max(longest, space);
    const list = byFirstWord.get(first);
    if (list) list.push(phrase);
    else byFirstWord.set(first, [phrase]);
  }
  if (!byFirstWord.size) return found;
  for (let at = text.indexOf('the '); at >= 0; at = text.indexOf('the ', at + 1)) {
    const from = at + 4;
    // A phrase the text writes here starts with the text's next word, up to the same space.
    const space = text.indexOf(' ', from);
    if (space < 0) break;
    if (space - from > longest) continue;
    const list = byFirstWord.get(text.slice(from, space));
    if (list) for (const phrase of list) if (text.startsWith(phrase, from)) found.add(phrase);
  }
  return found;
}

/** A word as a name's one word is written: letters, digits, inner dots and hyphens ("League" of "League's"). */
const WORD_AT = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}.-]*[\p{L}\p{M}\p{N}])?/u;
/** Another word of a name right after: " Telegraph". */
const CAPITALISED_NEXT = /^ [\p{Lu}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * The one-word names the text writes after a small "the " as a whole word that no capitalised
 * word follows ("the League's", "the League, which", not "the League of Rights" or "the Daily
 * Telegraph"), in one pass over the text's "the "s.
 */
export function writtenAloneAfterThe(text: string, words: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (!words.length) return found;
  const wanted = new Set(words);
  for (let at = text.indexOf('the '); at >= 0; at = text.indexOf('the ', at + 1)) {
    if (at > 0 && LETTER.test(text[at - 1]!)) continue;
    const from = at + 4;
    const word = WORD_AT.exec(text.slice(from, from + 64))?.[0];
    if (!word || !wanted.has(word)) continue;
    if (!CAPITALISED_NEXT.test(text.slice(from + word.length, from + word.length + 2))) found.add(word);
  }
  return found;
}
const CAPITAL = /^\p{Lu}/u;
/**
 * Job titles written in capitals: never part of a name ("Arduino IDE" keeps its product word).
 * A member of a parliament or assembly is one too: "Labour MP", "United Farmers of Ontario MPP".
 */
const ROLES = new Set('CEO CEOs CFO COO CTO CIO CMO CSO MP MPs MPP MPPs MEP MEPs MSP MSPs MLA MLAs'.split(' '));
/** A word in lower case with a hyphen, "now-defunct", "so-called", "then-leader": no first word of a name. */
const LOWER_COMPOUND = /^\p{Ll}+(?:[-‐‑]\p{Ll}+)+$/u;
/** A sentence's first word that links and never begins a name: "In Whole Foods, Prime operates …". */
const OPENING_LINKS = new Set(['In', 'At', 'From', 'With', 'By', 'And', 'But']);

function sub(c: Candidate, from: number, to: number): Candidate | undefined {
  const raw = c.surface.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const surface = raw.trim();
  if (!surface || !CAPITAL.test(surface)) return undefined;
  return {
    ...c,
    start: c.start + from + lead,
    end: c.start + from + lead + surface.length,
    surface,
    words: surface.split(/\s+/u),
  };
}

const JOINING = /[-()/]/;

const COMPOUND_OWNER =
  /^(\p{Lu}[^\s-]*(?:\s\p{Lu}[^\s-]*)*)-(?:owned|based|backed|led|run|funded|controlled|operated)\s+(?=\p{Lu})/u;

/**
 * "Te Kaurinui Robert) Parata", "Sun Microsystems/Oracle Corporation": the tagger ran over a
 * closing bracket or a slash between two names. Each side is a name of its own (when capitalised).
 */
function splitJoined(c: Candidate): Candidate[] {
  const s = c.surface;
  // Nothing below applies without a hyphen, a bracket or a slash (most names: asked first, cheaply).
  if (!JOINING.test(s)) return [c];
  // "Amazon-owned Whole Foods Market", "Seattle-based Acme Corp": the compound is no part of the
  // name after it, which it makes an organisation's. A "-based" compound names a place; any
  // other's name is left to the rest of the text ("State-owned" is no name).
  const compound = COMPOUND_OWNER.exec(s);
  if (compound) {
    const owned = sub(c, compound[0].length, s.length);
    const base = compound[0].includes('-based') ? sub(c, 0, compound[1]!.length) : undefined;
    const parts: Candidate[] = [];
    if (base) parts.push({ ...base, evidence: { ...noEvidence(), place: CUE_WEIGHT } });
    if (owned)
      parts.push({ ...owned, evidence: { ...owned.evidence, organization: owned.evidence.organization + CUE_WEIGHT } });
    return parts;
  }
  const open = s.split('(').length - 1,
    close = s.split(')').length - 1;
  const slash = /\S\/\S/u.test(s) && s.split('/').every((p) => CAPITAL.test(p.trim())) && /\s/u.test(s);
  if (open === close && !slash) return [c];
  const parts: Candidate[] = [];
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    const ch = s[i];
    const cut = i === s.length || (open !== close && (ch === '(' || ch === ')')) || (slash && ch === '/');
    if (!cut) continue;
    const part = sub(c, from, i);
    if (part) parts.push(part);
    from = i + 1;
  }
  return parts;
}

/**
 * "The Daily Times or Globe": two names joined by "or" are two names. "Zentrax X-enhanced",
 * "Matrix-like", "HIGH-powered": a word in lower case hyphened to a name's last word makes an
 * adjective of it, and is no part of the name (what is left of it is, unless an ordinary word).
 */
function atJoins(c: Candidate): Candidate[] {
  const s = c.surface;
  if (!s.includes(' or ') && !/[-‐‑]\p{Ll}+$/u.test(s)) return [c];
  const parts: Candidate[] = [];
  let from = 0;
  for (const m of s.matchAll(/ or /gu)) {
    const part = sub(c, from, m.index);
    if (part) parts.push(part);
    from = m.index + 4;
  }
  const last = sub(c, from, s.length);
  if (last) parts.push(last);
  return parts.flatMap((p) => {
    const suffix = /[-‐‑]\p{Ll}+$/u.exec(p.surface);
    if (!suffix) return [p];
    const given = hyphenedGivenName(p);
    if (given) return [given];
    const kept = sub(p, 0, suffix.index);
    if (!kept || kept.surface.length < 2) return [];
    const lastWord = kept.words[kept.words.length - 1]!;
    if (kept.words.length === 1 && isCommonWord(lastWord) && !/\p{Ll}/u.test(lastWord.slice(1))) return [];
    return [kept];
  });
}

/**
 * "Kim Jong-un", "Moon Jae-in", "Ban Ki-moon", "Tsai Ing-wen", "Chiang Kai-shek": a Korean or
 * Chinese given name is written as two short syllables joined by a hyphen, the second in lower
 * case, after the surname. It ends a person's name and is all of it, not an adjective made of the
 * name ("Smith-led", "York-bound", "Trump-like": those end in a word that makes compounds).
 * Unless the tagger calls it a place or an organisation, it is a person's name.
 */
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}{0,4}[-‐‑](\p{Ll}{1,5})$/u;
const COMPOUND_ENDS =
  /(?:ed|ing|ish|ist|ite|ism|ian|er|ly)$|^(?:like|era|run|born|made|bound|area|wide|free|only|style|type|size|proof|ready|class|level|scale|lite|held|hit|rule|zone|city|side|day|year|age)$/u;
function hyphenedGivenName(c: Candidate): Candidate | undefined {
  const m = HYPHENED_GIVEN.exec(c.surface);
  if (!m || COMPOUND_ENDS.test(m[1]!)) return undefined;
  const e = c.evidence;
  if (Math.max(e.organization, e.place) > Math.max(e.person, e.other)) return undefined;
  // The tagger often reads the unfamiliar form as "other" (a compound): the form says person.
  return e.person >= e.other ? c : { ...c, evidence: { ...e, person: e.person + CUE_WEIGHT } };
}

/** A lone capital and a dot, then a capitalised word: "S. The" (a sentence may end after a model's letter). */
const STOP_THEN_WORD = /(?<=^|\s)\p{Lu}(\.)\s+(\p{Lu}[\p{Ll}'’]*)(?=\s|$)/gu;

/**
 * "the Xbox One S. The company's app …", "more powerful than the One X.": the tagger read a
 * sentence's full stop after a capital letter as an initial's, and ran the name over it. A lone
 * capital with a dot that ends the name, or that an ordinary word follows, ends a sentence: the
 * dot is no part of the name, and an ordinary word after it no name ("S. The" leaves nothing).
 * A real initial is followed by a name ("Dana F. Besecker"); a reference's "Payment, S." gets
 * its dot back in joinInvertedNames.
 */
/** Tags of words that open sentences and are never a surname: "The", "It", "But", "This", "In", "They". */
const CLOSED_CLASS = new Set(['DT', 'PRP', 'PRP$', 'IN', 'CC', 'WDT', 'WP', 'WRB', 'EX', 'PDT']);
const opensSentence = (word: string): boolean => CLOSED_CLASS.has(lexiconTags(word.toLowerCase())[0] ?? '');

function atFullStops(c: Candidate): Candidate[] {
  const s = c.surface;
  // Both cuts are at a dot (most names have none: asked first, cheaply).
  if (!s.includes('.')) return [c];
  const cuts: [number, number][] = [];
  let from = 0;
  for (const m of s.matchAll(STOP_THEN_WORD)) {
    if (!opensSentence(m[2]!)) continue;
    const dot = m.index + 1;
    cuts.push([from, dot]);
    from = dot + 1;
  }
  if (!cuts.length && !/(?:^|\s)\p{Lu}\.$/u.test(s)) return [c];
  cuts.push([from, /(?:^|\s)\p{Lu}\.$/u.test(s) ? s.length - 1 : s.length]);
  const parts: Candidate[] = [];
  for (const [a, b] of cuts) {
    const part = sub(c, a, b);
    // Nothing is left of a name that is one letter or one ordinary word.
    if (!part || part.surface.length < 2 || (part.words.length === 1 && isCommonWord(part.surface))) continue;
    parts.push(part);
  }
  return parts;
}

/**
 * "Eich CEO", "CEO of Mozilla": a job title (and its "of") at either end is no part of the name;
 * nor is a lower-case compound before it ("the now-defunct New Zealand League of Rights"), nor a
 * sentence's opening "In" or "But" ("In Whole Foods, …").
 */
function pushTrimmed(out: Candidate[], c: Candidate): void {
  const w = c.words;
  let first = 0,
    last = w.length;
  while (first < last && LOWER_COMPOUND.test(w[first]!)) first++;
  if (last - first >= 2 && OPENING_LINKS.has(w[first]!)) first++;
  while (first < last && ROLES.has(w[first]!)) {
    first++;
    if (w[first] === 'of' || w[first] === 'at') first++;
  }
  while (last > first && ROLES.has(w[last - 1]!)) last--;
  if (first === 0 && last === w.length) {
    out.push(c);
    return;
  }
  if (first >= last) return;
  // Character offsets of the kept words: words are the surface split on white space.
  let at = 0;
  const offsets: number[] = [];
  for (const word of w) {
    at = c.surface.indexOf(word, at);
    offsets.push(at);
    at += word.length;
  }
  const part = sub(c, offsets[first]!, offsets[last - 1]! + w[last - 1]!.length);
  if (part) out.push(part);
}

/**
 * After "Surname, Given": a reference's date in brackets ("(1996)", "(8 April 2014)", "(March
 * 2001)"), a second author or the title in quotes. Not a player's record ("Kevin Hallam (9-7)").
 */
const CITATION_AFTER = /^\.?(?:\s*\((?:\d{4}|\d{1,2} \p{Lu}|\p{Lu}\p{Ll}+\.? \d)|;|\s*["“])/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.?$/u;

/**
 * A reference list's author, "Zawinski, Jamie (1996)", "Lee, Stephanie M. (8 April 2014)",
 * "Eich, Brendan; David Hyatt": one person's name, which the tagger reads as two. Only when a
 * date in brackets, another author or a quoted title follows, so "Smith, Jones and Co" is left alone.
 */
function joinInvertedNames(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k]!,
      b = sorted[k + 1];
    // "Lee, Stephanie M.": an initial the tagger left after the given name is the author's too.
    const bEnd = b ? b.end + (/^(?: \p{Lu}\.)+/u.exec(text.slice(b.end, b.end + 12))?.[0].length ?? 0) : 0;
    if (
      b &&
      a.words.length === 1 &&
      b.words.length <= 3 &&
      text.slice(a.end, b.start) === ', ' &&
      NAME_WORD.test(a.surface) &&
      b.words.every((x) => NAME_WORD.test(x)) &&
      CITATION_AFTER.test(text.slice(bEnd, bEnd + 20))
    ) {
      // "Stephanie M." keeps the dot of its initial.
      const end = /^\p{Lu}$/u.test(b.words[b.words.length - 1]!) && text[b.end] === '.' ? b.end + 1 : bEnd;
      const surface = text.slice(a.start, end);
      const evidence = noEvidence();
      evidence.person = CUE_WEIGHT;
      out.push({ start: a.start, end, surface, words: surface.split(/\s+/u), evidence });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "Zawinski, Jamie" → "Jamie Zawinski": the name as prose writes it, for grouping; any other name as it is. */
export function uninverted(s: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+), (\p{Lu}.*)$/u.exec(s);
  return m ? `${m[2]!.replace(/\.$/u, '')} ${m[1]}` : s;
}
