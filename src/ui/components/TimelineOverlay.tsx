import { Box, Text } from 'ink';
import type { Span } from '../../analysis/types.js';
import { isNarrow } from '../../layout/graphemes.js';
import { textWidth, truncate } from '../../layout/wrap.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import { chosenItem } from '../reader-views.js';
import { PLACED_HEADING, UNPLACED_HEADING, timelineModel } from '../timeline-view.js';
import type { ViewState } from '../state.js';
import { firstListRow } from '../view-list.js';
import { pendingNote } from '../view.js';

const one = { count: 1 } as const;
export const TIMELINE_HINT = [
  `${keyHint(['viewUp', 'viewDown'], 'timeline', { count: 1, join: '' })} choose`,
  `${keyHint('chooseDate', 'timeline')} jump`,
  `${keyHint('closeOverlay', 'timeline', one)} close`,
].join(' · ');

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The sentence around a date, cut to `width` columns so that the date itself shows: the words
 * before it are dropped from the left (with `…`) when the date stands late in a long sentence.
 */
export function excerpt(text: string, sentence: Span, date: Span, width: number): [string, string, string] {
  const within = sentence.start <= date.start && date.end <= sentence.end;
  const whole = within ? sentence : date;
  // Only what could show is read: a "sentence" can be a whole table or a paragraph without stops.
  const reach = 2 * Math.max(0, width);
  const from = Math.max(whole.start, date.start - reach);
  let before = flat(text.slice(from, date.start)).trimStart();
  const match = flat(text.slice(date.start, date.end));
  let after = flat(text.slice(date.end, Math.min(whole.end, date.end + reach))).trimEnd();
  const room = width - textWidth(match);
  if (room <= 1) return ['', truncate(match, width), ''];
  // Keep at most half the room (or what the rest leaves) for the words before the date.
  const keepBefore = Math.max(Math.floor(room / 2), room - textWidth(after));
  if (from > whole.start || textWidth(before) > keepBefore) {
    const words = before.split(' ');
    // A word cut where the reading started is not shown.
    if (from > whole.start) words.shift();
    dropUntilFits(words, keepBefore);
    before = words.length ? `…${words.join(' ')}` : '…';
  }
  after = truncate(after, width - textWidth(before) - textWidth(match));
  return [before, match, after];
}

/**
 * Drops words from the left of `words` until `…` and the rest, joined by spaces, fit in `room`
 * columns. Where every character is one column (the common case) the width is counted down as
 * words go, instead of measuring what is left again after each one.
 */
function dropUntilFits(words: string[], room: number): void {
  const joined = words.join(' ');
  if (isNarrow(joined)) {
    let width = 1 + joined.length;
    while (words.length && width > room) width -= words.shift()!.length + (words.length ? 1 : 0);
    return;
  }
  while (words.length && textWidth(`…${words.join(' ')}`) > room) words.shift();
}

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

/** The timeline (`T`): the dates placed on the calendar in time order, then those that cannot be. */
export function TimelineOverlay({ state, paint }: Props) {
  const { items, rows, valueWidth, placed } = timelineModel(state.doc.analysis);
  const chosen = chosenItem(state, 'timeline');
  const height = paneHeight(state);
  const body = height - 1;
  const first = firstListRow(rows, chosen, body);
  const width = Math.max(10, state.cols - 3);
  const text = state.doc.analysis.text;
  const summary = items.length
    ? `   ${placed} of ${items.length} placed   ${TIMELINE_HINT}`
    : `   ${state.analysis.kind === 'done' ? 'no dates found' : pendingNote(state)}   ${keyHint('closeOverlay', 'timeline', one)} close`;
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">
        {paint.style('accent', 'Timeline')}
        {paint.style('dim', summary)}
      </Text>
      {rows.slice(first, first + body).map((row) => {
        if (row.kind === 'heading')
          return (
            <Text key={`h${row.group}`} wrap="truncate-end">
              {paint.style('bold', row.group === 0 ? PLACED_HEADING : UNPLACED_HEADING)}
            </Text>
          );
        const { entry, placed: isPlaced } = items[row.item]!;
        const lead = `  ${isPlaced ? `${entry.value!.padEnd(valueWidth)}  ` : ''}`;
        const [before, match, after] = excerpt(text, entry.sentence, entry.span, width - textWidth(lead));
        // One string per row: Ink measures each piece of text it is given.
        const drawn =
          row.item === chosen
            ? paint.style('inverse', `▸${lead.slice(1)}${before}${match}${after}`)
            : `${lead}${before}${paint.style('bold', match)}${after}`;
        return (
          <Text key={`d${row.item}`} wrap="truncate-end">
            {drawn}
          </Text>
        );
      })}
    </Box>
  );
}
