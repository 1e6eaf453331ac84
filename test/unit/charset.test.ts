/** Pages that declare the wrong charset, read as their bytes are (issue 11). */
import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffHtmlCharset } from '../../src/load/decode.js';
import { articleFromBytes } from '../../src/load/read-input.js';

const PARAGRAPH = '<p>Café owners in Zürich say the new rules — announced on Tuesday — will cost them “a fortune”.</p>';
const page = (meta: string) =>
  `<!doctype html><html><head>${meta}<title>Zürich cafés</title></head><body><article><h1>Zürich cafés</h1>${PARAGRAPH}${PARAGRAPH.replace('Tuesday', 'Friday')}</article></body></html>`;

describe('a declared charset that the bytes contradict', () => {
  it('reads a page declaring <meta charset="utf-16"> but stored as UTF-8 as UTF-8', async () => {
    const bytes = Buffer.from(page('<meta charset="utf-16">'));
    expect(sniffHtmlCharset(bytes)).toBe('utf-8');
    const article = await articleFromBytes(bytes, 'page.html', { name: 'page.html' });
    expect(article.title).toBe('Zürich cafés');
    expect(article.text).toContain(
      'Café owners in Zürich say the new rules — announced on Tuesday — will cost them “a fortune”.',
    );
  });

  it('treats an http-equiv UTF-16 declaration the same way', () => {
    const bytes = Buffer.from(page('<meta http-equiv="Content-Type" content="text/html; charset=UTF-16LE">'));
    expect(sniffHtmlCharset(bytes)).toBe('utf-8');
  });

  it('prefers UTF-8 when a legacy charset is declared but the bytes are valid non-ASCII UTF-8', async () => {
    for (const declared of ['iso-8859-1', 'windows-1252', 'windows-1251', 'koi8-r', 'shift_jis']) {
      expect(decodeBytes(Buffer.from('Zürich — “quoted”'), declared), declared).toBe('Zürich — “quoted”');
    }
    const served = await articleFromBytes(Buffer.from(page('<meta charset="windows-1252">')), 'https://x/a', {
      contentType: 'text/html; charset=iso-8859-1',
    });
    expect(served.title).toBe('Zürich cafés');
    expect(served.text).not.toMatch(/Ã|â€/);
  });

  it('still follows a legacy charset when the bytes are not valid UTF-8', () => {
    // “Zürich” in Windows-1252 (0xFC) and in Windows-1251 (Cyrillic): not valid UTF-8.
    expect(decodeBytes(Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]), 'windows-1252')).toBe('Zürich');
    expect(decodeBytes(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'windows-1251')).toBe('Привет');
    // Pure ASCII reads the same in every charset lede meets.
    expect(decodeBytes(Buffer.from('plain text'), 'iso-8859-1')).toBe('plain text');
  });
});
