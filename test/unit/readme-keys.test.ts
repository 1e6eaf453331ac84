import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Command, type Context, KEYMAP, displayKey } from '../../src/ui/keymap.js';

/**
 * The README's key table against the key table in the code: each README row documents some
 * bindings (named here by command and context); every key of those bindings must appear in the
 * row, the row may name no other key, and every binding must be documented by exactly one row.
 */
const ROWS: readonly (readonly [string, readonly (readonly [Command, Context])[]])[] = [
  [
    'line down / up',
    [
      ['lineDown', 'article'],
      ['lineUp', 'article'],
    ],
  ],
  [
    'page down / up',
    [
      ['pageDown', 'reader'],
      ['pageUp', 'reader'],
    ],
  ],
  [
    'half page down / up',
    [
      ['halfPageDown', 'reader'],
      ['halfPageUp', 'reader'],
    ],
  ],
  [
    'top / bottom',
    [
      ['top', 'reader'],
      ['bottom', 'reader'],
    ],
  ],
  [
    'next / previous section',
    [
      ['nextSection', 'reader'],
      ['previousSection', 'reader'],
    ],
  ],
  [
    'outline',
    [
      ['outline', 'reader'],
      ['outlineDown', 'outline'],
      ['outlineUp', 'outline'],
      ['outlinePageDown', 'outline'],
      ['outlinePageUp', 'outline'],
      ['outlineTop', 'outline'],
      ['outlineBottom', 'outline'],
      ['outlineFilter', 'outline'],
      ['cancelFilter', 'filter'],
      ['chooseSection', 'outline'],
      ['closeOverlay', 'outline'],
    ],
  ],
  ['a count', [['count', 'reader']]],
  ['go that far through', [['goToPercent', 'reader']]],
  [
    'jump back / forward',
    [
      ['jumpBack', 'reader'],
      ['jumpForward', 'reader'],
    ],
  ],
  ['set a mark', [['setMark', 'reader']]],
  ['go to that mark', [['goToMark', 'reader']]],
  ['move focus between', [['toggleFocus', 'reader']]],
  ['move focus backwards', [['focusBack', 'reader']]],
  [
    'choose an entity',
    [
      ['entityDown', 'sidebar'],
      ['entityUp', 'sidebar'],
      ['chooseEntity', 'sidebar'],
    ],
  ],
  [
    'next / previous mention',
    [
      ['nextMention', 'reader'],
      ['previousMention', 'reader'],
    ],
  ],
  [
    'search the text',
    [
      ['search', 'reader'],
      ['confirmSearch', 'search'],
      ['cancelSearch', 'search'],
    ],
  ],
  ['clear the search', [['clear', 'reader']]],
  [
    'links',
    [
      ['links', 'reader'],
      ['linkDown', 'links'],
      ['linkUp', 'links'],
      ['openLink', 'links'],
      ['linkNumber', 'links'],
      ['closeOverlay', 'links'],
    ],
  ],
  ['open the article', [['openArticleUrl', 'reader']]],
  [
    'who said what',
    [
      ['quotesView', 'reader'],
      ['viewDown', 'quotes'],
      ['viewUp', 'quotes'],
      ['viewPageDown', 'quotes'],
      ['viewPageUp', 'quotes'],
      ['viewTop', 'quotes'],
      ['viewBottom', 'quotes'],
      ['chooseQuote', 'quotes'],
      ['closeOverlay', 'quotes'],
    ],
  ],
  [
    'timeline',
    [
      ['timelineView', 'reader'],
      ['viewDown', 'timeline'],
      ['viewUp', 'timeline'],
      ['viewPageDown', 'timeline'],
      ['viewPageUp', 'timeline'],
      ['viewTop', 'timeline'],
      ['viewBottom', 'timeline'],
      ['chooseDate', 'timeline'],
      ['closeOverlay', 'timeline'],
    ],
  ],
  ['write a brief', [['writeBrief', 'reader']]],
  ['highlight mode', [['toggleHighlight', 'reader']]],
  ['sidebar on / off', [['toggleSidebar', 'reader']]],
  ['copy the marked quotation', [['copy', 'reader']]],
  ["copy the article's URL", [['copyLocation', 'reader']]],
  ['where am I', [['where', 'reader']]],
  ['redraw the screen', [['redraw', 'any']]],
  [
    'every key',
    [
      ['help', 'reader'],
      ['lineDown', 'help'],
      ['lineUp', 'help'],
      ['closeOverlay', 'help'],
    ],
  ],
  ['quit;', [['quit', 'reader']]],
  [
    'quit lede, shelf and all',
    [
      ['quitAll', 'reader'],
      ['quitAll', 'any'],
    ],
  ],
  ['suspend lede', [['suspend', 'any']]],
  [
    'choose an article',
    [
      ['shelfDown', 'shelf'],
      ['shelfUp', 'shelf'],
      ['shelfTop', 'shelf'],
      ['shelfBottom', 'shelf'],
      ['shelfOpen', 'shelf'],
      ['quit', 'shelf'],
    ],
  ],
  [
    "the shelf's X-Ray",
    [
      ['shelfIndex', 'shelf'],
      ['shelfListDown', 'shelfList'],
      ['shelfListUp', 'shelfList'],
      ['shelfListPageDown', 'shelfList'],
      ['shelfListPageUp', 'shelfList'],
      ['shelfListTop', 'shelfList'],
      ['shelfListBottom', 'shelfList'],
      ['shelfListOpen', 'shelfList'],
      ['shelfListBack', 'shelfList'],
    ],
  ],
  [
    'search every article on the shelf',
    [
      ['shelfSearch', 'shelf'],
      ['shelfSearchConfirm', 'shelfPrompt'],
      ['shelfSearchCancel', 'shelfPrompt'],
    ],
  ],
];

