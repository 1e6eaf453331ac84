import type { Analysis } from '../analysis/types.js';
import type { ShelfEntity } from '../layout/shelf-index.js';

/**
 * What the shelf sees of its index while it is built in the background (src/app/shelf-indexer.ts
 * fills it): how far it has got, the entities across the articles done so far, and the analysis
 * of an indexed article, so that an article opened from the index opens with its entities at once.
 */
export interface IndexSnapshot {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

export interface ShelfIndexFeed {
  snapshot(): IndexSnapshot;
  /** Calls `listener` with each new snapshot (a few times a second at most); returns the unsubscribe. */
  subscribe(listener: (snapshot: IndexSnapshot) => void): () => void;
  /** The X-Ray index of the articles indexed so far (grouped as they come: layout/shelf-index-builder.ts). */
  entities(): readonly ShelfEntity[];
  /** An indexed article's analysis (without its text), or null when it is not indexed yet. */
  analysis(index: number): Omit<Analysis, 'text'> | null;
  /** Stops the workers. */
  close(): void;
}

/** The shelf's footer note: `indexing 340/2225` while it runs, the failures (if any) once done. */
export function indexNote(s: IndexSnapshot): string {
  if (s.done < s.total) return `indexing ${s.done.toLocaleString('en-GB')}/${s.total.toLocaleString('en-GB')}`;
  return s.failed ? `indexed; ${s.failed} could not be analysed` : '';
}
