/**
 * `B` in the reader: the brief of the open article (the same Markdown as `lede --brief`) written
 * to a file. It goes in the current directory as `<title-slug>.brief.md`, or, where that cannot
 * be written, in lede's data directory (`$XDG_DATA_HOME/lede/briefs`). A file already there is
 * never overwritten: the name takes `-1`, `-2`… (each tried with an exclusive create, so two
 * lede at once cannot take the same name). The result is one line for the status bar.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import envPaths from 'env-paths';
import { briefMarkdown } from '../layout/brief.js';
import { sanitizeLine } from '../load/sanitize.js';
import type { Document } from '../ui/state.js';

/** Names tried in one directory before giving up on it (`slug.brief.md`, `slug-1.brief.md`, …). */
const MAX_TRIES = 1000;
/** A file name's slug is at most this long, cut at a hyphen: a title can be a paragraph, and the name must fit the status bar. */
const MAX_SLUG = 40;

export interface BriefPlaces {
  /** Tried first: the directory lede was started in. */
  readonly cwd: string;
  /** Where the brief goes when the first cannot take it. */
  readonly fallback: string;
}

export function defaultPlaces(): BriefPlaces {
  return { cwd: process.cwd(), fallback: join(envPaths('lede', { suffix: '' }).data, 'briefs') };
}

/** A file name's stem from a title: ASCII letters and digits, lower case, joined by hyphens. */
export function briefSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG) return words || 'article';
  const cut = words.slice(0, MAX_SLUG + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX_SLUG / 2 ? cut.slice(0, hyphen) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** Errors that mean "not here": the brief goes to the fallback directory instead. */
const NOT_HERE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR']);

/** Writes `text` under the first free name in `dir`; the path, or null when every name is taken. */
function writeFree(dir: string, slug: string, text: string): string | null {
  for (let n = 0; n < MAX_TRIES; n++) {
    const path = join(dir, `${slug}${n ? `-${n}` : ''}.brief.md`);
    try {
      writeFileSync(path, text, { flag: 'wx', mode: 0o644 });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return null;
}

const reason = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? (error instanceof Error ? error.message : String(error));
};

/** Writes the brief of `doc` and says where, or why not, in one line. */
export function writeBriefFile(doc: Document, places: BriefPlaces = defaultPlaces()): string {
  const { article, analysis } = doc;
  const text = briefMarkdown({ analysis, source: article.source, meta: article.meta });
  const slug = briefSlug(analysis.title || article.title);
  let path: string | null = null;
  let first: unknown = null;
  try {
    path = writeFree(places.cwd, slug, text);
  } catch (error) {
    if (!NOT_HERE.has((error as NodeJS.ErrnoException).code ?? ''))
      return `brief not written: ${sanitizeLine(reason(error))}`;
    first = error;
  }
  if (!path) {
    try {
      mkdirSync(places.fallback, { recursive: true });
      path = writeFree(places.fallback, slug, text);
    } catch (error) {
      const here = first ? `${places.cwd}: ${reason(first)}; ` : '';
      return `brief not written: ${sanitizeLine(`${here}${places.fallback}: ${reason(error)}`)}`;
    }
  }
  if (!path) return `brief not written: every name for ${slug}.brief.md is taken`;
  const shown = path.startsWith(places.cwd + sep) ? relative(places.cwd, path) : path;
  return `brief written to ${sanitizeLine(shown)}`;
}
