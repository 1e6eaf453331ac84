import { Box, Text } from 'ink';
import { truncate } from '../../layout/wrap.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import { firstRow, rows as outlineRows } from '../outline.js';
import type { ViewState } from '../state.js';

const one = { count: 1 } as const;
const UP_DOWN = keyHint(['outlineUp', 'outlineDown'], 'outline', { count: 1, join: '' });
const JUMP = `${keyHint('chooseSection', 'outline')} jump`;
const HINT = [
  `${UP_DOWN} ${keyHint(['outlinePageDown', 'outlineTop', 'outlineBottom'], 'outline', one)} choose`,
  `${keyHint('outlineFilter', 'outline')} filter`,
  JUMP,
  `${keyHint('closeOverlay', 'outline', one)} close`,
].join(' · ');
const TYPING_HINT = [`${UP_DOWN} choose`, JUMP, `${keyHint('closeOverlay', 'outline', one)} drop the filter`].join(
  ' · ',
);

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function OutlineOverlay({ state, paint }: Props) {
  const { outline } = state;
  const rows = outlineRows(state);
  const height = paneHeight(state);
  const body = height - 1;
  const first = firstRow(outline, rows.length, body);
  const width = Math.max(10, state.cols - 6);
  const filter = outline.typing || outline.query ? `   /${outline.query}${outline.typing ? '▏' : ''}` : '';
  const hint = `   ${outline.typing ? TYPING_HINT : HINT}`;
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">
        {paint.style('accent', 'Outline')}
        {filter}
        {paint.style('dim', rows.length ? hint : '   no section matches')}
      </Text>
      {rows.slice(first, first + body).map((row, i) => {
        const label = truncate(`${row.section + 1}. ${row.title}`, width);
        return (
          <Text key={row.section} wrap="truncate-end">
            {first + i === outline.index ? paint.style('inverse', `▸ ${label}`) : `  ${label}`}
          </Text>
        );
      })}
    </Box>
  );
}
