/** A Markdown story with links: repeated targets, a mailto link and a link in a table. */
export const STORY = [
  '# Council budget',
  '',
  'The council published [its budget](https://example.com/budget) on Tuesday, and the',
  '[auditor](https://example.com/audit) replied the same day.',
  '',
  'Read [the budget again](https://example.com/budget) or write to [the desk](mailto:desk@example.com).',
  '',
  '| Item | Source |',
  '|---|---|',
  '| Roads | [table](https://example.com/roads) |',
  '',
].join('\n');
