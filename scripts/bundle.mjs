// Bundles the command (dist/cli.js), the analysis worker (dist/analysis-worker.js) and the worker of
// the pool that indexes a shelf (dist/pool-worker.js) with esbuild,
// over the files tsc just wrote. One file per entry point loads several times faster than the
// hundreds of modules Ink, React and their dependencies are made of: the first frame depends on it.
// Modules loaded only on demand (web pages, Markdown, the shelf…) stay in chunks of their own.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Chunk names carry a hash: without this, every build would leave the last one's chunks behind.
rmSync(join(ROOT, 'dist/chunks'), { recursive: true, force: true });
await build({
  entryPoints: {
    cli: join(ROOT, 'src/app/cli.tsx'),
    'analysis-worker': join(ROOT, 'src/app/analysis-worker.ts'),
    'pool-worker': join(ROOT, 'src/app/pool-worker.ts'),
  },
  outdir: join(ROOT, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // React's production build: the development one checks every render and is twice the size.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink loads React's devtools only when DEV=true; lede never ships them.
  alias: { 'react-devtools-core': join(ROOT, 'scripts/no-devtools.mjs') },
  // Some dependencies are CommonJS and call require(): give the ES module bundle one.
  banner: {
    js: "import { createRequire as __ledeRequire } from 'node:module'; const require = __ledeRequire(import.meta.url);",
  },
});
