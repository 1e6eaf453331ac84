import type { Span } from '../load/article.js';

export type { Span };

/** `other` is CoNLL's MISC: nationalities, events, works, and names that are none of the rest. */
export type EntityType = 'person' | 'organization' | 'place' | 'other' | 'date';

export type Mention = Span;

export interface Entity {
  /** Stable within one analysis, e.g. `organization:kataib-hezbollah`. */
  readonly id: string;
  /** The fullest name the article uses. */
  readonly name: string;
  readonly type: EntityType;
  /** Other names the article uses for it ("Centcom" for "US Central Command"). */
  readonly aliases: readonly string[];
  /** Every mention, sorted by start. */
  readonly mentions: readonly Mention[];
}

export interface Quote extends Span {
  /** The speaker as the article names them ("one man"), or null when unknown. */
  readonly speaker: string | null;
  /** The entity id when the speaker is an entity. */
  readonly speakerEntity: string | null;
  /** The cue verb that introduces the quote ("said", "shouted"), or null. */
  readonly verb: string | null;
}

export interface NumberMention extends Span {
  readonly value: number | null;
  /** What it counts ("85 strikes" → "strikes"), or null. */
  readonly unit: string | null;
}

/** A date expression, placed on the calendar where the text allows it (analysis/timeline.ts). */
export interface DateMention extends Span {
  /** ISO 8601: a day, a month, a year, an ISO week, or an interval (1990/1999); null when it cannot be placed. */
  readonly value: string | null;
}

export interface Section extends Span {
  readonly title: string | null;
}

/** Everything lede knows about one article: exactly what `lede --json` prints. */
export interface Analysis {
  readonly title: string;
  readonly text: string;
  readonly sections: readonly Section[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly numbers: readonly NumberMention[];
  /** Every date expression (the date entities' mentions), in the order of the text. */
  readonly dates: readonly DateMention[];
}
