import React from 'react';
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
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

/** Width of one help column; two fit side by side from twice this. */
const HELP_COLUMN_WIDTH = 56;

type HelpLine = ReturnType<typeof helpLines>[number];

/** Splits the help at the category boundary nearest its middle, so two columns come out even. */
export function splitHelp(lines: readonly HelpLine[]): [HelpLine[], HelpLine[]] {
  const middle = lines.length / 2;
  let best = lines.length;
  lines.forEach((l, i) => {
    if (l.heading && Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  });
  const left = lines.slice(0, best);
  const right = lines.slice(best);
  while (left.length && !left[left.length - 1]!.heading && !left[left.length - 1]!.keys) left.pop();
  return [left, right];
}

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function HelpOverlay({ state, paint }: Props) {
  const height = paneHeight(state);
  const twoColumns = state.cols >= HELP_COLUMN_WIDTH * 2;
  const width = twoColumns ? HELP_COLUMN_WIDTH - 2 : Math.max(10, state.cols - 4);
  const plain = (l: HelpLine | undefined) =>
    !l ? '' : l.heading ?? (l.keys ? truncate(`  ${l.keys.padEnd(KEY_COLUMN)}${l.description}`, width) : '');
  const draw = (l: HelpLine | undefined) => (l?.heading ? paint.style('bold', l.heading) : plain(l));
  const pad = (l: HelpLine | undefined) => draw(l) + ' '.repeat(Math.max(0, HELP_COLUMN_WIDTH - stringWidth(plain(l))));
  const all = helpLines();
  const [left, right] = twoColumns ? splitHelp(all) : [all, []];
  const rows = Math.max(left.length, right.length);
  const top = Math.max(0, Math.min(state.helpTop, rows - (height - 1)));
  return (
    <Box flexDirection="column" height={height} paddingLeft={1}>
      <Text wrap="truncate-end">{paint.style('accent', 'Keys')}{paint.style('dim', '   Esc, q or ? closes · j/k scroll')}</Text>
      {Array.from({ length: Math.min(rows - top, height - 1) }, (_, i) => (
        <Text key={top + i} wrap="truncate-end">
          {twoColumns ? pad(left[top + i]) + draw(right[top + i]) : draw(left[top + i]) || ' '}
        </Text>
      ))}
    </Box>
  );
}
