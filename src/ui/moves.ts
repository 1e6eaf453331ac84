import type { Span } from '../analysis/types.js';
import { lineIndexAt, offsetOfLine } from '../layout/lines.js';
import { speakerTags } from '../layout/speakers.js';
import { LazyLayout } from '../layout/wrap.js';
import { measure, paneHeight, viewportOf } from './geometry.js';
import type { ViewState } from './state.js';
import * as viewport from './viewport.js';

/**
 * How the view moves over the lazily wrapped text: the viewport model applied to the article
 * pane, with the layout wrapped (on a copy, never the state's own) as far as a move needs.
 */

/** A jump puts its target this far down the page, so it is read in context, not at the edge. */
const JUMP_FRACTION = 1 / 3;

export function buildLayout(
  s: Pick<ViewState, 'doc' | 'highlight' | 'fixedWidth' | 'cols' | 'sidebarWanted'>,
): LazyLayout {
  return new LazyLayout(
    s.doc.article,
    measure(s),
    s.highlight ? speakerTags(s.doc.analysis.text, s.doc.analysis.quotes) : [],
  );
}

/**
 * The state with its layout wrapped a page past line `reach` (on a copy, if it must go further):
 * then a move that lands at or before `reach` is clamped only by the real end of the text, never
 * by lines not wrapped yet.
 */
function reaching(s: ViewState, reach: number): ViewState {
  const layout = s.layout.withLines(reach + 2 * paneHeight(s));
  return layout === s.layout ? s : { ...s, layout };
}

/** The line showing `offset`, and the state with its layout wrapped (on a copy) as far as it. */
export function locate(s: ViewState, offset: number): [ViewState, number] {
  const layout = s.layout.withOffset(offset);
  return [layout === s.layout ? s : { ...s, layout }, lineIndexAt(layout.lines, offset)];
}

/** Puts line `top` at the top of the view, clamped by the viewport. */
export function scrollTo(s: ViewState, top: number): ViewState {
  const r = reaching(s, top);
  return { ...r, top: viewport.setTop(viewportOf(r), top).top };
}

/** A move of the viewport relative to where it is (at most a page either way). */
export function scroll(s: ViewState, move: (v: viewport.Viewport) => viewport.Viewport): ViewState {
  const r = reaching(s, s.top + paneHeight(s));
  return { ...r, top: move(viewportOf(r)).top };
}

/**
 * Re-wraps after anything that changes the measure or the text shown, keeping the top line the
 * one being read. Only the text up to the view is wrapped now; the rest follows when needed.
 */
export function relayout(prev: ViewState, next: ViewState): ViewState {
  const anchor = offsetOfLine(prev.layout.lines, prev.top);
  const [at, line] = locate({ ...next, layout: buildLayout(next) }, anchor);
  return scrollTo(at, line);
}

/** Brings a span into view a third of the way down (unless already comfortably visible) and marks it. */
export function reveal(s: ViewState, span: Span): ViewState {
  const [at, line] = locate(s, span.start);
  const height = paneHeight(at);
  const visible = line > at.top && line < at.top + height - 1;
  const top = visible ? at.top : line - Math.floor(height * JUMP_FRACTION);
  return scrollTo({ ...at, mark: span }, top);
}

/** Section starts, or paragraph starts when the article has no headings. */
function stops(s: ViewState): readonly Span[] {
  const { sections, paragraphs } = s.doc.analysis;
  const titled = sections.filter((x) => x.title !== null);
  return titled.length ? titled : paragraphs;
}

export function nextStop(s: ViewState, direction: 1 | -1): ViewState {
  const spans = stops(s);
  let at = s;
  let target: number | undefined;
  if (direction > 0) {
    // Wraps only as far as the next stop, not the whole book.
    for (const x of spans) {
      const [wrapped, line] = locate(at, x.start);
      at = wrapped;
      if (line > s.top) {
        target = line;
        break;
      }
    }
  } else {
    const from = offsetOfLine(s.layout.lines, s.top);
    for (let k = spans.length - 1; k >= 0 && target === undefined; k--) {
      if (spans[k]!.start > from) continue;
      const [wrapped, line] = locate(at, spans[k]!.start);
      at = wrapped;
      if (line < s.top) target = line;
    }
  }
  if (target === undefined) return { ...at, message: direction > 0 ? 'no later section' : 'no earlier section' };
  return scrollTo(at, target);
}
