import { type Binding, CATEGORIES, type Command, type Context, KEYMAP, displayKey, keyHint } from './keymap.js';

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
  quotes: ' (quotations)',
  timeline: ' (timeline)',
};
export const KEY_COLUMN = 16;

/** Help lines drawn from the keymap table, so they can never disagree with what keys do. */
export function helpLines(keymap: readonly Binding[] = KEYMAP): HelpLine[] {
  const out: HelpLine[] = [];
  for (const category of CATEGORIES) {
    const bindings = keymap.filter((b) => b.category === category);
    if (!bindings.length) continue;
    if (out.length) out.push({});
    out.push({ heading: category });
    for (const b of bindings)
      out.push({ keys: b.keys.map(displayKey).join(' '), description: b.description + (WHERE[b.context] ?? '') });
  }
  return out;
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
