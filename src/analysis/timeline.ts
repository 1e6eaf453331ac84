import { SMALL, TENS } from './number-words.js';
import type { DateMention, Span } from './types.js';

/**
 * Dates placed on the calendar: each date expression the analysis found, resolved to an ISO 8601
 * value where the text allows it — on its own ("28 January 2024", "2005") or relative to the
 * article's own date ("last Friday", "Wednesday night", "28 January") — and left unplaced
 * (null) where it does not. A date that cannot be placed is never guessed.
 */

/** The day an article speaks from: its publication date, when the page gives one. */
export interface ReferenceDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...SMALL, ...TENS };
/** Fixed-date holidays; Easter, Ramadan and the like move and are left unplaced without a table. */
const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  'boxing day': [12, 26],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'new year': [1, 1],
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));
const refDate = (r: ReferenceDate): Date => utc(r.year, r.month, r.day);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const DAY_MS = 86_400_000;

/** A month's index (1–12) from its name or abbreviation ("Sept.", "Jan"), or 0. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i + 1;
}

/** A valid calendar day, or null ("31 February" is no date). */
function calendarDay(year: number, month: number, day: number): string | null {
  const d = utc(year, month, day);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? iso(d) : null;
}

/**
 * The year that puts a day and month nearest the reference: "28 December" in an article of
 * 2 January is last year's.
 */
function nearestYear(month: number, day: number, ref: ReferenceDate): number {
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  const r = refDate(ref).getTime();
  return candidates.reduce((best, y) =>
    Math.abs(utc(y, month, day).getTime() - r) < Math.abs(utc(best, month, day).getTime() - r) ? y : best,
  );
}

/** ISO week (2024-W05) of a day: the week's Thursday decides its year. */
function isoWeek(d: Date): string {
  const thursday = addDays(d, 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - utc(year, 1, 1).getTime()) / DAY_MS / 7);
  return `${year}-W${pad(week)}`;
}

function shiftMonth(ref: ReferenceDate, by: number): string {
  const m = ref.year * 12 + (ref.month - 1) + by;
  return `${pad(Math.floor(m / 12), 4)}-${pad((m % 12) + 1)}`;
}

/** The weekday `day` (0 = Sunday) on or before `d` (or strictly before, or after). */
function weekday(d: Date, day: number, direction: 'onOrBefore' | 'before' | 'after'): Date {
  const diff = (d.getUTCDay() - day + 7) % 7;
  if (direction === 'onOrBefore') return addDays(d, -diff);
  if (direction === 'before') return addDays(d, -(diff === 0 ? 7 : diff));
  const ahead = (day - d.getUTCDay() + 7) % 7;
  return addDays(d, ahead === 0 ? 7 : ahead);
}

