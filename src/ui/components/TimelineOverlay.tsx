import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { Span } from '../../analysis/types.js';
import { truncate } from '../../layout/wrap.js';
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
  const room = width - stringWidth(match);
  if (room <= 1) return ['', truncate(match, width), ''];
  // Keep at most half the room (or what the rest leaves) for the words before the date.
  const keepBefore = Math.max(Math.floor(room / 2), room - stringWidth(after));
  if (from > whole.start || stringWidth(before) > keepBefore) {
    const words = before.split(' ');
    // A word cut where the reading started is not shown.
    if (from > whole.start) words.shift();
    while (words.length && stringWidth(`…${words.join(' ')}`) > keepBefore) words.shift();
    before = words.length ? `…${words.join(' ')}` : '…';
  }
  after = truncate(after, width - stringWidth(before) - stringWidth(match));
  return [before, match, after];
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
        const [before, match, after] = excerpt(text, entry.sentence, entry.span, width - stringWidth(lead));
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
