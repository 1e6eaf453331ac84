import { type LinkTarget, numberLinks } from '../layout/links.js';
import type { Command } from './keymap.js';
import type { ViewState } from './state.js';

/**
 * The links list (`L`) as a pure model, like the outline: the article's link targets numbered
 * as `--plain` numbers them (layout/links.ts), the chosen row, and the digits typed so far.
 * Opening is a request on the state (`open`), which the App carries out (hooks/use-opener.ts)
 * and answers with one line for the status bar: the reducer stays pure.
 */
export interface LinksView {
  /** Index of the chosen row. */
  readonly index: number;
  /** Digits typed toward a number past 9 (`12` then Enter); empty when none. */
  readonly typed: string;
}

/** A target to open in the browser; `serial` tells two requests for the same target apart. */
export interface OpenRequest {
  readonly href: string;
  readonly serial: number;
}

export const closedLinks: LinksView = { index: 0, typed: '' };

/** The rows of the list: each target once, numbered from 1. */
export function linkRows(s: Pick<ViewState, 'doc'>): readonly LinkTarget[] {
  return numberLinks(s.doc.article).targets;
}

/** The first row the list draws when `body` rows fit: the chosen one kept in view. */
export function firstLinkRow(index: number, count: number, body: number): number {
  return Math.max(0, Math.min(index - Math.floor(body / 2), count - body));
}

/** Asks for `href` to be opened, the list closed; the status bar says so until the opener answers. */
function requestOpen(s: ViewState, href: string): ViewState {
  const open: OpenRequest = { href, serial: (s.open?.serial ?? 0) + 1 };
  return { ...s, overlay: null, links: closedLinks, open, message: `opening ${href}…` };
}

function openNumber(s: ViewState, n: number): ViewState {
  const target = linkRows(s)[n - 1];
  if (!target) return { ...s, links: { ...s.links, typed: '' }, message: `there is no link ${n}` };
  return requestOpen(s, target.href);
}

/** The links list's commands, and `L` and `O` from the reader. */
export function command(s: ViewState, c: Command): ViewState | undefined {
  const count = linkRows(s).length;
  const move = (delta: number): ViewState => ({
    ...s,
    links: { index: Math.max(0, Math.min(count - 1, s.links.index + delta)), typed: '' },
  });
  switch (c) {
    case 'links':
      if (!count) return { ...s, message: 'this article has no links' };
      return { ...s, overlay: 'links', links: closedLinks };
    case 'openArticleUrl': {
      const url = s.doc.article.url;
      return url ? requestOpen(s, url) : { ...s, message: 'this article has no web address to open' };
    }
    case 'linkDown':
      return move(1);
    case 'linkUp':
      return move(-1);
    case 'openLink': {
      if (s.links.typed) return openNumber(s, Number(s.links.typed));
      const target = linkRows(s)[s.links.index];
      return target ? requestOpen(s, target.href) : s;
    }
    default:
      return undefined;
  }
}

/**
 * A digit typed in the list. The number so far opens at once when no further digit could make
 * another link's number (1–9 of up to 9 links, `3` of 25); otherwise its row is chosen and the
 * next digit or Enter decides (`1`, then `2` for 12 or Enter for 1).
 */
export function digit(s: ViewState, d: string): ViewState {
  const typed = (s.links.typed + d).replace(/^0+/, '');
  if (!typed) return s;
  const n = Number(typed);
  const count = linkRows(s).length;
  if (n > count) return { ...s, links: { ...s.links, typed: '' }, message: `there is no link ${n}` };
  if (n * 10 > count) return openNumber(s, n);
  return { ...s, links: { index: n - 1, typed } };
}
