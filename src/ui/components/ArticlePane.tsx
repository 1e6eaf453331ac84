import React, { useMemo } from 'react';
import { Box, Text } from 'ink';
import { type Decoration, sortDecorations, styleLine } from '../../layout/decorate.js';
import type { Paint } from '../paint.js';
import { type ViewState, paneHeight } from '../state.js';

/** Everything drawn over the text in the current state, in the order `styleLine` needs. */
export function decorations(s: Pick<ViewState, 'doc' | 'highlight' | 'chosen' | 'entities' | 'search' | 'mark'>): Decoration[] {
  // The source's own emphasis first, so highlights and marks are drawn over it.
  const out: Decoration[] = (s.doc.article.styles ?? []).map((st) => ({ start: st.start, end: st.end, style: st.style === 'code' ? 'code' : st.style }));
  const { quotes, numbers } = s.doc.analysis;
  if (s.highlight) {
    for (const q of quotes) out.push({ start: q.start, end: q.end, style: 'quote' });
    for (const n of numbers) out.push({ start: n.start, end: n.end, style: 'number' });
  }
  if (s.chosen !== null) for (const m of s.entities[s.chosen]?.mentions ?? []) out.push({ start: m.start, end: m.end, style: 'mention' });
  if (s.search) for (const m of s.search.matches) out.push({ start: m.start, end: m.end, style: 'match' });
  if (s.mark) out.push({ start: s.mark.start, end: s.mark.end, style: 'current' });
  return sortDecorations(out);
}

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
