import { bestType, type Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';
import { ORGANIZATIONS } from './lexicon/organizations.js';
import { PEOPLE_ADJECTIVES, PLACE_CANONICAL } from './lexicon/places.js';
import { CITIES } from './lexicon/cities.js';
import { TITLES } from './lexicon/titles.js';
import { givenNameSex } from './lexicon/given-names.js';
import { isCommonWord } from './lexicon/common-words.js';

/** A firm's legal form: its name ends there ("Business Insider Inc"), whatever capitalised word follows. */
const LEGAL_FORMS = new Set(['Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Corp', 'Corp.', 'plc', 'PLC', 'GmbH', 'AG', 'S.A.']);

/**
 * Names glued to their neighbours where the page lost a line break (a photo credit run into the
 * caption and the next sentence: "© Provided by Business Insider Inc Nintendo/Apple Nintendo and
 * Apple shocked …"), taken apart again:
 * - a name runs on past a firm's legal form: "Business Insider Inc" + "Nintendo";
 * - in a credit's line, two names that the article uses on their own as organisations stand side
 *   by side, and the pair is written only once: "Apple" + "Nintendo" ("Dolby Atmos" in prose is
 *   one name). Never a pair a person's name could be.
 */
export function splitGluedNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  // (Indexed loops, not a chain of flatMap and reduce nor for-of, which makes an object per step
  // while the code is not yet optimised, as it is for a long document's one grouping.)
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const pieces = splitAtLegalForm(text, candidates[i]!);
    for (let j = 0; j < pieces.length; j++) {
      const named = countryAndBody(text, pieces[j]!).flatMap((p) => officerAfterBody(text, p));
      for (let k = 0; k < named.length; k++) {
        const c = withSportBefore(text, withStationNumber(text, named[k]!));
        // "Channel 4" + "News", "BBC Radio 5" + "Live": the station's programme or its full name.
        const last = out[out.length - 1];
        if (
          last &&
          /\d$/u.test(last.surface) &&
          /^(?:Radio|Channel) \d/u.test(last.words.slice(-2).join(' ')) &&
          c.start === last.end + 1 &&
          text[last.end] === ' '
        )
          out[out.length - 1] = part(text, last, last.start, c.end);
        else out.push(c);
      }
    }
  }
  // How often each single word is found alone as an organisation, and as something else.
  const organisations = new Map<string, number>();
  const others = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const c of out) {
    seen.set(c.surface, (seen.get(c.surface) ?? 0) + 1);
    if (c.words.length !== 1) continue;
    const counts =
      bestType(c.evidence, 'other') === 'organization' || ORGANIZATIONS.has(c.surface) ? organisations : others;
    counts.set(c.surface, (counts.get(c.surface) ?? 0) + 1);
  }
  // Mostly an organisation (a long document's thousand "Labour"s hold a few the tagger misread).
  const alone = (w: string) => (organisations.get(w) ?? 0) > 2 * (others.get(w) ?? 0);
  const surnames = new Set(
    out.filter((c) => c.words.length > 1 && bestType(c.evidence, 'other') === 'person').map((c) => c.words.at(-1)!),
  );
  const twoNames = (c: Candidate): boolean => {
    if (c.words.length !== 2) return false;
    // "after Blair Labour aides met": the surname of the article's "Tony Blair", then "Labour".
    if (surnames.has(c.words[0]!) && alone(c.words[1]!) && text[c.start + c.words[0]!.length] === ' ') return true;
    if (seen.get(c.surface) !== 1 || ORGANIZATIONS.has(c.surface)) return false;
    if (c.evidence.person > 0 || !alone(c.words[0]!) || !alone(c.words[1]!) || !inCredit(text, c.start)) return false;
    return /^ $/u.test(text.slice(c.start + c.words[0]!.length, c.end - c.words[1]!.length));
  };
  const split: Candidate[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (!twoNames(c)) split.push(c);
    else
      split.push(
        part(text, c, c.start, c.start + c.words[0]!.length),
        part(text, c, c.end - c.words[1]!.length, c.end),
      );
  }
  return split;
}

/** "BBC Radio" + " 4", "Channel" + " 4": a station is named with its number. */
function withStationNumber(text: string, c: Candidate): Candidate {
  const last = c.words[c.words.length - 1]!;
  if (last !== 'Radio' && last !== 'Channel') return c;
  const number = /^ \d{1,2}(?![\p{L}\p{N}.,:]\p{N}|[\p{L}%])/u.exec(text.slice(c.end, c.end + 4));
  return number ? part(text, c, c.start, c.end + number[0].length) : c;
}

/** Sports whose national bodies are named by the sport and the country: "Rugby Australia", "Cricket Scotland". */
const SPORT_BODY = new RegExp(
  String.raw`(?:^|[^\p{L}])(${'Rugby Cricket Football Tennis Swimming Athletics Cycling Netball Hockey Golf Basketball Rowing Sailing Gymnastics Triathlon Softball Baseball Volleyball Boxing Squash Badminton Bowls Equestrian Archery Judo Diving Surfing Skateboarding'.split(' ').join('|')}) $`,
  'u',
);

/**
 * "Rugby Australia named its squad", "Cricket Scotland said": a sport's name right before a
 * country the tagger found alone is the sport's national body, one name with the country.
 */
function withSportBefore(text: string, c: Candidate): Candidate {
  if (!PLACE_CANONICAL.has(c.surface)) return c;
  const sport = SPORT_BODY.exec(text.slice(Math.max(0, c.start - 16), c.start))?.[1];
  if (!sport) return c;
  const body = part(text, c, c.start - sport.length - 1, c.end);
  body.evidence.organization += CUE_WEIGHT + c.evidence.place;
  body.evidence.place = 0;
  return body;
}

