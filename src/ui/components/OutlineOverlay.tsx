import { Box, Text } from 'ink';
import { truncate } from '../../layout/wrap.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import type { ViewState } from '../state.js';

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function OutlineOverlay({ state, paint }: Props) {
  const { sections } = state.doc.analysis;
  const height = paneHeight(state);
  const body = height - 1;
  const first = Math.max(0, Math.min(state.outlineIndex - Math.floor(body / 2), sections.length - body));
  const width = Math.max(10, state.cols - 6);
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">
        {paint.style('accent', 'Outline')}
        {paint.style('dim', '   ↑↓ choose · Enter jump · Esc close')}
      </Text>
      {sections.slice(first, first + body).map((section, i) => {
        const index = first + i;
        const label = truncate(`${index + 1}. ${section.title ?? state.doc.article.title}`, width);
        return (
          <Text key={index} wrap="truncate-end">
            {index === state.outlineIndex ? paint.style('inverse', `▸ ${label}`) : `  ${label}`}
          </Text>
        );
      })}
    </Box>
  );
}
