/**
 * wink-pos-tagger's `tagRawTokens`, Penn Treebank tags only: exactly the tags it gives, found
 * with less work. wink-pos-tagger (MIT, GRAYPE Systems; its context rules derive from fnTBL)
 * tags a sentence in three steps, and this does the same three with wink's own data:
 *
 * 1. every token gets its lexicon tags (`unigram-tagger.js`, called as wink calls it) — here
 *    worked out once per distinct token and kept, since they depend on the token alone;
 * 2. wink's four sets of context rules are applied in wink's order, each rule tested as wink
 *    tests it — here with the rules' conditions read once, and a condition that is a plain word
 *    (`/^said$/`) compared as a string rather than run as a regular expression;
 * 3. of its lemmatiser, only what changes a tag: a decade ("1990s") is CD, and a capitalised
 *    adjective or noun is NNP.
 *
 * test/unit/pos-tagger.test.ts checks the tags against `tagRawTokens` itself.
 */
import lexicon from 'wink-lexicon/src/lexicon.js';
import unigramPOSTagger from 'wink-pos-tagger/src/unigram-tagger.js';
import posRulesGE0 from 'wink-pos-tagger/src/rules/pos-rules-ge0.js';
import posRulesLE0 from 'wink-pos-tagger/src/rules/pos-rules-le0.js';
import valueRulesGE0 from 'wink-pos-tagger/src/rules/value-rules-ge0.js';
import valueRulesLE0 from 'wink-pos-tagger/src/rules/value-rules-le0.js';
import type { WinkContextRules } from 'wink-pos-tagger/src/rules/pos-rules-ge0.js';

/**
 * A sentence's tokens as the rules read them, a column per property: each token's text, its
 * normal (lower-case) form and its tag so far. The columns are reused from sentence to sentence
 * (only the first `length` entries count): no object per token.
 */
interface Columns {
  value: readonly string[];
  readonly normal: string[];
  readonly pos: string[];
  length: number;
}

/** What step 1 gives a token, whatever its sentence. */
interface Unigram {
  readonly normal: string;
  readonly pos: string;
  /** The tags a rule may give it (a rule's tag must be one of these). */
  readonly poses: readonly string[];
}

