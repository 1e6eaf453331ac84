import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { styleLine } from '../../layout/decorate.js';
import { decorations } from '../view.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import type { ViewState } from '../state.js';

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

/** The visible window of pre-wrapped lines; nothing outside it is styled or rendered. */
export function ArticlePane({ state, paint }: Props) {
  const { doc, highlight, chosen, entities, search, mark, layout, top } = state;
  const decos = useMemo(
    () => decorations({ doc, highlight, chosen, entities, search, mark }),
    [doc, highlight, chosen, entities, search, mark],
  );
  const height = paneHeight(state);
  const visible = layout.lines.slice(top, top + height);
  return (
    <Box flexDirection="column" width={layout.width + 2} height={height} paddingLeft={1} flexShrink={0}>
      {visible.map((line, i) => (
        <Text key={top + i} wrap="truncate-end">
          {paint.segments(styleLine(doc.analysis.text, line, decos)) || ' '}
        </Text>
      ))}
    </Box>
  );
}
