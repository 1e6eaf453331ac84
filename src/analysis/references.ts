import { noEvidence, type Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';

/** What may follow a reference's publisher: access and archive notes, an ISBN, a date, the item's end. */
const AFTER_PUBLISHER =
  /^(?:Retrieved|Archived|ISBN|Accessed|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/u;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** A domain standing as a publisher: "techcrunch.com", "LWN.net", "blog.example.org". */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
/** A lone capital before a dot, in a name: "Stephanie M" of "Stephanie M. Lee". */
const INITIAL_BEFORE = /(?:^|\s)\p{Lu}$/u;
/** The site at the end of an author's credit: "Hanna Levintova article on motherjones.com". */
const SITE_AFTER_AUTHOR =
  /^\p{Lu}.*\s(?:article|blog|column|post|piece|story) (?:on|at|for|in) ([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,})$/u;
const LINK_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de']);
const MAX_WORDS = 6;

/** A publisher's name: a few capitalised words ("The Mozilla Blog", "Roxr Software Ltd") or a domain. */
function publisherLike(s: string): boolean {
  if (!s || s.length > 60 || /["“”:;()[\]]/u.test(s) || MONTH.test(s)) return false;
  if (DOMAIN.test(s)) return true;
  const words = s.split(' ');
  return (
    words.length <= MAX_WORDS &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((w) => LINK_WORDS.has(w) || /^[\p{Lu}\d]/u.test(w)) &&
    /\p{Ll}/u.test(s)
  );
}

/**
 * A reference list's publisher: `"Title". Publisher. Retrieved 2012-08-19.` (the form of
 * Wikipedia's and most citation styles). The one or two short names between a quoted title and
 * the access date, the archive note, an ISBN or the end of the item are the work and its
 * publisher: organisations, whatever the tagger read there (a person, a place, part of a name).
 * Found from the quoted titles alone, so the text is not scanned word by word.
 */
export function referencePublishers(text: string, candidates: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const close of ['". ', '”. ']) {
    for (let at = text.indexOf(close); at >= 0; at = text.indexOf(close, at + 1)) {
      const segments: { start: number; end: number }[] = [];
      let start = at + close.length;
      let accepted = false;
      for (let k = 0; k < 2; k++) {
        const stop = text.indexOf('.', start);
        const line = text.indexOf('\n', start);
        // "Mozilla Foundation.\n", "LWN.net. 21 December 2005": a domain's dots are inside it.
        // An author's initial is no segment's end either: "Stephanie M. Lee's blog on sfgate.com".
        let end = stop;
        while (
          end >= 0 &&
          (/[\p{L}\d]/u.test(text[end + 1] ?? '') || INITIAL_BEFORE.test(text.slice(start, end))) &&
          (line < 0 || end < line)
        )
          end = text.indexOf('.', end + 1);
        if (end < 0 || (line >= 0 && line < end)) break;
        const s = text.slice(start, end);
        // "Josh Eidelson article on salon.com": the site an author wrote on is a publisher too.
        const site = publisherLike(s) ? null : SITE_AFTER_AUTHOR.exec(s)?.[1];
        if (!publisherLike(s) && !site) break;
        segments.push({ start: site ? end - site.length : start, end });
        const rest = text.slice(end + 1, end + 12);
        if (rest === '' || rest.startsWith('\n') || (rest.startsWith(' ') && AFTER_PUBLISHER.test(rest.slice(1)))) {
          accepted = true;
          break;
        }
        start = end + 2;
      }
      if (!accepted) continue;
      for (const { start: s, end: e } of segments) {
        const surface = text.slice(s, e);
        const evidence = noEvidence();
        evidence.organization = CUE_WEIGHT;
        found.push({ start: s, end: e, surface, words: surface.split(' '), evidence });
      }
    }
  }
  for (const b of bookPublishers(text)) if (!found.some((f) => f.start < b.end && b.start < f.end)) found.push(b);
  if (!found.length) return [...candidates];
  const taken = found.map((f) => [f.start, f.end] as const);
  const kept = candidates.filter((c) => !taken.some(([s, e]) => c.start < e && s < c.end));
  return [...kept, ...found];
}

/**
 * A book's publisher, the short name just before its ISBN: "The Founders of Netscape. Rosen
 * Publishing Group. ISBN 9781404207196" (or "New York: Rosen Publishing Group. ISBN …").
 */
function bookPublishers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf('. ISBN'); at >= 0; at = text.indexOf('. ISBN', at + 1)) {
    const stop = Math.max(text.lastIndexOf('. ', at - 1), text.lastIndexOf(': ', at - 1));
    const line = text.lastIndexOf('\n', at - 1);
    if (stop < 0 || stop < line) continue;
    const start = stop + 2;
    const surface = text.slice(start, at);
    if (!publisherLike(surface) || DOMAIN.test(surface)) continue;
    const evidence = noEvidence();
    evidence.organization = CUE_WEIGHT;
    found.push({ start, end: at, surface, words: surface.split(' '), evidence });
  }
  return found;
}
