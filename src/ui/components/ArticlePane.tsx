import { memo, useMemo } from 'react';
import { Box, Text } from 'ink';
import { decorations, paneLine } from '../view.js';
import type { Paint } from '../paint.js';
import { paneHeight } from '../geometry.js';
import type { ViewState } from '../state.js';
import type { Decoration } from '../../layout/decorate.js';
import type { Line } from '../../layout/wrap.js';

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

interface Drawn {
  readonly margin: string;
  readonly body: string;
  readonly paint: Paint;
  readonly room: number;
}

/** Lines already styled, per set of decorations: a line that stays on screen is not styled again on the next key. */
const styled = new WeakMap<readonly Decoration[], Map<Line, Drawn>>();
/** (A book scrolled end to end would otherwise keep every line it showed.) */
const MAX_STYLED = 2_000;

function styledLine(text: string, line: Line, decos: readonly Decoration[], paint: Paint, room: number): Drawn {
  let lines = styled.get(decos);
  if (!lines) styled.set(decos, (lines = new Map()));
  const hit = lines.get(line);
  if (hit && hit.paint === paint && hit.room === room) return hit;
  if (lines.size >= MAX_STYLED) lines.clear();
  const drawn = { ...paneLine(text, line, decos, paint, room), paint, room };
  lines.set(line, drawn);
  return drawn;
}

/**
 * One row of the pane. Memoised on its two strings: scrolling by a line re-renders one row, not
 * the whole pane (issue 14), because each row is keyed by the line it shows.
 */
const Row = memo(function Row({ margin, body }: { readonly margin: string; readonly body: string }) {
  return (
    <Text wrap="truncate-end">
      {margin}
      {body}
    </Text>
  );
});

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
        const { margin, body } = styledLine(doc.analysis.text, line, decos, paint, layout.width + 1);
        return <Row key={top + i} margin={margin} body={body} />;
      })}
    </Box>
  );
}
