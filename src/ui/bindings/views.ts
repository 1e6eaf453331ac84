/** Views over the analysis: who said what (`"`), the timeline (`T`), and the brief to take away (`B`). */
import type { Binding, Context } from '../keymap.js';

const CATEGORY = 'Quotes and dates';

/** The moves over a view's list, the same in each view. */
function listKeys(context: Context, things: string): Binding[] {
  return [
    { command: 'viewDown', keys: ['down', 'j'], context, category: CATEGORY, description: `next ${things}` },
    { command: 'viewUp', keys: ['up', 'k'], context, category: CATEGORY, description: `previous ${things}` },
    {
      command: 'viewPageDown',
      keys: ['pagedown', 'space'],
      context,
      category: CATEGORY,
      description: 'a page down',
    },
    { command: 'viewPageUp', keys: ['pageup', 'b'], context, category: CATEGORY, description: 'a page up' },
    { command: 'viewTop', keys: ['g', 'home'], context, category: CATEGORY, description: 'the first' },
    { command: 'viewBottom', keys: ['G', 'end'], context, category: CATEGORY, description: 'the last' },
  ];
}

export const VIEWS_KEYS: readonly Binding[] = [
  {
    command: 'quotesView',
    keys: ['"'],
    context: 'reader',
    category: CATEGORY,
    description: 'who said what: the quotations by speaker',
  },
  {
    command: 'timelineView',
    keys: ['T'],
    context: 'reader',
    category: CATEGORY,
    description: 'timeline: the dates in calendar order',
  },
  {
    command: 'writeBrief',
    keys: ['B'],
    context: 'reader',
    category: CATEGORY,
    description: 'write a brief of the article to a file',
  },
  ...listKeys('quotes', 'quotation'),
  {
    command: 'chooseQuote',
    keys: ['enter'],
    context: 'quotes',
    category: CATEGORY,
    description: "jump to it; then n N walk the speaker's quotations",
  },
  {
    command: 'closeOverlay',
    keys: ['escape', 'q', '"'],
    context: 'quotes',
    category: 'General',
    description: 'close the quotations',
  },
  ...listKeys('timeline', 'date'),
  { command: 'chooseDate', keys: ['enter'], context: 'timeline', category: CATEGORY, description: 'jump to it' },
  {
    command: 'closeOverlay',
    keys: ['escape', 'q', 'T'],
    context: 'timeline',
    category: 'General',
    description: 'close the timeline',
  },
];
