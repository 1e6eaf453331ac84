import { describe, expect, it } from 'vitest';
import {
  type Binding,
  CATEGORIES,
  type Context,
  KEYMAP,
  activeContexts,
  keyHint,
  keyName,
  keyNames,
  lookup,
} from '../../src/ui/keymap.js';
import { helpLines, keySummary } from '../../src/ui/help.js';

describe('the keymap table', () => {
  it('gives every binding keys, a description and one known category', () => {
    for (const b of KEYMAP) {
      expect(b.keys.length, b.command).toBeGreaterThan(0);
      expect(b.description.trim(), b.command).not.toBe('');
      expect(CATEGORIES, b.command).toContain(b.category);
    }
  });

  it('binds no key twice in one focus or layer', () => {
    const layers = ['article', 'sidebar', 'search', 'outline', 'help'] as const;
    for (const layer of layers) {
      const contexts: Context[] = activeContexts(layer);
      const seen = new Map<string, string>();
      for (const context of contexts) {
        for (const b of KEYMAP.filter((x) => x.context === context)) {
          for (const key of b.keys) {
            // Within one layer a key means one thing: no shadowing between a focus and the global bindings.
            const where = key;
            expect(seen.has(where), `${key} bound twice in ${layer} (${seen.get(where)} and ${b.command})`).toBe(false);
            seen.set(where, b.command);
          }
        }
      }
      // And across the layer's contexts, a key resolves to exactly one command.
      const keys = new Set(contexts.flatMap((c) => KEYMAP.filter((b) => b.context === c).flatMap((b) => b.keys)));
      for (const key of keys) expect(lookup(layer, key)).toBeDefined();
    }
  });

  it('covers what the reader needs in the article', () => {
    const expected: Record<string, string> = {
      j: 'lineDown',
      down: 'lineDown',
      k: 'lineUp',
      up: 'lineUp',
      space: 'pageDown',
      f: 'pageDown',
      pagedown: 'pageDown',
      b: 'pageUp',
      pageup: 'pageUp',
      d: 'halfPageDown',
      u: 'halfPageUp',
      g: 'top',
      home: 'top',
      G: 'bottom',
      end: 'bottom',
      ']': 'nextSection',
      '[': 'previousSection',
      tab: 'toggleFocus',
      n: 'nextMention',
      N: 'previousMention',
      '/': 'search',
      h: 'toggleHighlight',
      o: 'outline',
      s: 'toggleSidebar',
      '?': 'help',
      q: 'quit',
      Q: 'quitAll',
      'ctrl+c': 'quitAll',
    };
    for (const [key, command] of Object.entries(expected)) expect(lookup('article', key), key).toBe(command);
    expect(lookup('sidebar', 'down')).toBe('entityDown');
    expect(lookup('sidebar', 'enter')).toBe('chooseEntity');
    expect(lookup('sidebar', 'space')).toBe('pageDown');
    expect(lookup('search', 'q')).toBeUndefined();
    expect(lookup('search', 'ctrl+c')).toBe('quitAll');
    expect(lookup('shelf', 'q')).toBe('quit');
    expect(lookup('shelf', 'enter')).toBe('shelfOpen');
  });

  it('names keys the way the table spells them', () => {
    expect(keyName('', { downArrow: true })).toBe('down');
    expect(keyName(' ', {})).toBe('space');
    expect(keyName('c', { ctrl: true })).toBe('ctrl+c');
    expect(keyName('G', { shift: true })).toBe('G');
    expect(keyName('', { pageDown: true })).toBe('pagedown');
  });

  it('splits keys that arrived together into one key each', () => {
    expect(keyNames('nn', {}).map((k) => k.name)).toEqual(['n', 'n']);
    expect(keyNames('\th', {}).map((k) => k.name)).toEqual(['tab', 'h']);
    expect(keyNames('a b\r', {}).map((k) => k.name)).toEqual(['a', 'space', 'b', 'enter']);
    expect(keyNames('', { downArrow: true })).toEqual([{ name: 'down', text: '' }]);
    expect(keyNames('東', {})).toEqual([{ name: '東', text: '東' }]);
  });

  it('draws the help from the same table', () => {
    const text = helpLines()
      .map((l) => `${l.heading ?? ''}${l.keys ?? ''} ${l.description ?? ''}`)
      .join('\n');
    for (const b of KEYMAP) expect(text).toContain(b.description);
  });

  it('draws the key hints shown on screen from the table', () => {
    expect(keyHint('help')).toBe('?');
    expect(keyHint(['confirmSearch', 'cancelSearch'])).toBe('Enter Esc');
    expect(keyHint(['outlineUp', 'outlineDown'], 'outline', { count: 1, join: '' })).toBe('↑↓');
    expect(keyHint('closeOverlay', 'help', { join: 'or' })).toBe('Esc, q or ?');
    expect(keyHint(['lineDown', 'lineUp'], undefined, { count: 2 })).toBe('j k ↓ ↑');
    expect(keyHint('quit', 'shelf')).toBe('q Q');
    // A hint for a command where it is not bound is a mistake in the code, not a blank on screen.
    expect(() => keyHint('shelfOpen', 'help')).toThrow(/no binding/);
  });

  it('summarises the keys for --help from the table: each key named does what its label says', () => {
    const [first, second] = keySummary();
    expect(first).toBe('j k ↓ ↑ line · space b page · g G top/bottom · ] [ section · / search');
    expect(second).toBe(
      'Tab sidebar · Enter choose entity · n N next/previous mention · h highlight · ? all keys · q quit',
    );
  });

  it('types key names, so a misspelt key in a binding fails to compile', () => {
    const binding: Binding = {
      command: 'help',
      // @ts-expect-error: 'esc' is no key name ('escape' is); `npm run check` fails if this compiles.
      keys: ['esc'],
      context: 'reader',
      category: 'General',
      description: 'typo',
    };
    const fine: Binding = { ...binding, keys: ['escape', 'ctrl+x', 'pagedown', 'G', ']'] };
    expect(fine.keys).toHaveLength(5);
  });
});
