import React from 'react';
import { Box, Text } from 'ink';
import { truncate } from '../../layout/wrap.js';
import { type Binding, CATEGORIES, type Context, KEYMAP, displayKey } from '../keymap.js';
import type { Paint } from '../paint.js';
import { type ViewState, paneHeight } from '../state.js';

const WHERE: Partial<Record<Context, string>> = { sidebar: ' (sidebar)', search: ' (searching)', outline: ' (outline)', help: ' (help)' };
const KEY_COLUMN = 16;

/** Help lines drawn from the keymap table, so they can never disagree with what keys do. */
export function helpLines(keymap: readonly Binding[] = KEYMAP): { heading?: string; keys?: string; description?: string }[] {
  const out: { heading?: string; keys?: string; description?: string }[] = [];
  for (const category of CATEGORIES) {
    const bindings = keymap.filter((b) => b.category === category);
    if (!bindings.length) continue;
    if (out.length) out.push({});
    out.push({ heading: category });
    for (const b of bindings) out.push({ keys: b.keys.map(displayKey).join(' '), description: b.description + (WHERE[b.context] ?? '') });
  }
  return out;
}

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function HelpOverlay({ state, paint }: Props) {
  const height = paneHeight(state);
  const lines = helpLines();
  const top = Math.max(0, Math.min(state.helpTop, lines.length - (height - 1)));
  const width = Math.max(10, state.cols - 4);
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">{paint.style('accent', 'Keys')}{paint.style('dim', '   Esc, q or ? closes · j/k scroll')}</Text>
      {lines.slice(top, top + height - 1).map((l, i) => (
        <Text key={i} wrap="truncate-end">
          {l.heading
            ? paint.style('bold', l.heading)
            : l.keys
              ? truncate(`  ${l.keys.padEnd(KEY_COLUMN)}${l.description}`, width)
              : ' '}
        </Text>
      ))}
    </Box>
  );
}
