/**
 * Inputs made to hurt: names and server answers carrying terminal controls, and text that made
 * the wrapper or the parsers take minutes or overflow the stack. Each test asserts what a user
 * would see (the message, the article), never how long it took.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../src/load/article.js';
import { fetchUrl } from '../../src/load/fetch-url.js';
import { openArticle, readArticleFile } from '../../src/load/read-input.js';
import { isTerminalSafe } from '../../src/load/sanitize.js';
import { type LocalServer, listenRaw } from '../helpers/http.js';
import { tempDir } from '../helpers/temp.js';

/** An OSC that sets the window title, ended by BEL, and SGR red: what a hostile name carries. */
const TITLE_SEQ = '\x1b]0;PWNED\x07';
const RED = '\x1b[31m';

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('strings from outside are terminal-safe where they enter', () => {
  let reason: LocalServer;
  let contentType: LocalServer;

  beforeAll(async () => {
    reason = await listenRaw(
      `HTTP/1.1 404 Not ${TITLE_SEQ}${RED}Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    // Header values may carry bytes 0x80–0x9F, which undici reads as C1 controls (CSI, OSC, ST).
    contentType = await listenRaw(
      'HTTP/1.1 200 OK\r\nContent-Type: application/x\x9b31mevil\x9d0;PWNED\x9c\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi',
    );
  });
  afterAll(async () => {
    await reason.close();
    await contentType.close();
  });

  it("shows a server's reason phrase with stand-ins for its controls", async () => {
    const error = await loadError(fetchUrl(`${reason.base}/story`));
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(error.message).toContain('the server answered 404 Not ␛]0;PWNED␇␛[31mFound');
  });

  it('shows a hostile Content-Type with stand-ins for its C1 controls', async () => {
    const error = await loadError(fetchUrl(`${contentType.base}/story`));
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(error.message).toContain('is not an article (the server sent application/x⍰31mevil⍰0)');
  });

  it('keeps a hostile URL given on the command line out of the message', async () => {
    const error = await loadError(openArticle(`${reason.base}/${TITLE_SEQ}`));
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(isTerminalSafe(error.source)).toBe(true);
  });

  it('names a file whose name holds escapes and a newline on one safe line', async () => {
    const dir = tempDir('lede-hostile-name-');
    const name = `evil${TITLE_SEQ}${RED}red\nline.txt`;
    writeFileSync(join(dir, name), 'A title\n\nSome text to read.\n');
    const article = await readArticleFile(join(dir, name));
    expect(isTerminalSafe(article.source)).toBe(true);
    expect(article.source).not.toContain('\n');
    expect(article.source.endsWith('evil␛]0;PWNED␇␛[31mred␊line.txt')).toBe(true);

    const missing = await loadError(readArticleFile(join(dir, `gone${TITLE_SEQ}\n.txt`)));
    expect(missing.message).toMatch(/gone␛\]0;PWNED␇␊\.txt: no such file$/);
    expect(isTerminalSafe(missing.message)).toBe(true);
  });

  it('makes every LoadError safe, whatever it was given', () => {
    const error = new LoadError(`a${TITLE_SEQ}`, `problem ${RED}\u009b2J\r\nnext`);
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(error.message).toBe('a␛]0;PWNED␇: problem ␛[31m⍰2J␍␊next');
  });
});
