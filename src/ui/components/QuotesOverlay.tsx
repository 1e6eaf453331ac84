import { Box, Text } from 'ink';
import { firstWords } from '../../layout/views.js';
import { textWidth, truncate } from '../../layout/wrap.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import { chosenItem } from '../reader-views.js';
import { quotesModel } from '../quotes-view.js';
import type { ViewState } from '../state.js';
import { firstListRow } from '../view-list.js';
import { pendingNote } from '../view.js';

const one = { count: 1 } as const;
export const QUOTES_HINT = [
  `${keyHint(['viewUp', 'viewDown'], 'quotes', { count: 1, join: '' })} choose`,
  `${keyHint('chooseQuote', 'quotes')} jump (then ${keyHint(['nextMention', 'previousMention'], 'reader', { join: ' ' })})`,
  `${keyHint('closeOverlay', 'quotes', one)} close`,
].join(' · ');
/** A reporting verb longer than this is cut, so the quotations start in one column. */
const VERB_WIDTH = 12;

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Who said what (`"`): the quotations grouped by speaker, each with its verb and its first words. */
export function QuotesOverlay({ state, paint }: Props) {
  const model = quotesModel(state.doc.analysis);
  const { items, rows, groups } = model;
  const chosen = chosenItem(state, 'quotes');
  const height = paneHeight(state);
  const body = height - 1;
  const first = firstListRow(rows, chosen, body);
  const width = Math.max(10, state.cols - 3);
  const verbWidth = Math.min(VERB_WIDTH, model.verbWidth);
  const text = state.doc.analysis.text;
  const summary = items.length
    ? `   ${plural(items.length, 'quotation')}, ${plural(groups.filter((g) => !g.unattributed).length, 'speaker')}   ${QUOTES_HINT}`
    : `   ${state.analysis.kind === 'done' ? 'no quotations found' : pendingNote(state)}   ${keyHint('closeOverlay', 'quotes', one)} close`;
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">
        {paint.style('accent', 'Who said what')}
        {paint.style('dim', summary)}
      </Text>
      {rows.slice(first, first + body).map((row) => {
        if (row.kind === 'heading') {
          const g = groups[row.group]!;
          const name = truncate(g.speaker, width - 8);
          return (
            <Text key={`h${row.group}`} wrap="truncate-end">
              {g.unattributed ? paint.style('dim', name) : paint.style('bold', name)}
              {paint.style('dim', ` (${g.count})`)}
            </Text>
          );
        }
        const { quote } = items[row.item]!;
        const verb = truncate(quote.verb ?? '', verbWidth);
        const lead = `  ${verb}${' '.repeat(Math.max(0, verbWidth - textWidth(verb)))}  `;
        const words = firstWords(text, quote, Math.max(4, width - textWidth(lead) - 2));
        const label = truncate(`${lead}“${words}”`, width);
        return (
          <Text key={`q${row.item}`} wrap="truncate-end">
            {row.item === chosen ? paint.style('inverse', `▸${label.slice(1)}`) : label}
          </Text>
        );
      })}
    </Box>
  );
}
