import { describe, expect, it } from 'vitest';
import { jsonOutput } from '../../src/app/output.js';
import { numberLinks } from '../../src/layout/links.js';
import { renderPlain } from '../../src/layout/plain.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { STORY } from '../helpers/links-md-story.js';

describe('numbering the links', () => {
  it('numbers each target once, in order of first appearance, with its first words', () => {
    const a = parseMarkdown(STORY, 'story.md');
    const { targets, numbers } = numberLinks(a);
    expect(targets.map((t) => [t.number, t.text, t.href])).toEqual([
      [1, 'its budget', 'https://example.com/budget'],
      [2, 'auditor', 'https://example.com/audit'],
      [3, 'the desk', 'mailto:desk@example.com'],
      [4, 'table', 'https://example.com/roads'],
    ]);
    expect(numbers).toEqual([1, 2, 1, 3, 4]);
  });
});

describe('--plain', () => {
  it('marks each link [n] after its words and ends with the numbered References', () => {
    const out = renderPlain(parseMarkdown(STORY, 'story.md'), 200);
    expect(out).toContain('The council published its budget[1] on Tuesday, and the auditor[2] replied the same day.');
    expect(out).toContain('Read the budget again[1] or write to the desk[3].');
    expect(out).toMatch(/Roads +│? *table\[4\]/);
    expect(
      out.endsWith(
        [
          'References',
          '',
          '[1] https://example.com/budget',
          '[2] https://example.com/audit',
          '[3] mailto:desk@example.com',
          '[4] https://example.com/roads',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
  });

  it('wraps the text with the markers in it, never past the width', () => {
    const out = renderPlain(parseMarkdown(STORY, 'story.md'), 30);
    const body = out.slice(0, out.indexOf('\nReferences'));
    for (const line of body.split('\n')) expect(line.length, line).toBeLessThanOrEqual(30);
    expect(body.replace(/\s+/g, ' ')).toContain('its budget[1] on Tuesday');
  });

  it('prints an article without links as before: no markers, no References', () => {
    const plain = parseMarkdown('# T\n\nNo links here at all.\n', 't.md');
    expect(renderPlain(plain, 80)).toBe('T\n\nNo links here at all.\n');
  });
});

describe('--json', () => {
  it('gives links as {start, end, href} over the text the other spans use', () => {
    const a = parseMarkdown(STORY, 'story.md');
    const out = jsonOutput({ text: a.text, entities: [] }, a);
    expect(out.links).toHaveLength(5);
    expect(out.links.map((l) => [out.text.slice(l.start, l.end), l.href])[0]).toEqual([
      'its budget',
      'https://example.com/budget',
    ]);
    expect(Object.keys(out.links[0]!)).toEqual(['start', 'end', 'href']);
  });
});
