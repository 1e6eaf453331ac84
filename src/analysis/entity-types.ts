import type { Mention } from './types.js';
import { bestType, noEvidence, type Evidence, type NameGroup, type NameType } from './aliases.js';
import { fromTheEnd, typeCue } from './name-context.js';
import { facilityName } from './name-facilities.js';
import { joinedClubNickname } from './name-nicknames.js';
import { CITIES } from './lexicon/cities.js';
import { isCommonWord } from './lexicon/common-words.js';
import { givenNameSex } from './lexicon/given-names.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { NOT_NAMES, ORGANIZATIONS, PRODUCTS } from './lexicon/organizations.js';
import { entryKey } from './ner/features/resources.js';
import { ORG_HEADS } from './lexicon/titles.js';
import type { NerModel } from './ner/model.js';

/** How much a clear cue around one occurrence counts against the tagger's one vote per mention. */
export const CUE_WEIGHT = 3;
/** The gazetteer's bit for PER (bits over PER ORG LOC MISC). */
const PER_BIT = 1;

/** The type a name list gives a whole name, if any. */
export function listedType(name: string): NameType | undefined {
  if (ORGANIZATIONS.has(name)) return 'organization';
  if (PRODUCTS.has(name)) return 'other';
  if (CITIES.has(name)) return 'place';
  return undefined;
}

/** Words after a firm's name that keep it an organisation's: "Sony Pictures", "Microsoft Research", "Mozilla Foundation". */
const ORG_TAIL = new Set([
  ...ORG_HEADS,
  ...'Radio Television Sport Sports Broadcasting Research Online News Press Wiki Finance Times Post Journal Review Magazine Media Music Pictures Entertainment Studios Games Labs Community Project Foundation Capital Ventures Health Energy Bank Financial International Global Europe America Asia Africa'.split(
    ' ',
  ),
]);

/**
 * A product named after its maker or product line: "Xbox One X", "PlayStation VR", "Oculus
 * Rift" (a product's name and more words), "Dolby Atmos", "Intel Core", "HTC Vive" (a listed
 * company's one-word name and a model). Not when the words after it make a firm's or a body's
 * name ("Sony Pictures", "Mozilla Foundation"), a place ("Google UK") or a plural ("Senate Democrats").
 */
export function productName(name: string): boolean {
  const words = name.split(' ');
  // "Firefox for Android", "Office for Mac": a product made for a platform.
  if (words.length === 3 && words[1] === 'for' && PRODUCTS.has(words[0]!) && /^\p{Lu}/u.test(words[2]!)) return true;
  if (words.length < 2 || words.length > 4 || ORGANIZATIONS.has(name)) return false;
  const tail = words.slice(1);
  const model = tail.every(
    (w) => !ORG_TAIL.has(w) && !PLACE_CANONICAL.has(w) && !CITIES.has(w) && /^[\p{Lu}\d]/u.test(w),
  );
  if (!model) return false;
  if (PRODUCTS.has(words[0]!)) return true;
  // "Mozilla VR", "Google AI": a company's division named by a field, not a product.
  return ORGANIZATIONS.has(words[0]!) && !tail.every((w) => NOT_NAMES.has(w)) && !tail.some((w) => /\p{Ll}s$/u.test(w));
}

/** Last words that make a name a place's: "Stewart Island", "Ninety Mile Beach", "Lake Taupo" is not one. */
const GEO_HEADS = new Set(
  'Island Islands Isle Beach Bay River Lake Mountain Mountains Valley Peninsula Coast Desert Strait Straits Sea Ocean Gulf Harbour Harbor Canyon Glacier Falls Creek Cape Fjord Sound Archipelago Plateau Delta Passage Locks District'.split(
    ' ',
  ),
);
/** "Northern Pacific", "South Atlantic": a part of an ocean named by its side. */
const SIDES = new Set('North South East West Northern Southern Eastern Western Central'.split(' '));
const OCEANS = new Set(['Pacific', 'Atlantic', 'Arctic', 'Antarctic']);

