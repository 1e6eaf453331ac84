import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

/**
 * A Markdown article with four kept links over three targets (one linked twice, one mailto) and
 * three that must be dropped (javascript:, data:, and a relative one with nothing to resolve it
 * against), for the links tests.
 */
export const LINKS_STORY = `# Council budget

The council published [its budget](https://example.com/budget) on Tuesday, and the city
[auditor](https://example.com/audit?year=2024&part=2) replied the same day in a long letter.

Nobody should see [a script](javascript:alert(1)), [some data](data:text/html,hi) or
[a relative page](notes.html) as links, but [the desk](mailto:desk@example.com) is one.

Read [the budget again](https://example.com/budget) before the vote on Thursday.
`;

/** LINKS_STORY written to a fresh temporary file; its path. */
export function linksArticle(): string {
  const file = join(tempDir('lede-links-'), 'budget.md');
  writeFileSync(file, LINKS_STORY);
  return file;
}
