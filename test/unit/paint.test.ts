import { describe, expect, it } from 'vitest';
import { createPaint } from '../../src/ui/paint.js';

const segments = [
  { text: '“quoted”', styles: ['quote' as const] },
  { text: ' and ', styles: [] },
  { text: '85', styles: ['number' as const] },
];

const sgr = (s: string) => [...s.matchAll(/\u001b\[([0-9;]*)m/g)].flatMap((m) => m[1]!.split(';'));
const COLOURS = /^(3[0-7]|9[0-7]|4[0-7]|10[0-7]|38|48)$/;

describe('painting styled text', () => {
  it('gives quotes and numbers colours when colour is on', () => {
    const out = createPaint('color').segments(segments);
    expect(sgr(out).some((c) => COLOURS.test(c))).toBe(true);
  });

  it('without colour (--no-color, NO_COLOR) keeps quotes and numbers distinct by attributes alone', () => {
    const out = createPaint('mono').segments(segments);
    const codes = sgr(out);
    expect(codes.filter((c) => COLOURS.test(c))).toEqual([]);
    expect(out).toContain('\u001b[3m“quoted”'); // italic
    expect(out).toContain('\u001b[1m85'); // bold
  });

  it('on a terminal without attributes (TERM=dumb) writes plain text', () => {
    expect(createPaint('none').segments(segments)).toBe('“quoted” and 85');
  });
});

describe('the theme', () => {
  const heading = [{ text: 'Storm', styles: ['heading' as const] }];
  it('draws headings, quotes and search matches in the light palette on a light background', () => {
    expect(sgr(createPaint('color', { background: 'light' }).segments(heading))).toContain('34'); // blue
    expect(sgr(createPaint('color', { background: 'dark' }).segments(heading))).toContain('36'); // cyan
    expect(sgr(createPaint('color', { background: 'light' }).segments(segments))).not.toContain('32'); // no green on white
    expect(sgr(createPaint('color', { background: 'light' }).style('match', 'x'))).toEqual(['30', '103', '49', '39']);
  });
});
