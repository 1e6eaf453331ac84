/** Verbs that introduce reported speech, in the forms news text uses. Hand-written for lede. */
const BASES = [
  'say',
  'tell',
  'add',
  'state',
  'declare',
  'announce',
  'warn',
  'shout',
  'chant',
  'write',
  'explain',
  'insist',
  'claim',
  'argue',
  'ask',
  'reply',
  'respond',
  'describe',
  'call',
  'promise',
  'vow',
  'pledge',
  'admit',
  'acknowledge',
  'note',
  'suggest',
  'confirm',
  'deny',
  'tweet',
  'post',
  'joke',
  'recall',
  'continue',
  'conclude',
  'accuse',
  'urge',
  'predict',
  'remark',
  'comment',
  'cry',
  'scream',
  'yell',
  'whisper',
  'report',
  'complain',
  'stress',
  'emphasise',
  'emphasize',
  'reveal',
  'assert',
  'maintain',
  'concede',
  'boast',
  'quip',
  'mutter',
  'plead',
  'demand',
  'threaten',
  'brand',
  'dub',
  'label',
  'praise',
  'criticise',
  'criticize',
  'condemn',
  'hail',
  'welcome',
  'sing',
  'read',
  'testify',
  'answer',
  'observe',
  'agree',
  'caution',
  'proclaim',
  'sum',
  'tell',
  'dismiss',
  // The tabloids' tags: "“…,” he fumed", "she gushed", "Mum-of-three Leanne Fisk raged: “…”" (not
  // "blast", "slam" or "snap": "Doom 3 has blasted away the competition", "snapped up").
  'fume',
  'gush',
  'rage',
  'rant',
  'seethe',
  'sob',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  deny: ['denied', 'denies', 'denying'],
  testify: ['testified', 'testifies', 'testifying'],
  sing: ['sang', 'sung', 'sings', 'singing'],
  read: ['reads', 'reading'],
  admit: ['admitted', 'admits', 'admitting'],
  quip: ['quipped', 'quips', 'quipping'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  sum: ['summed', 'sums', 'summing'],
  label: ['labelled', 'labeled', 'labels', 'labelling', 'labeling'],
  sob: ['sobbed', 'sobs', 'sobbing'],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]!];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return [base, `${base}s`, base.endsWith('e') ? `${base}d` : `${base}ed`, `${stem}ing`].map((w) =>
    w.replace(/shs$/, 'shes'),
  );
}

/** Every inflected form of a speech verb. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(BASES.flatMap(inflect));

/** Verbs that continue the previous quote's speaker ("…,” he said, adding “…”). */
export const CONTINUATION_VERBS: ReadonlySet<string> = new Set([
  'add',
  'adds',
  'added',
  'adding',
  'continue',
  'continues',
  'continued',
  'continuing',
]);

/** Pronouns that can be the subject of a speech verb, and what they can refer to. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);
export const GROUP_PRONOUNS = new Set(['it', 'they', 'we']);
/** Words that open a relative clause about a person or a thing named before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/**
 * Verbs that introduce a quotation only when it follows them at once ("a sign advertised “…”",
 * "Webmaker aims “to …”"), in finite forms: "aiming to" or "advertised on TV" introduce nothing.
 */
export const FRAMING_VERBS: ReadonlySet<string> = new Set(
  ['aim', 'advertise', 'tout', 'trumpet', 'bill'].flatMap(inflect).filter((w) => !w.endsWith('ing')),
);

/** Verbs that attribute a quotation only after it: "“…,” one response began", "“…,” the headline ran". */
export const AFTER_QUOTE_VERBS: ReadonlySet<string> = new Set(['began', 'begins', 'ran', 'runs', 'went', 'goes']);

/** What a passive's "in the …" can name as a quotation's source: "described as “…” in the release announcement". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  'announcement statement release report letter post paper study memo filing email tweet blog manifesto note notes editorial column guidelines documentation changelog ruling judgment complaint lawsuit indictment petition proposal book essay article'.split(
    ' ',
  ),
);

/**
 * Nouns that stand for a business the text has named ("the company claims", "the airline
 * said"): a speaker phrase "the <noun>" is that business when the text makes clear which, read
 * as "it" would be.
 */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'retailer',
  'airline',
  'carrier',
  'lender',
  'insurer',
  'manufacturer',
  'maker',
  'carmaker',
  'automaker',
  'chipmaker',
  'startup',
  'publisher',
  'broadcaster',
]);

/**
 * Head nouns of a description that stands for one person the text has named ("the Old Trafford
 * boss said", "the Waterford man says", "the 31-year-old admitted"), with the gender some of them
 * give. Not the roles of people news text often leaves unnamed ("a spokesman", "the analyst",
 * "the official", "the source").
 */
export const PERSON_ROLE_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...'boss manager coach leader chief founder player striker midfielder defender goalkeeper captain skipper winger star singer rapper musician actor director chairman winner champion veteran'
    .split(' ')
    .map((w): [string, 'm' | 'f' | null] => [w, null]),
  ['man', 'm'],
  ['woman', 'f'],
  ['actress', 'f'],
  ['chairwoman', 'f'],
  ['businessman', 'm'],
  ['businesswoman', 'f'],
  ...'mother grandmother mum widow'.split(' ').map((w): [string, 'f'] => [w, 'f']),
  ...'father grandfather dad widower'.split(' ').map((w): [string, 'm'] => [w, 'm']),
]);
