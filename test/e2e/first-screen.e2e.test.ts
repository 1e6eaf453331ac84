/**
 * The first screen (src/app/first-screen.ts, drawn from src/ui/view.ts before Ink has loaded)
 * against Ink's own first frame, cell by cell, colours and attributes included, at several sizes.
 * The raw output of one run is cut where the reader hands over to Ink (it clears the screen
 * inside a synchronized update, `CSI ? 2026 h`, which Ink's first frame ends) and both parts are
 * replayed into fresh terminals: what the first screen showed, and what Ink drew over it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { cellDifferences, cells, inkFrameShown, screensAtHandover } from './handover.js';
import { launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';

/** Markdown with every style a first page can show: headings, emphasis, code, a quote, a list. */
function styledArticle(): string {
  const file = join(tempDir('lede-first-screen-'), 'styled.md');
  writeFileSync(
    file,
    [
      '# Harbours close as the storm reaches the coast',
      '',
      'Officials in *Lisbon* said the storm had closed **12 ports** by Monday, and the `tide-gauge` at Cascais broke.',
      '',
      '## What the harbour master said',
      '',
      '> We have never seen waves like these, not in thirty years.',
      '',
      '- Lisbon: closed since Sunday night',
      '- Porto: closed on Monday morning, with *all* ferries stopped',
      '',
      '```',
      'level  4.2 m',
      '```',
      '',
      ...Array.from(
        { length: 20 },
        (_, i) => `Paragraph ${i + 1} goes on about the damage, with words enough to wrap.`,
      ),
    ].join('\n\n'),
  );
  return file;
}

function rowsOf(term: Terminal): string[] {
  const buffer = term.buffer.active;
  return Array.from(
    { length: term.rows },
    (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '',
  );
}

const SIZES: readonly [number, number][] = [
  [120, 40],
  [100, 30],
  [80, 24],
  [79, 24],
  [60, 20],
  [40, 12],
];

/** Each theme's palette (src/ui/theme.ts): the dark one at every size, the light one at two. */
const CASES = [
  ...SIZES.map((size) => ['dark', size] as const),
  ['light', [120, 40]] as const,
  ['light', [80, 24]] as const,
];

describe('the first screen, drawn before Ink loads', { timeout: 60_000, concurrent: true }, () => {
  for (const [name, article] of [
    ['the seed', () => SEED],
    ['a styled Markdown article', styledArticle],
  ] as const)
    for (const [theme, [cols, rows]] of CASES)
      it(`is Ink's first frame, cell for cell, in colour: ${name} at ${cols}×${rows}, ${theme} theme`, async (t) => {
        const s = owned(t, launchCli(['--theme', theme, article()], { cols, rows }));
        await s.waitFor(() => inkFrameShown(s.output), 20_000, "Ink's first frame");
        const { before, ink: after } = await screensAtHandover(s.output, cols, rows);
        const shown = rowsOf(before);
        // The first screen is the reader's page, not an empty or half-drawn one.
        expect(shown.join('\n')).toMatch(/\? help/);
        expect(shown.filter((r) => r.trim()).length).toBeGreaterThan(rows / 3);
        const first = cells(before);
        const ink = cells(after);
        // In colour: the styled article's headings and code are coloured on the first screen.
        if (article === styledArticle) expect(first.flat().some((c) => c && c.fg !== 'default')).toBe(true);
        const differences = cellDifferences(first, ink);
        expect(
          differences,
          `${differences.length} cells differ; first screen:\n${shown.join('\n')}\nInk:\n${rowsOf(after).join('\n')}`,
        ).toEqual([]);
        before.dispose();
        after.dispose();
      });
});