/** A country's legislature, named by the one word: "US Congress", "Italian Parliament" is one name. */
const LEGISLATURES = new Set(['Congress', 'Parliament', 'Senate']);

/**
 * "members of US Congress": the country and its legislature, two names (as CoNLL-2003 marks
 * "U.S. Congress"): the place, then the body.
 */
function countryAndBody(text: string, c: Candidate): Candidate[] {
  const body = c.words[c.words.length - 1]!;
  if (c.words.length < 2 || !LEGISLATURES.has(body)) return [c];
  const placeEnd = c.end - body.length - 1;
  if (text[placeEnd] !== ' ' || !PLACE_CANONICAL.has(text.slice(c.start, placeEnd))) return [c];
  const place = part(text, c, c.start, placeEnd);
  const legislature = part(text, c, placeEnd + 1, c.end);
  place.evidence.place += CUE_WEIGHT;
  legislature.evidence.organization += CUE_WEIGHT;
  return [place, legislature];
}

/** Last words of a county's or a town's name: "Warren County", "Clay Township". */
const AREA_HEADS = new Set(['County', 'City', 'Township', 'Parish', 'Borough']);
/** Words of a style written before a title: "the Rt Rev", "the Right Honourable", "the Most Rev". */
const STYLES = new Set(['Rt', 'Right', 'Hon', 'Honourable', 'Honorable', 'Very', 'Most', 'Her', 'His']);

/**
 * "Warren County Sheriff Larry Sims", "NATO Secretary General Jens Stoltenberg": a place or a body,
 * its officer's title, then the officer's name, read as one run. Two names: the place or body,
 * then the person (a given name first, no ordinary word after it), without the title.
 */
function officerAfterBody(text: string, c: Candidate): Candidate[] {
  const w = c.words;
  const k = w.findIndex((x, i) => i > 0 && TITLES.has(x));
  // "Rt Rev", "Rt Hon": a style before the title, no body.
  // "Holy Roman Emperor Charles V": a people's adjective before the title is no body either.
  if (k < 0 || w.slice(0, k).some((x) => STYLES.has(x)) || PEOPLE_ADJECTIVES.has(w[k - 1]!)) return [c];
  let p = k;
  while (p < w.length && TITLES.has(w[p]!)) p++;
  const person = w.slice(p);
  // "Marion County Sheriff" + "Julie Hartman", where the tagger cut the run after the title.
  const next = /^ (\p{Lu}\p{Ll}+) \p{Lu}/u.exec(text.slice(c.end, c.end + 40))?.[1];
  if (person.length === 0 && next && givenNameSex(next)) return [bodyOf(text, c, k)];
  if (person.length < 2 || person.length > 3 || !givenNameSex(person[0]!)) return [c];
  if (
    !person.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)) ||
    person.slice(1).some((x) => isCommonWord(x) && !/s$/u.test(x))
  )
    return [c];
  const body = bodyOf(text, c, k);
  const personAt = c.start + indexOfWord(c.surface, w, p);
  if (!Number.isFinite(personAt) || /[^\p{L}\s]/u.test(text.slice(body.end, personAt))) return [c];
  const officer = part(text, c, personAt, c.end);
  officer.evidence.person += CUE_WEIGHT;
  return [body, officer];
}

/** The place or body before the title at word k: a county's, a town's or a known place's name a place, else a body. */
function bodyOf(text: string, c: Candidate, k: number): Candidate {
  const body = part(text, c, c.start, c.start + indexOfWord(c.surface, c.words, k - 1) + c.words[k - 1]!.length);
  body.evidence.person = 0;
  // "Chicago Cardinal Joseph Bernardin": a city's name stays the city's.
  const place = AREA_HEADS.has(c.words[k - 1]!) || PLACE_CANONICAL.has(body.surface) || CITIES.has(body.surface);
  body.evidence[place ? 'place' : 'organization'] += CUE_WEIGHT;
  return body;
}

/** A photo's credit or a source line: "©", "Provided by", "Photo:" earlier on the line. */
const CREDIT_LINE = /(?:©|\b(?:Provided by|Photograph|Photo|Picture|Image|Credit)\b)[^\n]*$/u;
const inCredit = (text: string, at: number): boolean => CREDIT_LINE.test(text.slice(Math.max(0, at - 200), at));

/** "Business Insider Inc Nintendo": the name up to its legal form, and the words after it. */
function splitAtLegalForm(text: string, c: Candidate): Candidate[] {
  const k = c.words.findIndex((w, i) => i > 0 && i < c.words.length - 1 && LEGAL_FORMS.has(w));
  if (k < 0) return [c];
  const formAt = c.start + indexOfWord(c.surface, c.words, k);
  const end = formAt + c.words[k]!.length;
  const restAt = c.start + indexOfWord(c.surface, c.words, k + 1);
  if (!Number.isFinite(formAt) || !Number.isFinite(restAt) || text.slice(end, restAt) !== ' ') return [c];
  return [part(text, c, c.start, end), ...splitAtLegalForm(text, part(text, c, restAt, c.end))];
}

/** Where the k-th word starts in the surface (the words in order, each found after the one before). */
function indexOfWord(surface: string, words: readonly string[], k: number): number {
  let at = 0;
  for (let i = 0; i <= k; i++) {
    at = surface.indexOf(words[i]!, i === 0 ? 0 : at + words[i - 1]!.length);
    if (at < 0) return -Infinity;
  }
  return at;
}

function part(text: string, c: Candidate, start: number, end: number): Candidate {
  const surface = text.slice(start, end);
  return { start, end, surface, words: surface.split(/\s+/u), evidence: { ...c.evidence } };
}
