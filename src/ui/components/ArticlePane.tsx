import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { decorations, paneLine } from '../view.js';
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
    <Box flexDirection="column" width={layout.width + 2} height={height} flexShrink={0}>
      {visible.map((line, i) => {
        // The first column is the margin: blank, or the mark of a match where styling is off.
        const { margin, body } = paneLine(doc.analysis.text, line, decos, paint, layout.width + 1);
        return (
          <Text key={top + i} wrap="truncate-end">
            {margin}
            {body}
          </Text>
        );
      })}
    </Box>
  );
}