/**
 * A place, when a geographic word ends a name of two or more words ("Stewart Island", "Inside
 * Passage", "Central Business District") that no organisation's word is part of ("Seattle
 * School District" is a body), or a side names part of an ocean ("Northern Pacific").
 */
function geographic(name: string): NameType | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (words.length === 2 && SIDES.has(words[0]!) && OCEANS.has(last)) return 'place';
  return (GEO_HEADS.has(last) || facilityName(words)) && !words.some((w) => ORG_HEAD_WORDS.has(w))
    ? 'place'
    : undefined;
}

/**
 * Last words that make a name of two or more words an organisation's, whatever the tagger read:
 * "SeaMonkey Council", "Igalia S.L.", "Acme GmbH", a firm's legal form ("Harlow & Brandt Co",
 * "Vetrini SpA", "Acme Plc"). Not words that are also common surnames
 * ("Margaret Court", "Robert Service").
 */
const ORG_NAME_ENDS = new Set([
  ...'Office Commission Committee Department Ministry Administration Agency Bureau Centre Institute Council Coalition Alliance Foundation Society Association League Federation Authority Trust Corporation Corp Corp. Inc Inc. Ltd Ltd. Co Co. Cos LLC LP LLP plc PLC Plc GmbH AG SpA S.L. S.A. B.V. N.V. S.p.A. Pty SARL Bhd Bancorp University Party'.split(
    ' ',
  ),
]);
const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS, ...ORG_NAME_ENDS]);

function organisational(name: string): NameType | undefined {
  const words = name.split(' ');
  return words.length > 1 && ORG_NAME_ENDS.has(words[words.length - 1]!) ? 'organization' : undefined;
}

/**
 * A person named by an initial and a surname, as team sheets and reference lists write them
 * ("F Michalak", "J. Thion", "M. Owen"): not when the second word is an ordinary word ("A Team",
 * "X Factor", "G Suite") or a listed name.
 */