// As in wink-pos-tagger.js: how a raw token is classed before tagging.
// eslint-disable-next-line no-useless-escape
const NUMBER = /^\d+\/\d+|\d(?:[\.\,\-\/]?\d)*(?:\.\d+)?$/;
// eslint-disable-next-line no-useless-escape
const PUNCTUATION = /^[\’\'\‘\’\`\“\”\"\[\]\(\)\{\}\…\,\.\!\;\?\-\:]+$/;

/** wink-helpers' `string.normalize`, which wink-pos-tagger gives each token: lower case, accents removed. */
const normalize = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const unigrams = new Map<string, Unigram>();
/** Distinct tokens kept at most (a book has far fewer; the cache starts again when full). */
const UNIGRAM_LIMIT = 200_000;

function unigram(value: string): Unigram {
  let u = unigrams.get(value);
  if (u) return u;
  const tag = NUMBER.test(value) ? 'number' : PUNCTUATION.test(value) ? 'punctuation' : 'word';
  const token: { value: string; tag: string; normal: string; pos?: string } = {
    value,
    tag,
    normal: normalize(value),
  };
  const poses = unigramPOSTagger(token, lexicon);
  u = { normal: token.normal, pos: token.pos!, poses };
  if (unigrams.size >= UNIGRAM_LIMIT) unigrams.clear();
  unigrams.set(value, u);
  return u;
}

/** One condition of a rule: a token property at an offset (or at any offset of a range) matches. */
interface Test {
  readonly from: number;
  readonly to: number;
  readonly property: 'normal' | 'pos' | 'value';
  /** The one string the pattern matches, when it is `^word$` of plain characters; else null. */
  readonly literal: string | null;
  readonly pattern: RegExp;
}

interface Rule {
  readonly tests: readonly Test[];
  readonly at: number;
  readonly willBe: string;
}

/** A pattern of the form /^word$/ (no flags, no special characters) matches exactly that word. */
const PLAIN = /^\^([A-Za-z0-9,']+)\$$/;

function compile(set: WinkContextRules): Map<string, readonly Rule[]> {
  const out = new Map<string, readonly Rule[]>();
  for (const pos of Object.keys(set)) {
    out.set(
      pos,
      set[pos]!.map((r) => ({
        tests: r.rules.map((c) => {
          const range = c.op === 1 ? c.operand.range! : [c.operand.delta!, c.operand.delta!];
          const plain = c.matches.flags === '' ? PLAIN.exec(c.matches.source) : null;
          return {
            from: range[0]!,
            to: range[1]!,
            property: c.operand.property,
            literal: plain ? plain[1]! : null,
            pattern: c.matches,
          };
        }),
        at: r.thenPosAt,
        willBe: r.willBe,
      })),
    );
  }
  return out;
}

/** wink's order: rules looking back first (specific words, then tags), then those looking ahead. */
let RULE_SETS: readonly Map<string, readonly Rule[]>[] | null = null;

function passes(tokens: Columns, i: number, test: Test): boolean {
  const column = tokens[test.property];
  for (let k = test.from; k <= test.to; k++) {
    const j = i + k;
    if (j < 0 || j >= tokens.length) continue;
    const v = column[j]!;
    if (test.literal !== null ? v === test.literal : test.pattern.test(v)) return true;
  }
  return false;
}

/** wink's applyContextRules: per token, the first rule of its tag that applies changes a tag. */
function applyRules(tokens: Columns, poses: readonly (readonly string[])[], rules: Map<string, readonly Rule[]>): void {
  for (let i = 0; i < tokens.length; i++) {
    const list = rules.get(tokens.pos[i]!);
    if (!list) continue;
    for (const rule of list) {
      let change = true;
      for (let k = 0; k < rule.tests.length && change; k++) change = passes(tokens, i, rule.tests[k]!);
      if (change && poses[i]!.indexOf(rule.willBe) !== -1) {
        tokens.pos[rule.at + i] = rule.willBe;
        break;
      }
    }
  }
}

/** Decades, which wink's lemmatiser tags CD. */
const DECADES = new Set(
  ['1990s', '1980s', '1970s', '1960s', '1950s', '1940s', '1930s', '1910s'].flatMap((y) => [y, `mid-${y}`]),
);
DECADES.add('mid-1920s');
/** Contractions wink's lemmatiser leaves alone (their tag is never changed). */
const LEMMA_EXCEPTIONS = new Set(['ai', 'ca', 'sha', "'ll", 'wo', "'ve", "'m", "'re", "n't", "'d"]);

const NO_FORMS: readonly string[] = [];
/** pennTags' columns and each token's possible tags, reused. */
const COLUMNS: Columns = { value: NO_FORMS, normal: [], pos: [], length: 0 };
const POSES: (readonly string[])[] = [];

/** The Penn Treebank tag of each token, exactly as `posTagger().tagRawTokens(forms)` tags it. */
export function pennTags(forms: readonly string[]): string[] {
  RULE_SETS ??= [valueRulesLE0, posRulesLE0, valueRulesGE0, posRulesGE0].map(compile);
  const n = forms.length;
  const tokens = COLUMNS;
  tokens.value = forms;
  tokens.length = n;
  const { normal, pos } = tokens;
  const poses = POSES;
  for (let i = 0; i < n; i++) {
    const u = unigram(forms[i]!);
    normal[i] = u.normal;
    pos[i] = u.pos;
    poses[i] = u.poses;
  }
  for (const rules of RULE_SETS) applyRules(tokens, poses, rules);
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (DECADES.has(normal[i]!)) pos[i] = 'CD';
    const first = pos[i]![0];
    const v0 = forms[i]![0];
    if (
      !LEMMA_EXCEPTIONS.has(normal[i]!) &&
      (first === 'J' || first === 'N') &&
      v0 !== undefined &&
      v0 >= 'A' &&
      v0 <= 'Z'
    )
      pos[i] = 'NNP';
    out[i] = pos[i]!;
  }
  tokens.value = NO_FORMS;
  return out;
}
