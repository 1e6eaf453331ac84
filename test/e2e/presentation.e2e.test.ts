/**
 * A Markdown table and a long code line as the reader draws them in a real terminal: columns
 * with a rule under the heading row, and the code line continued behind ↳. Needs `npm run build`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

const DOC = `# Engines

The difference engine and the analytical engine were designed a decade apart.

| Name | Role | Notes |
|------|------|-------|
| Ada Lovelace | Mathematician | Wrote the first published algorithm |
| Charles Babbage | Engineer | Designed the Analytical Engine |

\`\`\`
result = analytical_engine.compute(bernoulli_numbers(count=7), store_columns=1000, mill_speed="slow", punch_cards=True)
\`\`\`
`;

describe('Markdown structure on the screen', () => {
  it('shows a table as columns and a long code line continued behind ↳', async (t) => {
    const file = join(tempDir('lede-present-'), 'engines.md');
    writeFileSync(file, DOC);
    const s = owned(t, launchCli([file, '--width', '60'], { cols: 120, rows: 30 }));
    // No row of the reader's may be wider than the terminal: a ↳ measured wrong would push the sidebar.
    const rows = await s.waitFor((r) => r.some((l) => l.includes('Ada Lovelace')) && r.some((l) => l.includes('↳')));
    const row = (text: string) => rows.find((l) => l.includes(text)) ?? '';
    expect(row('Ada Lovelace'), s.dump()).toMatch(/Ada Lovelace +│ Mathematician │ Wrote the first published/);
    // At a 60-column measure the first column is narrower than 'Charles Babbage': the cell wraps.
    expect(row('Charles'), s.dump()).toMatch(/Charles +│ Engineer +│ Designed the Analytical/);
    expect(row('Babbage'), s.dump()).toMatch(/Babbage +│ +│ Engine/);
    expect(row('┼'), s.dump()).toMatch(/─+┼─+┼─+/);
    // The columns line up: the rule sits in the same column on the heading, the rule and each record.
    const bar = row('Ada Lovelace').indexOf('│');
    expect(row('Name').indexOf('│')).toBe(bar);
    expect(row('Charles').indexOf('│')).toBe(bar);
    expect(row('┼').indexOf('┼')).toBe(bar);
    // The code's indent, then each continuation behind ↳ in the indent's place (after the pane's margin).
    const indent = row('result = ').indexOf('result');
    expect(row('↳').indexOf('↳ ') + 2, s.dump()).toBe(indent);
    expect(rows.join('\n').replace(/\s+/g, '')).toContain('punch_cards=True)');
    const border = rows[0]!.lastIndexOf('│');
    for (const r of rows.slice(0, 15)) expect(r.lastIndexOf('│'), s.dump()).toBe(border);
  });
});