function initialled(name: string): NameType | undefined {
  const m = /^\p{Lu}\.? (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u.exec(name);
  if (!m || isCommonWord(m[1]!) || listedType(m[1]!) || PLACE_CANONICAL.has(m[1]!)) return undefined;
  return 'person';
}

export interface TypedGroup {
  readonly type: NameType;
  /** False when the entity is better left out: a lone word nothing says is a person's name. */
  readonly keep: boolean;
}

/**
 * One type per entity, decided from all its mentions: the tagger's vote at each mention it
 * tagged, a cue's vote (worth CUE_WEIGHT) at every occurrence the words around make clear, and
 * a name list's vote that outweighs them all unless cues say otherwise. A single word typed a
 * person that is no part of a person's full name in the article, has no title or age anywhere
 * and is not a name the recogniser learnt as a person's is left out: on the web such a word is
 * far more often a product, a site or a heading's word than a stranger known by one name.
 */
export function typeGroup(
  text: string,
  group: NameGroup,
  name: string,
  mentions: readonly Mention[],
  personWords: ReadonlySet<string>,
  model: NerModel,
): TypedGroup {
  if (group.surfaces.every((s) => NOT_NAMES.has(s))) return { type: group.type, keep: false };
  const { person, organization, place, other } = group.evidence;
  const votes: Evidence = { person, organization, place, other };
  const cues = noEvidence();
  for (const m of mentions) {
    const cue = typeCue(text, m.start, m.end);
    // A cue outweighs the tagger's votes at three mentions (a tie goes to the cue).
    if (cue) cues[cue] += CUE_WEIGHT + 0.5;
  }
  // "US magazine Mobile PC", "a lecturer at London's": a country or city stays a place.
  if (PLACE_CANONICAL.has(name) || CITIES.has(name)) cues.organization = 0;
  for (const t of Object.keys(votes) as NameType[]) votes[t] += cues[t];
  const listed =
    listedType(name) ??
    geographic(name) ??
    organisational(name) ??
    initialled(name) ??
    (productName(name) ? 'other' : undefined);
  if (listed) votes[listed] += mentions.length + CUE_WEIGHT;
  // "QGIS 2.8": a release number anywhere makes the name a product's, unless another cue says otherwise.
  else if (cues.other > 0 && cues.person + cues.organization + cues.place === 0)
    votes.other += mentions.length + CUE_WEIGHT;
  const single = group.surfaces.every((s) => !/\s/u.test(s));
  // A bare surname of a person the article names in full: "Parata" for "Hori Parata" and
  // "Te Kaurinui Parata" (which of them is unclear, so it stays apart, but it is a person).
  if (single && group.surfaces.some((s) => personWords.has(s))) votes.person += CUE_WEIGHT;
  let type = countryStaysPlace(name, bestType(votes, group.type));
  // "Harlow & Brandt": no person's name has an ampersand in it; names joined by one are a firm's.
  if (type === 'person' && group.surfaces.some((s) => / & /u.test(s))) type = 'organization';
  // "Liverpool … the Reds", "Chelsea … the Blues": a club, not the city nor a person.
  if (joinedClubNickname(group.surfaces)) type = 'organization';
  if (type === 'person' && single && cues.person === 0 && mentions.some((m) => clubContext(text, m))) {
    return { type: 'organization', keep: true };
  }
  if (type !== 'person' || !single || cues.person > 0 || listed) return { type, keep: true };
  const known = group.surfaces.some(
    (s) =>
      personWords.has(s) ||
      ((model.resources.gazetteer.entries.get(entryKey([s])) ?? 0) & PER_BIT) !== 0 ||
      // "Jane and Tom Whitaker … Jane handles the books": a common given name written alone
      // again and again is someone the article calls by it (once, it is as often a film, a
      // brand's "Claire's" or a hurricane; never one that is an ordinary word: "Will", "June").
      (mentions.length >= 2 && !!givenNameSex(s) && !isCommonWord(s)),
  );
  // "UK sportswear firm Umbro": a lone word the tagger took for a stranger's name, which the
  // words around it once call an organisation, is that organisation.
  if (!known && cues.organization > 0) return { type: 'organization', keep: true };
  return { type, keep: known };
}

/**
 * A country is a place, however its mentions read: "the US said", "Britain has agreed" (where the
 * tagger votes for an organisation, a government) are the country's name. Only against an
 * organisation: a country's name may be a person's ("Chad", "Jordan").
 */
function countryStaysPlace(name: string, type: NameType): NameType {
  return type === 'organization' && PLACE_CANONICAL.has(name) ? 'place' : type;
}

/** A role at a club right after its name: "Chelsea manager", "Wolves chairman", "Bath director of rugby". */
const CLUB_ROLE_AFTER =
  /^(?:['’]s)?\s+(?:manager|boss|chairman|chairwoman|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|fly-half|scrum-half|coach|fans|supporters|squad|director of (?:football|rugby)|chief executive)\b/u;
/** A player's move to or from a club: "a move to Chelsea", "interest from Chelsea", "signed for Bath". */
const CLUB_MOVE_BEFORE =
  /\b(?:move|moving|moved|switch|transfer|loan|loaned|interest|bid|offer|signed|signs|sign|rejoins?|rejoined)\s+(?:on\s+)?(?:to|from|for|by|with)\s+$/u;
const CLUB_MOVE_END = fromTheEnd(CLUB_MOVE_BEFORE);

/**
 * Whether the words around a mention make it a sports club's: a lone name the tagger read as a
 * person's ("Chelsea") that a player moves to, or that has a manager, is the club. A person has
 * no manager in a news article and is not moved to.
 */
function clubContext(text: string, m: Mention): boolean {
  return (
    CLUB_ROLE_AFTER.test(text.slice(m.end, m.end + 40)) ||
    CLUB_MOVE_END.test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}
