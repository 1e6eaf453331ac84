import { Box, Text } from 'ink';
import { truncate } from '../../layout/wrap.js';
import { sanitizeLine } from '../../load/sanitize.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { type ShelfEntry, countedRow, indexRow } from '../shelf.js';
import { type ShelfOverlay, firstRow, rowCount, selectedRow } from '../shelf-xray.js';
import type { ShelfState } from '../shelf-state.js';

const one = { count: 1 } as const;
const CHOOSE = `${keyHint(['shelfListUp', 'shelfListDown'], 'shelfList', { count: 1, join: '' })} choose`;
const BACK = `${keyHint('shelfListBack', 'shelfList', one)} back`;
/** The footer's keys in each of the overlay's lists. */
export function overlayHint(o: ShelfOverlay): string {
  if (o.kind === 'search' && o.typing)
    return `type to search every article · ${keyHint('shelfSearchConfirm', 'shelfPrompt')} choose · ${keyHint('shelfSearchCancel', 'shelfPrompt')} cancel`;
  const open = keyHint('shelfListOpen', 'shelfList');
  const what = o.kind === 'index' && !o.articles ? 'its articles' : 'open at the first';
  return [CHOOSE, `${open} ${what}`, BACK].join(' · ');
}

interface Props {
  readonly state: ShelfState;
  readonly entries: readonly ShelfEntry[];
  readonly paint: Paint;
  readonly cols: number;
  /** Rows for the title and the list together. */
  readonly rows: number;
  /** Said after the title while the index is still being built (`indexing 340/2225`). */
  readonly note: string;
}

/** The shelf's X-Ray index, an entity's articles, or the shelf search's results, over the list. */
export function ShelfIndexOverlay({ state, entries, paint, cols, rows, note }: Props) {
  const o = state.overlay!;
  const body = Math.max(1, rows - 1);
  const count = rowCount(state);
  const chosen = selectedRow(o);
  const first = firstRow(chosen, count, body);
  const width = Math.max(10, cols - 3);
  const row = (i: number): string => {
    if (o.kind === 'search') {
      const hit = o.results[i]!;
      return countedRow(entries[hit.index]!, hit.count, ['match', 'matches'], width);
    }
    if (o.articles) {
      const a = o.articles.entity.articles[i]!;
      return countedRow(entries[a.index]!, a.mentions.length, ['mention', 'mentions'], width);
    }
    return indexRow(state.entities[i]!, entries.length, width);
  };
  const lines: string[] = [];
  for (let i = first; i < Math.min(count, first + body); i++) lines.push(row(i));
  return (
    <Box flexDirection="column" height={rows}>
      <Text wrap="truncate-end">{title(o, count, note, paint, cols)}</Text>
      {lines.map((label, i) => (
        <Text key={first + i} wrap="truncate-end">
          {first + i === chosen ? `❯ ${paint.style('inverse', label)}` : `  ${label}`}
        </Text>
      ))}
    </Box>
  );
}

function title(o: ShelfOverlay, count: number, note: string, paint: Paint, cols: number): string {
  const tail = note ? paint.style('dim', `  ${note}`) : '';
  const n = (k: number, one: string, many = `${one}s`) => `${k.toLocaleString('en-GB')} ${k === 1 ? one : many}`;
  let text: string;
  if (o.kind === 'search') {
    const found = o.query ? (count ? `${n(count, 'article')} match` : 'no article matches') : '';
    text = `/${sanitizeLine(o.query)}${o.typing ? '▏' : ''}  ${found}`;
  } else if (o.articles) {
    const e = o.articles.entity;
    text = `X-Ray › ${sanitizeLine(e.name)}: ${n(e.articles.length, 'article')}, ${n(e.mentionCount, 'mention')}`;
  } else text = count ? `X-Ray: ${n(count, 'entity', 'entities')} across the shelf` : 'X-Ray: no entities yet';
  return paint.style('accent', truncate(text, Math.max(1, cols - 1))) + tail;
}
