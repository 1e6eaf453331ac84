/**
 * The reader's view state, the actions on it and the options it starts from: the types the
 * reducer (state.ts) and its sub-reducers share.
 */
import type { Analysis, Entity, Span } from '../analysis/types.js';
import { paragraphSpans, sectionSpans } from '../analysis/structure.js';
import type { LazyLayout } from '../layout/wrap.js';
import type { Article } from '../load/article.js';
import type { Command, Focus } from './keymap.js';
import type * as linksView from './links-view.js';
import type { Nav } from './navigation.js';
import type * as outline from './outline.js';
import type * as views from './reader-views.js';
import type { Search } from './search.js';
import type { Trail } from './shelf-trail.js';

export interface Document {
  readonly article: Article;
  readonly analysis: Analysis;
}

/**
 * What the reader knows before the analysis has run: the text, its sections and paragraphs,
 * and no entities, quotes or numbers yet. Cheap enough to build before the first frame.
 */
export function structureOnly(article: Article): Analysis {
  return {
    title: article.title,
    text: article.text,
    sections: sectionSpans(article),
    paragraphs: paragraphSpans(article),
    sentences: [],
    entities: [],
    quotes: [],
    numbers: [],
    dates: [],
  };
}

/** How far the analysis (running elsewhere) has got. */
export type AnalysisStatus =
  | { readonly kind: 'done' }
  | {
      readonly kind: 'running';
      readonly done: number;
      readonly total: number;
      /** The entities came ahead (`doc.analysis` holds them): the quotes, numbers and dates are still coming. */
      readonly entitiesKnown?: boolean;
    }
  | { readonly kind: 'failed'; readonly message: string };

export interface ViewState {
  readonly doc: Document;
  /** Sidebar order of the entities; `selected` and `chosen` index into it. */
  readonly entities: readonly Entity[];
  readonly cols: number;
  readonly rows: number;
  /** The status bar is drawn on the terminal's last row, outside Ink (see geometry.chromeRows). */
  readonly statusRow: boolean;
  /** `--width`, when the reader fixed the measure. */
  readonly fixedWidth: number | null;
  /** Wrapped as far as it has been needed (see LazyLayout); the rest follows in idle time. */
  readonly layout: LazyLayout;
  readonly top: number;
  readonly focus: Focus;
  readonly overlay: 'help' | 'outline' | 'links' | 'quotes' | 'timeline' | null;
  readonly helpTop: number;
  /** The outline overlay: its chosen row and filter (see outline.ts). */
  readonly outline: outline.Outline;
  /** The links list (`L`) and the last request to open a link in the browser (see links-view.ts). */
  readonly links: linksView.LinksView;
  readonly open: linksView.OpenRequest | null;
  /** The quotes and timeline overlays, the speaker walked with n / N, a brief asked for (reader-views.ts). */
  readonly views: views.Views;
  readonly highlight: boolean;
  readonly sidebarWanted: boolean;
  /** The sidebar's cursor. While the list is still being found, ↓ ↑ move it ahead of the list. */
  readonly selected: number;
  /** Enter was pressed on the list while it was still being found: choose when it arrives. */
  readonly chooseWhenFound: boolean;
  readonly chosen: number | null;
  readonly mention: number;
  readonly search: Search | null;
  /** The mention or match the last jump landed on, drawn marked. */
  readonly mark: Span | null;
  readonly message: string | null;
  /** Leave this article: back to the shelf when there is one, else quit. */
  readonly quit: boolean;
  /** Quit lede altogether, shelf or not. */
  readonly quitAll: boolean;
  /** Whether `doc.analysis` is complete, still coming, or failed. */
  readonly analysis: AnalysisStatus;
  /** Counts, the jump list, marks, and requests for the App (navigation.ts). */
  readonly nav: Nav;
  /** Opened from the shelf's index or search: n/N go on into the next article (shelf-trail.ts). */
  readonly trail: Trail | null;
}

export type Action =
  | { readonly type: 'command'; readonly command: Command }
  /** A key press, resolved through the keymap against the state it arrives in (keys can come in bursts). */
  | { readonly type: 'key'; readonly name: string; readonly text: string }
  | { readonly type: 'resize'; readonly cols: number; readonly rows: number }
  | { readonly type: 'searchInput'; readonly text: string }
  | { readonly type: 'searchBackspace' }
  /** The analysis has moved on, found its entities (ahead of the rest), finished (with the result) or failed. */
  | { readonly type: 'analysisProgress'; readonly done: number; readonly total: number }
  | { readonly type: 'entitiesFound'; readonly entities: readonly Entity[] }
  | { readonly type: 'analysed'; readonly analysis: Analysis }
  | { readonly type: 'analysisFailed'; readonly message: string }
  /** The App did what `nav.effect` asked (copied, redrew); `message` says how it went. */
  | { readonly type: 'effectDone'; readonly message: string | null }
  /** What became of opening a link in the browser, for the status bar. */
  | { readonly type: 'opened'; readonly message: string }
  /** The brief asked for with `B` was written, or not: one line for the status bar. */
  | { readonly type: 'briefWritten'; readonly message: string };

export interface InitOptions {
  readonly cols: number;
  readonly rows: number;
  readonly width?: number | null;
  readonly sidebar?: boolean;
  /** Highlight mode on from the start (the `highlight` setting). */
  readonly highlight?: boolean;
  /** Resume here: the line holding this text offset starts at the top of the view. */
  readonly startOffset?: number;
  /** The analysis is still running (`doc.analysis` holds the structure only). */
  readonly analysing?: boolean;
  /** The status bar goes on the terminal's last row, outside Ink (ui/status-row.ts). */
  readonly statusRow?: boolean;
  /** Marks saved with the reading position (checked against the text here). */
  readonly marks?: unknown;
}
