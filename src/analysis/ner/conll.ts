/**
 * CoNLL-2003 files and the shared task's way of scoring them (conlleval: exact span and type).
 * Used by the trainer and the evaluation; the data itself never enters the project.
 */

/** The tag set the tagger predicts: BIO over the four CoNLL types. */
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof TYPES)[number];
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;
/** Tag index → type index (−1 for O); B-X is 1 + 2·type, I-X is 2 + 2·type. */
export const tagType = (tag: number): number => (tag === 0 ? -1 : (tag - 1) >> 1);
export const isInside = (tag: number): boolean => tag > 0 && (tag & 1) === 0;
export const beginTag = (type: number): number => 1 + 2 * type;
export const insideTag = (type: number): number => 2 + 2 * type;

export interface ConllSentence {
  readonly words: readonly string[];
  /** BIO tag indices into TAGS. */
  readonly tags: Uint8Array;
}
export type ConllDocument = readonly ConllSentence[];

/**
 * Reads a CoNLL-2003 file (token POS chunk NER, IOB1) into documents of sentences with BIO tags.
 * IOB1 uses B- only between two adjacent entities of one type; BIO starts every entity with B-.
 */
export function parseConll(content: string): ConllDocument[] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] | null = null;
  let words: string[] = [];
  let iob: string[] = [];
  const endSentence = () => {
    if (!words.length) return;
    if (!doc) docs.push((doc = []));
    doc.push({ words, tags: iob1ToBio(iob) });
    words = [];
    iob = [];
  };
  for (const line of content.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      endSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      docs.push((doc = []));
      continue;
    }
    words.push(cols[0]!);
    iob.push(cols[cols.length - 1]!);
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}

function iob1ToBio(iob: readonly string[]): Uint8Array {
  const out = new Uint8Array(iob.length);
  let prevType = '';
  iob.forEach((tag, i) => {
    if (tag === 'O') {
      prevType = '';
      return;
    }
    const [prefix, type] = tag.split('-') as [string, string];
    const t = TYPES.indexOf(type as ConllType);
    if (t < 0) throw new Error(`unknown CoNLL tag ${tag}`);
    out[i] = prefix === 'B' || type !== prevType ? beginTag(t) : insideTag(t);
    prevType = type;
  });
  return out;
}

export interface TypedSpan {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly type: number;
}

/** Entity spans of a BIO sequence, conlleval style: a stray I-X starts an entity. */
export function bioSpans(tags: ArrayLike<number>): TypedSpan[] {
  const out: TypedSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 0;
    const t = tagType(tag);
    const continues = isInside(tag) && t === type;
    if (start >= 0 && !continues) {
      out.push({ start, end: i, type });
      start = -1;
      type = -1;
    }
    if (tag !== 0 && !continues) {
      start = i;
      type = t;
    }
  }
  return out;
}

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ConllScore {
  /** Over all four types. */
  readonly micro: Score;
  /** Over PER, ORG and LOC only (MISC ignored on both sides). */
  readonly microPerOrgLoc: Score;
  readonly perType: Readonly<Record<ConllType, Score>>;
  readonly tokenAccuracy: number;
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    tp,
    fp,
    fn,
  };
};

/** Exact-span, exact-type scores of predicted against gold BIO sequences (one pair per sentence). */
export function scoreConll(gold: readonly ArrayLike<number>[], predicted: readonly ArrayLike<number>[]): ConllScore {
  const tp = [0, 0, 0, 0],
    fp = [0, 0, 0, 0],
    fn = [0, 0, 0, 0];
  let correct = 0,
    total = 0;
  gold.forEach((g, s) => {
    const p = predicted[s]!;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) correct++;
    total += g.length;
    const gs = bioSpans(g),
      ps = bioSpans(p);
    const key = (x: TypedSpan) => `${x.start}:${x.end}:${x.type}`;
    const gk = new Set(gs.map(key));
    for (const x of ps) {
      if (gk.has(key(x))) tp[x.type]!++;
      else fp[x.type]!++;
    }
    const pk = new Set(ps.map(key));
    for (const x of gs) if (!pk.has(key(x))) fn[x.type]!++;
  });
  const sum = (a: number[], types: number[]) => types.reduce((n, t) => n + a[t]!, 0);
  const all = [0, 1, 2, 3],
    pol = [0, 1, 2];
  const perType = Object.fromEntries(TYPES.map((name, t) => [name, score(tp[t]!, fp[t]!, fn[t]!)])) as Record<
    ConllType,
    Score
  >;
  return {
    micro: score(sum(tp, all), sum(fp, all), sum(fn, all)),
    microPerOrgLoc: score(sum(tp, pol), sum(fp, pol), sum(fn, pol)),
    perType,
    tokenAccuracy: total ? correct / total : 0,
  };
}

/**
 * The fixed split of wikigold's public file into training and development documents: counting
 * documents from 0 in file order, every fifth (4, 9, 14, …) is development (23 of 116), the rest
 * training. `npm run train` learns from the training part and chooses epochs on the development
 * part; `npm run eval` reports the development part.
 */
export const isWikigoldDevelopment = (documentIndex: number): boolean => documentIndex % 5 === 4;

export function splitWikigold(docs: readonly ConllDocument[]): {
  train: ConllDocument[];
  development: ConllDocument[];
} {
  return {
    train: docs.filter((_, d) => !isWikigoldDevelopment(d)),
    development: docs.filter((_, d) => isWikigoldDevelopment(d)),
  };
}