/** The rows of the table under "## Keys": the keys cell, the action cell, and every `key` named. */
function readmeRows(markdown: string): { keys: string; action: string; named: string[] }[] {
  const section = markdown.split(/^## Keys$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // the header and the |---| line
    .map((line) => {
      const [, keys = '', action = ''] = line.split(/(?<!`)\|(?!`)/).map((c) => c.trim());
      return { keys, action, named: [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) };
    });
}

const rows = readmeRows(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
const id = (command: Command, context: Context) => `${command} in ${context}`;

describe("the README's key table", () => {
  it('is there, and each row is one the test knows', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const matches = ROWS.filter(([start]) => row.action.startsWith(start));
      expect(matches.length, `README row "${row.keys} | ${row.action}"`).toBe(1);
    }
    for (const [start] of ROWS)
      expect(
        rows.some((r) => r.action.startsWith(start)),
        `no README row begins "${start}"`,
      ).toBe(true);
  });

  it('documents every binding in the code, in one row', () => {
    const documented = ROWS.flatMap(([, bindings]) => bindings.map(([c, x]) => id(c, x)));
    const bound = KEYMAP.map((b) => id(b.command, b.context));
    expect(new Set(documented).size, 'a binding in two rows').toBe(documented.length);
    expect([...documented].sort()).toEqual([...bound].sort());
  });

  it('names every key of each binding in its row, and no key the bindings do not have', () => {
    for (const row of rows) {
      const [, bindings] = ROWS.find(([start]) => row.action.startsWith(start))!;
      const keys = bindings.flatMap(([command, context]) => {
        const binding = KEYMAP.find((b) => b.command === command && b.context === context);
        expect(binding, id(command, context)).toBeDefined();
        return binding!.keys.map(displayKey);
      });
      const where = `README row "${row.keys} | ${row.action}"`;
      for (const key of keys) expect(row.named, `${where} does not name ${key}`).toContain(key);
      for (const named of row.named) expect(keys, `${where} names ${named}, which its bindings lack`).toContain(named);
    }
  });
});
