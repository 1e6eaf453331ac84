// Scores an analysis (what `lede --json` prints) against a hand-made gold annotation.
// A faithful port of ../shared/tools/score-analysis.mjs's measures, returning numbers instead of
// printing them, so the project's tests and `npm run eval` share one implementation.

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPE = {
  person: 'person',
  per: 'person',
  people: 'person',
  organization: 'organization',
  organisation: 'organization',
  org: 'organization',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
};
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const key = (s) => `${s.start}:${s.end}`;

/**
 * @param {import('./score-lib.d.mts').Gold} gold
 * @param {{ text: string, entities?: any[], quotes?: any[], numbers?: any[] }} pred
 * @returns {import('./score-lib.d.mts').Score}
 */
export function scoreAnalysis(gold, pred) {
  const text = pred.text;
  // A mention [surface, n] is the n-th case-sensitive whole-word occurrence of surface.
  function occurrence([surface, n]) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(surface)}(?![\\p{L}\\p{N}])`, 'gu');
    const m = [...text.matchAll(re)][n];
    return m ? { start: m.index, end: m.index + surface.length } : null;
  }

  // Named-entity mentions: exact span and type.
  const goldSpans = new Map();
  let unplaced = 0;
  gold.entities.forEach((e, gi) => {
    for (const m of e.mentions) {
      const s = occurrence(m);
      if (s) goldSpans.set(key(s), { type: e.type, gi });
      else unplaced++;
    }
  });
  const optional = new Set((gold.optional || []).map(occurrence).filter(Boolean).map(key));
  const predSpans = new Map();
  (pred.entities || []).forEach((e, pi) => {
    const type = TYPE[String(e.type).toLowerCase()];
    if (!type) return;
    for (const m of e.mentions || []) predSpans.set(key(m), { type, pi });
  });
  let tp = 0,
    fp = 0;
  for (const [k, p] of predSpans) {
    const g = goldSpans.get(k);
    if (g && g.type === p.type) tp++;
    else if (!optional.has(k)) fp++;
  }
  const fn = goldSpans.size + unplaced - tp;
  const P = tp / (tp + fp || 1),
    R = tp / (tp + fn || 1);

  // Grouping: all mentions of a gold entity in one predicted entity holding no other gold entity's mentions.
  let grouped = 0;
  const misgrouped = [];
  gold.entities.forEach((e, gi) => {
    const owners = new Set();
    for (const m of e.mentions) {
      const s = occurrence(m);
      const p = s && predSpans.get(key(s));
      owners.add(p ? p.pi : -1);
    }
    const [only] = owners;
    const clean =
      owners.size === 1 &&
      only !== -1 &&
      [...predSpans.entries()].every(([k, p]) => p.pi !== only || !goldSpans.has(k) || goldSpans.get(k).gi === gi);
    if (clean) grouped++;
    else misgrouped.push(e.name);
  });

  // Dates and numbers: any overlap counts.
  function overlapScore(goldList, predList) {
    const g = goldList.map(occurrence).filter(Boolean);
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    const found = g.filter((s) => predList.some((p) => overlaps(s, p))).length;
    const right = predList.filter((p) => g.some((s) => overlaps(s, p))).length;
    return {
      found,
      total: goldList.length,
      right,
      predicted: predList.length,
      recall: found / (goldList.length || 1),
      precision: right / (predList.length || 1),
    };
  }
  const predDates = (pred.entities || []).filter((e) => /^(date|time)$/i.test(e.type)).flatMap((e) => e.mentions || []);
  const dates = overlapScore(gold.dates || [], predDates);
  const numbers = overlapScore(gold.numbers || [], pred.numbers || []);

  // Quotes: text equal after stripping marks, punctuation and space at the ends; speaker by name or alias.
  const norm = (s) =>
    String(s || '')
      .replace(/^[\s"'“”‘’«».,;:!?-]+|[\s"'“”‘’«».,;:!?-]+$/g, '')
      .toLowerCase();
  const names = new Map(gold.entities.map((e) => [e.name, [e.name, ...(e.aliases || [])].map((x) => x.toLowerCase())]));
  let qFound = 0,
    qSpeaker = 0;
  const predQuotes = (pred.quotes || []).map((q) => ({
    t: norm(text.slice(q.start, q.end)),
    speaker: String(q.speaker || '').toLowerCase(),
  }));
  for (const q of gold.quotes || []) {
    const p = predQuotes.find((x) => x.t === norm(q.text));
    if (!p) continue;
    qFound++;
    const ok = (names.get(q.speaker) || [q.speaker.toLowerCase()]).some(
      (n) => p.speaker && (p.speaker.includes(n) || n.includes(p.speaker)),
    );
    if (ok) qSpeaker++;
  }

  return {
    entities: { precision: P, recall: R, f1: f1(P, R), tp, fp, fn },
    grouped: { count: grouped, total: gold.entities.length, misgrouped },
    dates,
    numbers,
    quotes: {
      found: qFound,
      total: (gold.quotes || []).length,
      speakersRight: qSpeaker,
      extra: predQuotes.length - qFound,
    },
  };
}

/** The shared scorer's SUMMARY line, for comparing runs at a glance. */
export function summaryLine(s) {
  const fmt = (x) => x.toFixed(3);
  return (
    `SUMMARY entityF1=${fmt(s.entities.f1)} grouped=${s.grouped.count}/${s.grouped.total} ` +
    `datesR=${fmt(s.dates.recall)} datesP=${fmt(s.dates.precision)} numbersR=${fmt(s.numbers.recall)} ` +
    `numbersP=${fmt(s.numbers.precision)} quotes=${s.quotes.found}/${s.quotes.total} speakers=${s.quotes.speakersRight}/${s.quotes.total}`
  );
}
