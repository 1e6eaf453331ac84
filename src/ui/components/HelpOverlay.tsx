import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { truncate } from '../../layout/wrap.js';
import { HELP_COLUMN_WIDTH, KEY_COLUMN, type HelpLine, helpColumns } from '../help.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import type { ViewState } from '../state.js';

const HINT = `${keyHint('closeOverlay', 'help', { join: 'or' })} closes · ${keyHint(['lineDown', 'lineUp'], 'help', { count: 1, join: '/' })} scroll`;

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function HelpOverlay({ state, paint }: Props) {
  const height = paneHeight(state);
  const { twoColumns, left, right, rows } = helpColumns(state.cols);
  const width = twoColumns ? HELP_COLUMN_WIDTH - 2 : Math.max(10, state.cols - 4);
  const plain = (l: HelpLine | undefined) =>
    !l ? '' : (l.heading ?? (l.keys ? truncate(`  ${l.keys.padEnd(KEY_COLUMN - 1)} ${l.description}`, width) : ''));
  const draw = (l: HelpLine | undefined) => (l?.heading ? paint.style('bold', l.heading) : plain(l));
  const pad = (l: HelpLine | undefined) => draw(l) + ' '.repeat(Math.max(0, HELP_COLUMN_WIDTH - stringWidth(plain(l))));
  const top = state.helpTop;
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">
        {paint.style('accent', 'Keys')}
        {paint.style('dim', `   ${HINT}`)}
      </Text>
      {Array.from({ length: Math.min(rows - top, height - 1) }, (_, i) => (
        <Text key={top + i} wrap="truncate-end">
          {twoColumns ? pad(left[top + i]) + draw(right[top + i]) : draw(left[top + i]) || ' '}
        </Text>
      ))}
    </Box>
  );
}
