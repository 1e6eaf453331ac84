import { noEvidence, type Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';

/**
 * Repairs of name spans from the words right after them or inside them (issue 10): a firm's
 * name goes on to its legal word ("Phoenix Technologies", "Coresight Research"), a website is
 * named by its domain ("Arduino.org", "Wired.com"), an e-mail address is no name at all.
 */

/** Words that end a firm's name, when the tagger stopped before them: "Phoenix Technologies". */
export const FIRM_WORDS: ReadonlySet<string> = new Set(
  'Technologies Technology Research Company Group Inc Corp Corporation Co Ltd LLC plc PLC Holdings Systems Labs Laboratories Partners Associates Enterprises Industries Communications Publishing Ventures Consulting Solutions Software'.split(
    ' ',
  ),
);
const ABBREVIATED = new Set(['Inc', 'Corp', 'Co', 'Ltd']);
const LEGAL_FORMS = new Set([...ABBREVIATED, 'Corporation', 'Company', 'LLC', 'plc', 'PLC']);
/** The common top-level domains a website's name ends in (an all-capital one only after a name with small letters: "FastMail.FM", not "ASP.NET"). */
const TLD = 'com|org|net|edu|gov|io|co|cc|fm|tv|info|uk|us|ca|au|de|fr|eu|me|ly';
const DOMAIN = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLD})$`, 'iu');
const CAPITALISED_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}@/.:-])\\p{Lu}[\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLD}|${TLD.toUpperCase()})(?![\\p{L}\\p{N}@/-]|\\.[\\p{L}\\p{N}])`,
  'gu',
);

/** Whether a name is a website's domain: "Wired.com", "motherjones.com", "FastMail.FM". */
export function isDomain(surface: string): boolean {
  if (!DOMAIN.test(surface)) return false;
  const dot = surface.lastIndexOf('.');
  const tld = surface.slice(dot + 1);
  return tld === tld.toLowerCase() || /\p{Ll}/u.test(surface.slice(0, dot));
}

const orgEvidence = (organization = CUE_WEIGHT) => ({ ...noEvidence(), organization });

/** `text[start, end)` as a candidate organisation: a name whose span a cue ("Council on …", "… Inc") stretched. */
export function organisationSpan(text: string, start: number, end: number, organization = CUE_WEIGHT): Candidate {
  const surface = text.slice(start, end);
  return { start, end, surface, words: surface.split(/\s+/u), evidence: orgEvidence(organization) };
}

/**
 * The candidates with their spans repaired: an e-mail address left out; a domain typed as the
 * website (an organisation) it names; a name followed by one or two of a firm's words made the
 * firm's full name; and every capitalised domain in the text that no candidate covers added
 * ("with Arduino.org offering …", where the tagger saw only "Arduino").
 */
export function repairNameSpans(text: string, candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.surface.includes('@') || text[c.end] === '@' || text[c.start - 1] === '@') continue;
    if (isDomain(c.surface)) {
      out.push({ ...c, evidence: orgEvidence() });
      continue;
    }
    out.push(withFirmWords(text, c));
  }
  // The candidates by start, made only when the text has a capitalised domain.
  let byStart: number[] | null = null;
  let longest = 0;
  const removed = new Set<number>();
  const added: Candidate[] = [];
  for (const m of text.matchAll(CAPITALISED_DOMAIN)) {
    const surface = m[0];
    const start = m.index,
      end = start + surface.length;
    if (!isDomain(surface) || occupied.subarray(start, end).some((x) => x)) continue;
    if (!byStart) {
      byStart = out.map((_, k) => k).sort((a, b) => out[a]!.start - out[b]!.start);
      for (const c of out) longest = Math.max(longest, c.end - c.start);
    }
    // A candidate inside the domain ("Arduino" of "Arduino.org") gives way to it; one reaching out of it keeps it.
    const owners = ownersIn(out, byStart, start - longest, start, end);
    if ([...owners].some((k) => out[k]!.start < start || out[k]!.end > end)) continue;
    for (const k of owners) removed.add(k);
    added.push({ start, end, surface, words: [surface], evidence: orgEvidence() });
  }
  if (!added.length) return out;
  return [...out.filter((_, k) => !removed.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * The candidates that own a character of text[start, end): where candidates overlap, each
 * character's owner is the last of them in `out` (as if each had marked its characters in turn).
 * `byStart` lists out's indices by start; no candidate starting before `from` reaches `start`.
 */
function ownersIn(out: readonly Candidate[], byStart: readonly number[], from: number, start: number, end: number) {
  let lo = 0;
  for (let hi = byStart.length; lo < hi;) {
    const mid = (lo + hi) >>> 1;
    if (out[byStart[mid]!]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const near: number[] = [];
  for (let k = lo; k < byStart.length && out[byStart[k]!]!.start < end; k++)
    if (out[byStart[k]!]!.end > start) near.push(byStart[k]!);
  const owners = new Set<number>();
  for (let i = start; i < end; i++) {
    let owner = -1;
    for (const k of near) if (k > owner && out[k]!.start <= i && i < out[k]!.end) owner = k;
    if (owner >= 0) owners.add(owner);
  }
  return owners;
}

/** "Phoenix" + " Technologies", "Dana F. Besecker" + " Company", "Rosen" + " Publishing Group"; "Pellamy Research" an organisation. */
function withFirmWords(text: string, c: Candidate): Candidate {
  const m = /^ (\p{Lu}\p{L}*)(?: (\p{Lu}\p{L}*))?/u.exec(text.slice(c.end, c.end + 40));
  // "Pellamy Research" read whole but as a place: a firm's word ends it, so it is a firm.
  // (A legal form's own rules type "… Inc" and the names it shares a word with.)
  const last = c.words[c.words.length - 1]!;
  if ((!m || !FIRM_WORDS.has(m[1]!)) && c.words.length > 1 && FIRM_WORDS.has(last) && !LEGAL_FORMS.has(last))
    return { ...c, evidence: { ...c.evidence, organization: c.evidence.organization + CUE_WEIGHT } };
  if (!m || !FIRM_WORDS.has(m[1]!)) return c;
  const words = m[2] && FIRM_WORDS.has(m[2]) ? [m[1]!, m[2]] : [m[1]!];
  let end = c.end + 1 + words.join(' ').length;
  // "Acme Inc., a maker of …": an abbreviation's dot, not a sentence's full stop.
  if (ABBREVIATED.has(words[words.length - 1]!) && /^\.\s*[\p{Ll},]/u.test(text.slice(end, end + 3))) end++;
  return organisationSpan(text, c.start, end, CUE_WEIGHT + c.evidence.organization);
}
