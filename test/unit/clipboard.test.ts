import { describe, expect, it } from 'vitest';
import { MAX_OSC52_BYTES, copyText, desktopCopier, osc52 } from '../../src/app/clipboard.js';

describe('copying through the terminal', () => {
  it('wraps the text in OSC 52, base64 of its UTF-8', () => {
    expect(osc52('“Hi,” — Ann')).toBe(`\u001b]52;c;${Buffer.from('“Hi,” — Ann').toString('base64')}\u0007`);
    expect(osc52('x'.repeat(MAX_OSC52_BYTES + 10))).toBeNull();
  });

  it('writes the sequence and says what was copied', () => {
    const written: string[] = [];
    const result = copyText('a quote', (s) => written.push(s), {}, 'the quotation');
    expect(result).toEqual({ ok: true, message: 'copied the quotation' });
    expect(written).toEqual([osc52('a quote')]);
  });

  it('refuses text with control characters: nothing is written', () => {
    const written: string[] = [];
    const result = copyText('evil\u001b]0;x\u0007', (s) => written.push(s), {}, 'the paragraph');
    expect(result.ok).toBe(false);
    expect(written).toEqual([]);
  });

  it('uses the desktop’s tool only on a local desktop', () => {
    expect(desktopCopier({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toEqual(['wl-copy']);
    expect(desktopCopier({ DISPLAY: ':0' }, 'linux')).toEqual(['xclip', '-selection', 'clipboard']);
    expect(desktopCopier({ DISPLAY: ':0', SSH_CONNECTION: '1 2 3 4' }, 'linux')).toBeNull();
    expect(desktopCopier({}, 'darwin')).toEqual(['pbcopy']);
    expect(desktopCopier({}, 'linux')).toBeNull();
  });
});
