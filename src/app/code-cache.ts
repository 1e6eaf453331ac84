/**
 * V8's code cache for the part of lede that draws the first page (issue 14, start-up). Node 20
 * compiles every ES module from its source at every start (module.enableCompileCache is 22.1+),
 * and loading the ~25 modules the first page needs as ES modules (resolving, linking, a facade
 * per built-in module) cost as much again. So that part is one CommonJS script, dist/start.cjs
 * (scripts/bundle-start.mjs), compiled here through vm.Script with the cache `npm run build`
 * made beside it, dist/start.cache.
 *
 * V8 checks a cache against its own version and flags and the source's length only, and a
 * damaged cache it accepts can crash the process: so the cache file names the build it was made
 * for (the id on the script's first line) and carries a SHA-256 of its bytes. A cache that is
 * missing, stale, damaged or rejected is left unused, silently: the script is compiled from its
 * source, as it would be without one.
 */
import type { createHash as CreateHash } from 'node:crypto';

/** The script's first line: `// lede-start <id>`, the id a SHA-256 of the rest of the script. */
export const ID_LINE = /^\/\/ lede-start ([0-9a-f]{64})\n/;
const MAGIC = 'lede-v8-cache 1';

/**
 * The script as compiled: CommonJS's own wrapper, and `__ledeImport`, through which the script
 * imports the ES modules loaded after the first page (vm.Script cannot run `import()` without
 * --experimental-vm-modules). The same text at build and at start, or V8 rejects the cache.
 */
export function wrapScript(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __ledeImport) {${source}\n})`;
}

/** The build id on the script's first line, or null. */
export function scriptId(source: string): string | null {
  return ID_LINE.exec(source)?.[1] ?? null;
}

type Hash = typeof CreateHash;

/** The cache file's bytes: a header line (what it is, the script's id, a digest of the data), then V8's data. */
export function packCache(id: string, data: Uint8Array, createHash: Hash): Buffer {
  const digest = createHash('sha256').update(data).digest('hex');
  return Buffer.concat([Buffer.from(`${MAGIC} ${id} ${digest}\n`, 'latin1'), data]);
}

/** V8's data from a cache file, when it was made for the script `id` and is whole; otherwise undefined. */
export function unpackCache(file: Uint8Array, id: string, createHash: Hash): Buffer | undefined {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const end = bytes.indexOf(10);
  if (end < 0 || end > 200) return undefined;
  const [magic, version, madeFor, digest] = bytes.toString('latin1', 0, end).split(' ');
  if (`${magic} ${version}` !== MAGIC || madeFor !== id) return undefined;
  const data = bytes.subarray(end + 1);
  if (data.length === 0 || createHash('sha256').update(data).digest('hex') !== digest) return undefined;
  return data;
}
