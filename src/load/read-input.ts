import { readFile, stat } from 'node:fs/promises';
import { type Article, LoadError } from './article.js';
import { parsePlainText } from './parse-text.js';

/** Refuse inputs larger than this rather than exhaust memory: far beyond any article or book. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const TOO_LARGE = `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most lede opens`;

const PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && PROBLEMS[code]) ?? `cannot be read (${code ?? String(error)})`;
}

export async function readArticleFile(path: string): Promise<Article> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new LoadError(path, 'is a directory');
    if (info.size > MAX_INPUT_BYTES) throw new LoadError(path, TOO_LARGE);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(path, describe(error));
  }
  return parseBytes(bytes, path);
}

export async function readArticleStream(stream: NodeJS.ReadableStream, source = '-'): Promise<Article> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) throw new LoadError(source, TOO_LARGE);
      chunks.push(buf);
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(source, describe(error));
  }
  return parseBytes(Buffer.concat(chunks), source === '-' ? 'standard input' : source);
}

function parseBytes(bytes: Buffer, source: string): Article {
  if (bytes.length === 0) throw new LoadError(source, 'the file is empty');
  if (bytes.includes(0)) throw new LoadError(source, 'looks like a binary file, not text');
  return parsePlainText(decode(bytes), source);
}

/** UTF-8 (BOM or not); bytes that are not valid UTF-8 are read as Windows-1252, as browsers do. */
function decode(bytes: Buffer): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