/** Words in the sentence that put a bare weekday ahead of the article rather than behind it. */
const FUTURE =
  /\b(?:will|'ll|’ll|is due|are due|is set to|are set to|is expected to|are expected to|plans? to|scheduled)\b/i;

/**
 * Resolves one date expression. `sentence` is the sentence around it (tense decides whether a bare
 * weekday is the one before or after the article's date). Returns an ISO 8601 value — a day
 * (2024-01-28), a month (2024-01), a year, an ISO week (2024-W05), a time on a day
 * (2024-01-28T21:30), or an interval (1990/1999) — or null when the text does not allow it.
 */
export function resolveDate(surface: string, ref: ReferenceDate | null, sentence = ''): string | null {
  const s = surface
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[’']s$/, '');
  const lower = s.toLowerCase();
  let m: RegExpMatchArray | null;

  // Absolute: 28 January 2024, Friday 4 January 2024, January 28, 2024, 1st of May 2005
  if ((m = s.match(/^(?:[A-Za-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+\.?),? (\d{4})$/))) {
    const month = monthOf(m[2]!);
    return month ? calendarDay(Number(m[3]), month, Number(m[1])) : null;
  }
  if ((m = s.match(/^(?:[A-Za-z]+,? )?([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/))) {
    const month = monthOf(m[1]!);
    return month ? calendarDay(Number(m[3]), month, Number(m[2])) : null;
  }
  // January 2024, Christmas 2004, summer 2006 (a season is a stretch, not a month: unplaced)
  if ((m = s.match(/^([A-Za-z]+\.?) (\d{4})$/))) {
    const month = monthOf(m[1]!);
    if (month) return `${m[2]}-${pad(month)}`;
    const holiday = HOLIDAYS[m[1]!.toLowerCase()];
    return holiday ? calendarDay(Number(m[2]), holiday[0], holiday[1]) : null;
  }
  // A year, a season's year ("2004-05" is a season: the year it starts), a decade, a century
  if ((m = s.match(/^(?:the )?(1[89]\d\d|20\d\d)$/i))) return m[1]!;
  if ((m = s.match(/^(?:the )?(1[89]\d|20\d)0s$/i))) return `${m[1]}0/${m[1]}9`;
  if ((m = s.match(/^(?:the )?(the end|the start|the beginning|the middle|end|start|beginning|middle) of (\d{4})$/i)))
    return m[2]!;
  if ((m = s.match(/^mid-(\d{4})$/i))) return m[1]!;
  if ((m = s.match(/^(?:the )?(\d{1,2})(?:st|nd|rd|th) century$/i))) {
    const c = Number(m[1]);
    return `${pad((c - 1) * 100, 4)}/${pad(c * 100 - 1, 4)}`;
  }

  if (!ref) return null;
  const today = refDate(ref);

  // 28 January, January 28, Friday 4 January: the year nearest the article's date
  if ((m = s.match(/^(?:[A-Za-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+\.?)$/))) {
    const month = monthOf(m[2]!);
    const day = Number(m[1]);
    return month ? calendarDay(nearestYear(month, day, ref), month, day) : null;
  }
  if ((m = s.match(/^(?:[A-Za-z]+,? )?([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?$/))) {
    const month = monthOf(m[1]!);
    const day = Number(m[2]);
    return month ? calendarDay(nearestYear(month, day, ref), month, day) : null;
  }
  // March last year, October this year
  if ((m = s.match(/^([A-Za-z]+) (last|this|next) year$/i))) {
    const month = monthOf(m[1]!);
    const y = ref.year + ({ last: -1, this: 0, next: 1 } as const)[m[2]!.toLowerCase() as 'last' | 'this' | 'next'];
    return month ? `${y}-${pad(month)}` : null;
  }
  // yesterday, today, tonight, tomorrow
  const near: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
  if (lower in near) return iso(addDays(today, near[lower]!));
  // (last|next|this) Friday, Wednesday night, Friday: a bare weekday is the last one, or the next
  // when the sentence speaks of the future
  if (
    (m = lower.match(/^(?:(last|next|this|early on|late on) )?([a-z]+day)(?: (?:morning|afternoon|evening|night))?$/))
  ) {
    const day = DAYS.indexOf(m[2]!);
    if (day < 0) return null;
    const cue = m[1];
    if (cue === 'last') return iso(weekday(today, day, 'before'));
    if (cue === 'next') return iso(weekday(today, day, 'after'));
    if (FUTURE.test(sentence)) return iso(weekday(addDays(today, -1), day, 'after'));
    return iso(weekday(today, day, 'onOrBefore'));
  }
  // last week/month/year, this year, next month, earlier this week
  if (
    (m = lower.match(/^(?:(?:earlier|later) )?(last|this|next|the past|the previous|past|previous) (week|month|year)$/))
  ) {
    const by = m[1] === 'next' ? 1 : m[1] === 'this' ? 0 : -1;
    if (m[2] === 'week') return isoWeek(addDays(today, 7 * by));
    if (m[2] === 'month') return shiftMonth(ref, by);
    return String(ref.year + by);
  }
  // in January, last December, next March: a month alone is this year's, or the nearest
  if ((m = lower.match(/^(?:(last|next|this|early|late|earlier this|later this) )?([a-z]+)$/))) {
    const month = monthOf(m[2]!);
    if (!month) return null;
    const cue = m[1];
    if (cue === 'last') return `${month < ref.month ? ref.year : ref.year - 1}-${pad(month)}`;
    if (cue === 'next') return `${month > ref.month ? ref.year : ref.year + 1}-${pad(month)}`;
    return `${nearestYear(month, 15, ref)}-${pad(month)}`;
  }
  // two weeks ago, a year earlier ("earlier" and "later" count from the article only when the
  // text gives no other anchor, so only "ago" is placed)
  if ((m = lower.match(/^(\d+|[a-z]+) (day|week|month|year)s? ago$/))) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
    if (!n) return null;
    if (m[2] === 'day') return iso(addDays(today, -n));
    if (m[2] === 'week') return isoWeek(addDays(today, -7 * n));
    if (m[2] === 'month') return shiftMonth(ref, -n);
    return String(ref.year - n);
  }
  const holiday = HOLIDAYS[lower.replace(/^(last|this|next) /, '')];
  if (holiday) {
    const cue = lower.split(' ')[0];
    const y = cue === 'last' ? ref.year - 1 : cue === 'next' ? ref.year + 1 : nearestYear(holiday[0], holiday[1], ref);
    return calendarDay(y, holiday[0], holiday[1]);
  }
  return null;
}

/** A page's publication date ("2015-04-24T10:00:00Z", "April 24, 2015"), or null. */
export function parseReferenceDate(published: string | undefined): ReferenceDate | null {
  if (!published) return null;
  const isoDay = published.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (isoDay) {
    const [y, mo, d] = [Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3])];
    return calendarDay(y, mo, d) ? { year: y, month: mo, day: d } : null;
  }
  const written = resolveDate(published.replace(/\s+\d{1,2}:\d{2}.*$/, ''), null);
  const day = written?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : null;
}

/** Where a resolved value starts, for ordering: 2024-W05 and 1990/1999 sort by their first day. */
export function sortKey(value: string): string {
  const week = value.match(/^(\d{4})-W(\d{2})$/);
  if (week) {
    const jan4 = utc(Number(week[1]), 1, 4);
    const monday = addDays(jan4, -((jan4.getUTCDay() + 6) % 7) + 7 * (Number(week[2]) - 1));
    return iso(monday);
  }
  return value.split('/')[0]!;
}

/**
 * Every date span resolved, each read with its sentence (for tense). `spans` and `sentences` are
 * sorted by start.
 */
export function resolveDates(
  text: string,
  spans: readonly Span[],
  sentences: readonly Span[],
  reference: ReferenceDate | null,
): DateMention[] {
  let k = 0;
  return spans.map((s) => {
    while (k < sentences.length && sentences[k]!.end <= s.start) k++;
    const sentence = sentences[k] && sentences[k]!.start <= s.start ? sentences[k]! : s;
    const around = text.slice(sentence.start, sentence.end);
    return { start: s.start, end: s.end, value: resolveDate(text.slice(s.start, s.end), reference, around) };
  });
}
