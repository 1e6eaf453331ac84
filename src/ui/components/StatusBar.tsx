import React from 'react';
import { Text } from 'ink';
import stringWidth from 'string-width';
import { truncate } from '../../layout/wrap.js';
import type { Paint } from '../paint.js';
import { type ViewState, currentSection, percentRead } from '../state.js';

/** The status bar's text at a given width: what it says about where the reader is. */
export function statusText(s: ViewState, cols: number): string {
  const width = Math.max(0, cols);
  if (s.search?.typing) {
    const n = s.search.matches.length;
    const found = s.search.query ? `  ${n ? `${n} match${n === 1 ? '' : 'es'}` : 'not found'}` : '';
    return truncate(`/${s.search.query}▏${found}   Enter confirm · Esc cancel`, width).padEnd(width);
  }
  const parts: string[] = [];
  const sections = s.doc.analysis.sections.length;
  if (sections > 0) parts.push(`§${currentSection(s)}/${sections}`);
  parts.push(`${percentRead(s)}%`);
  parts.push(s.highlight ? 'HIGHLIGHT' : 'READ');
  if (s.search && s.search.matches.length) parts.push(`/${s.search.query} ${s.search.index + 1}/${s.search.matches.length}`);
  else if (s.chosen !== null) {
    const e = s.entities[s.chosen]!;
    parts.push(`${truncate(e.name, 24)} ${s.mention + 1}/${e.mentions.length}`);
  }
  if (s.message) parts.push(s.message);
  parts.push('? help');
  let right = parts.join('  ');
  if (stringWidth(right) > width) right = truncate(right, width);
  const room = width - stringWidth(right) - 2;
  const left = room >= 8 ? truncate(s.doc.article.title, room) : '';
  const gap = Math.max(0, width - stringWidth(left) - stringWidth(right));
  return left + ' '.repeat(gap) + right;
}

interface Props {
  readonly state: ViewState;
  readonly paint: Paint;
}

export function StatusBar({ state, paint }: Props) {
  return <Text wrap="truncate-end">{paint.style('inverse', statusText(state, state.cols - 1))}</Text>;
}
