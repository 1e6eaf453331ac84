import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { truncate } from '../../layout/wrap.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import { firstLinkRow, linkRows } from '../links-view.js';
import type { ViewState } from '../state.js';

const one = { count: 1 } as const;
const HINT = [
  `${keyHint(['linkUp', 'linkDown'], 'links', { count: 1, join: '' })} choose`,
  `${keyHint('openLink', 'links')} or its number: open in the browser`,
  `${keyHint('closeOverlay', 'links', one)} close`,
].join(' · ');

/** The words of a link take at most this share of the row; its address the rest. */
const TEXT_SHARE = 0.45;

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

/** The numbered list of the article's links (`L`): number, words, address; the chosen one marked. */
export function LinksOverlay({ state, paint }: Props) {
  const rows = linkRows(state);
  const height = paneHeight(state);
  const body = height - 1;
  const { index, typed } = state.links;
  const first = firstLinkRow(index, rows.length, body);
  const width = Math.max(10, state.cols - 4);
  const numberWidth = String(rows.length).length + 2;
  const textWidth = Math.min(
    Math.max(...rows.map((r) => stringWidth(r.text)), 4),
    Math.floor((width - numberWidth) * TEXT_SHARE),
  );
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">
        {paint.style('accent', 'Links')}
        {typed ? `   ${typed}▏` : ''}
        {paint.style('dim', `   ${HINT}`)}
      </Text>
      {rows.slice(first, first + body).map((row, i) => {
        const number = `${row.number}. `.padStart(numberWidth);
        const words = truncate(row.text, textWidth);
        const label = `${number}${words}${' '.repeat(Math.max(0, textWidth - stringWidth(words)))}  `;
        const href = truncate(row.href, Math.max(1, width - stringWidth(label) - 2));
        return (
          <Text key={row.number} wrap="truncate-end">
            {first + i === index ? paint.style('inverse', `▸${label}${href}`) : ` ${label}${paint.style('dim', href)}`}
          </Text>
        );
      })}
    </Box>
  );
}
