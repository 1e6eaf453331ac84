import type { Evidence } from './aliases.js';
import { CITIES } from './lexicon/cities.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { push, type Sets } from './name-short-forms.js';

/**
 * A club by the name its sports pages give it (issue 10): "Collingwood … the Magpies",
 * "Southampton … the Saints", "the Brisbane Lions … the Lions". Hand-written for lede from general
 * knowledge (public facts): the nicknames English, Scottish and Australian papers use for clubs
 * named otherwise, each with the clubs it stands for ("|" between clubs, "/" between one club's
 * names, fullest first). A club named after a city
 * alone ("Sydney", "Adelaide") is left out: the city is as often meant.
 */
const NICKNAMES = `
Magpies: Collingwood | Newcastle United / Newcastle | Notts County
Saints: Southampton | St Kilda | St Helens | St Mirren | St Johnstone
Whites: Leeds United / Leeds
Gunners: Arsenal
Spurs: Tottenham Hotspur / Tottenham
Reds: Liverpool
Red Devils: Manchester United / Man United
Blues: Chelsea | Carlton | Birmingham City
Toffees: Everton
Hammers: West Ham United / West Ham
Villans: Aston Villa
Foxes: Leicester City / Leicester
Seagulls: Brighton & Hove Albion / Brighton
Eagles: Crystal Palace | West Coast
Cherries: Bournemouth
Bees: Brentford
Cottagers: Fulham
Canaries: Norwich City / Norwich
Hornets: Watford
Black Cats: Sunderland
Blades: Sheffield United
Owls: Sheffield Wednesday
Baggies: West Bromwich Albion / West Brom
Clarets: Burnley
Tractor Boys: Ipswich Town / Ipswich
Hatters: Luton Town / Luton
Potters: Stoke City / Stoke
Bhoys: Celtic
Gers: Rangers
Bombers: Essendon
Tigers: Richmond
Hawks: Hawthorn
Cats: Geelong
Dockers: Fremantle
Kangaroos: North Melbourne
Roos: North Melbourne
Rabbitohs: South Sydney / Souths
Eels: Parramatta
Panthers: Penrith
Sharks: Cronulla
Sea Eagles: Manly
`;

const CLUBS_OF: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  NICKNAMES.split('\n')
    .filter((line) => line.includes(':'))
    .map((line) => {
      const [nick, clubs] = line.split(':') as [string, string];
      return [nick.trim(), clubs.split('|').map((club) => club.split('/').map((c) => c.trim()))];
    }),
);

interface Entry {
  readonly evidence: Evidence; // (its counts moved to `organization` when the nickname is joined)
  readonly words: readonly string[];
}

/** A place's name: "Brisbane" of "Brisbane Lions", "New York" of "New York Giants". */
const isPlace = (s: string): boolean => CITIES.has(s) || PLACE_CANONICAL.has(s);
const PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** Plurals that end an event's name, not a club's: "Athens Olympics", "Berlin Games", "Dubai Sevens". */
const EVENTS: ReadonlySet<string> = new Set(
  'Games Olympics Paralympics Sevens Championships Nationals Masters Finals Awards Trials Series Talks'.split(' '),
);

/**
 * Joins each nickname the article writes to the one club it names that the nickname stands for,
 * and a plural written alone ("the Lions") to the one club named by a place and that plural
 * ("Brisbane Lions", "New York Giants"). Two clubs that fit leave the nickname apart.
 */
export function joinNicknames(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, Entry>,
  sets: Sets,
  typeOf: (s: string) => string,
): void {
  const byLastWord = new Map<string, string[]>();
  for (const s of surfaces) {
    const words = bySurface.get(s)!.words;
    const last = words[words.length - 1]!;
    if (
      words.length > 1 &&
      PLURAL.test(last) &&
      !EVENTS.has(last) &&
      isPlace(words.slice(0, -1).join(' ')) &&
      typeOf(s) === 'organization'
    )
      push(byLastWord, last, s);
  }
  for (const s of surfaces) {
    if (typeOf(s) === 'person') continue;
    // Each club by the fullest of its names the article writes ("Leeds United", not the city "Leeds").
    const listed = (CLUBS_OF.get(s) ?? []).map((names) => names.find((c) => bySurface.has(c)));
    const clubs = [...listed.filter((c) => c !== undefined), ...(byLastWord.get(s) ?? [])];
    const roots = new Set(clubs.map((c) => sets.find(c)));
    if (roots.size !== 1) continue;
    sets.union(clubs[0]!, s);
    if (!CLUBS_OF.has(s)) continue;
    // The tagger reads a plural nickname as a people ("the Saints": `other`); it is the club's.
    const e = bySurface.get(s)!.evidence;
    e.organization += e.other + e.place;
    e.other = e.place = 0;
  }
}

/**
 * Whether a group of names holds a listed nickname beside another name ("Liverpool" and
 * "Reds"): then it is the club (entity-types.ts), whatever its city's name says. A nickname alone
 * proves nothing ("the Blues", "the Eagles", "the Saints" are music and faith too).
 */
export const joinedClubNickname = (surfaces: readonly string[]): boolean =>
  surfaces.length > 1 && surfaces.some((s) => CLUBS_OF.has(s));
