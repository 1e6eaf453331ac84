import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_RGB,
  MIN_CONTRAST,
  THEME_COLORS,
  XTERM_RGB,
  backgroundFromColorFgBg,
  backgroundFromReply,
  contrast,
  takeTerminalReplies,
} from '../../src/ui/theme.js';

describe('themes are readable on their background', () => {
  for (const bg of ['dark', 'light'] as const) {
    it(`every text colour of the ${bg} theme keeps a contrast of ${MIN_CONTRAST}:1 or more`, () => {
      const { matchBackground, matchText, ...text } = THEME_COLORS[bg];
      for (const [style, color] of Object.entries(text))
        expect({ style, ratio: contrast(XTERM_RGB[color], BACKGROUND_RGB[bg]) >= MIN_CONTRAST }).toEqual({
          style,
          ratio: true,
        });
      expect(contrast(XTERM_RGB[matchText], XTERM_RGB[matchBackground])).toBeGreaterThanOrEqual(MIN_CONTRAST);
    });
  }

  it('the dark theme’s yellow would fail on white: the check has teeth', () => {
    expect(contrast(XTERM_RGB.yellow, BACKGROUND_RGB.light)).toBeLessThan(MIN_CONTRAST);
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });
});

describe('learning the background', () => {
  it('reads OSC 11 answers in any channel width', () => {
    expect(backgroundFromReply('\u001b]11;rgb:ffff/ffff/ffff\u0007')).toBe('light');
    expect(backgroundFromReply('\u001b]11;rgb:0000/0000/0000\u001b\\')).toBe('dark');
    expect(backgroundFromReply('\u001b]11;rgb:fd/f6/e3\u0007')).toBe('light'); // Solarized light
    expect(backgroundFromReply('\u001b]11;rgb:00/2b/36\u0007')).toBe('dark'); // Solarized dark
    expect(backgroundFromReply('\u001b]11;rgba:ffff/ffff/ffff/ffff\u0007')).toBe('light');
    expect(backgroundFromReply('garbage')).toBeNull();
  });

  it('reads COLORFGBG', () => {
    expect(backgroundFromColorFgBg('15;0')).toBe('dark');
    expect(backgroundFromColorFgBg('0;15')).toBe('light');
    expect(backgroundFromColorFgBg('0;default;15')).toBe('light');
    expect(backgroundFromColorFgBg('12;8')).toBe('dark');
    expect(backgroundFromColorFgBg(undefined)).toBeNull();
    expect(backgroundFromColorFgBg('default')).toBeNull();
  });
});

describe('terminal replies among the keys', () => {
  it('takes the OSC 11 and DA1 answers out and leaves the keys in order', () => {
    expect(takeTerminalReplies('j\u001b]11;rgb:ffff/ffff/ffff\u0007k\u001b[?62;22cq')).toEqual({
      background: 'light',
      finished: true,
      rest: 'jkq',
    });
    // No OSC 11 support: DA1 alone says the answer is not coming.
    expect(takeTerminalReplies('\u001b[?1;2c')).toEqual({ background: null, finished: true, rest: '' });
    expect(takeTerminalReplies('\u001b[A')).toEqual({ background: null, finished: false, rest: '\u001b[A' });
  });
});
