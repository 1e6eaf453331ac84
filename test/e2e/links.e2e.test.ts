/**
 * Links in a real terminal: the article's links reach xterm as OSC 8 hyperlinks over their words,
 * with their sanitised targets and no others, without moving anything on the screen. Needs
 * `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { linksArticle } from '../helpers/links-story.js';
import { type Session, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

interface SeenLink {
  readonly href: string;
  readonly text: string;
}

/**
 * Records every OSC 8 hyperlink xterm parses, with the text written between its opening and its
 * closing, read back from xterm's own buffer. The handler returns false, so xterm's own handling
 * of OSC 8 goes on as usual.
 */
function watchLinks(s: Session): SeenLink[] {
  const seen: SeenLink[] = [];
  let open: { href: string; row: number; col: number } | null = null;
  s.term.parser.registerOscHandler(8, (data) => {
    const buffer = s.term.buffer.active;
    const row = buffer.baseY + buffer.cursorY;
    const col = buffer.cursorX;
    const href = data.slice(data.indexOf(';') + 1);
    if (href) open = { href, row, col };
    else if (open) {
      const text = open.row === row ? (buffer.getLine(row)?.translateToString(true, open.col, col) ?? '') : '';
      seen.push({ href: open.href, text });
      open = null;
    }
    return false;
  });
  return seen;
}

describe('links on the screen', () => {
  it('reach xterm as OSC 8 hyperlinks with the right targets, and no others', async (t) => {
    const s = owned(t, launchCli([linksArticle(), '--width', '60'], { cols: 120, rows: 30 }));
    const seen = watchLinks(s);
    const rows = await s.waitFor((r) => r.some((l) => l.includes('before the vote')));
    await s.waitForAnalysis();
    const distinct = [...new Map(seen.map((l) => [`${l.href} ${l.text}`, l])).values()];
    expect(distinct.map((l) => [l.text, l.href]).sort(), s.dump()).toEqual(
      [
        ['its budget', 'https://example.com/budget'],
        ['auditor', 'https://example.com/audit?year=2024&part=2'],
        ['the desk', 'mailto:desk@example.com'],
        ['the budget again', 'https://example.com/budget'],
      ].sort(),
    );
    // The first page, drawn before Ink loads (first-screen.ts), has them too.
    const firstPage = s.output.slice(0, s.output.indexOf('\u001b[?2026h'));
    expect(firstPage).toContain('\u001b]8;;https://example.com/budget\u0007');
    // Nothing of the sequences shows, and nothing moved: the sidebar's rule is straight.
    const screen = s.screen();
    expect(screen.join('\n')).not.toMatch(/\]8;|example\.com/);
    const border = rows[0]!.lastIndexOf('│');
    for (const r of screen.slice(0, 12)) expect(r.lastIndexOf('│'), s.dump()).toBe(border);
  });

  it('are underlined without hyperlinks when --no-hyperlinks is given', async (t) => {
    const s = owned(t, launchCli([linksArticle(), '--no-hyperlinks'], { cols: 120, rows: 30 }));
    const seen = watchLinks(s);
    await s.waitFor((r) => r.some((l) => l.includes('before the vote')));
    await s.waitForAnalysis();
    expect(seen).toEqual([]);
    const buffer = s.term.buffer.active;
    const y = s.screen().findIndex((l) => l.includes('its budget'));
    const x = s.screen()[y]!.indexOf('its budget');
    expect(buffer.getLine(y)?.getCell(x)?.isUnderline(), s.dump()).toBeTruthy();
    expect(
      buffer
        .getLine(y)
        ?.getCell(x - 2)
        ?.isUnderline(),
      s.dump(),
    ).toBeFalsy();
  });
});
