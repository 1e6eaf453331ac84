import { type Binding, CATEGORIES, type Command, type Context, activeKeymap, displayKey, keyHint } from './keymap.js';

/** One line of the help: a category heading, a key and what it does, or a blank line. */
export interface HelpLine {
  readonly heading?: string;
  readonly keys?: string;
  readonly description?: string;
}

const WHERE: Partial<Record<Context, string>> = {
  sidebar: ' (sidebar)',
  search: ' (searching)',
  outline: ' (outline)',
  filter: ' (outline filter)',
  help: ' (help)',
  links: ' (links list)',
  quotes: ' (quotations)',
  timeline: ' (timeline)',
};
export const KEY_COLUMN = 16;

/** Help lines drawn from the keymap table, so they can never disagree with what keys do. */
export function helpLines(keymap: readonly Binding[] = activeKeymap()): HelpLine[] {
  const out: HelpLine[] = [];
  for (const category of CATEGORIES) {
    const bindings = keymap.filter((b) => b.category === category);
    if (!bindings.length) continue;
    if (out.length) out.push({});
    out.push({ heading: category });
    for (const b of bindings)
      out.push({ keys: keyCell(b.keys.map(displayKey)), description: b.description + (WHERE[b.context] ?? '') });
  }
  return out;
}

/** A binding's keys in the help's key column: every digit is written 0–9, to fit. */
function keyCell(keys: readonly string[]): string {
  const digits = keys.filter((k) => /^[0-9]$/.test(k));
  if (digits.length < 10) return keys.join(' ');
  return ['0–9', ...keys.filter((k) => !digits.includes(k))].join(' ');
}

/** Width of one help column; two fit side by side from twice this. */
export const HELP_COLUMN_WIDTH = 56;

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

/** The help as it is laid out at a width: one column, or two side by side when they fit. */
export function helpColumns(cols: number): { twoColumns: boolean; left: HelpLine[]; right: HelpLine[]; rows: number } {
  const all = helpLines();
  const twoColumns = cols >= HELP_COLUMN_WIDTH * 2;
  const [left, right] = twoColumns ? splitHelp(all) : [all, []];
  return { twoColumns, left, right, rows: Math.max(left.length, right.length) };
}

/** The keys a newcomer needs first, for `--help`: commands, how many keys of each, what they do. */
const SUMMARY: readonly (readonly (readonly [readonly Command[], number, string])[])[] = [
  [
    [['lineDown', 'lineUp'], 2, 'line'],
    [['pageDown', 'pageUp'], 1, 'page'],
    [['top', 'bottom'], 1, 'top/bottom'],
    [['nextSection', 'previousSection'], 1, 'section'],
    [['search'], 1, 'search'],
  ],
  [
    [['toggleFocus'], 1, 'sidebar'],
    [['chooseEntity'], 1, 'choose entity'],
    [['nextMention', 'previousMention'], 1, 'next/previous mention'],
    [['toggleHighlight'], 1, 'highlight'],
    [['help'], 1, 'all keys'],
    [['quit'], 1, 'quit'],
  ],
];

/** The `--help` summary of the keys, one string per line, drawn from the key table. */
export function keySummary(): string[] {
  return SUMMARY.map((line) =>
    line.map(([commands, count, label]) => `${keyHint(commands, undefined, { count })} ${label}`).join(' · '),
  );
}
