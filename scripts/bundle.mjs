// Bundles the command (dist/cli.js, which runs dist/start.cjs: scripts/bundle-start.mjs), the
// analysis worker (dist/analysis-worker.js) and the worker of the pool that indexes a shelf
// (dist/pool-worker.js) with esbuild, after tsc. One file per entry point loads several times faster than the
// hundreds of modules Ink, React and their dependencies are made of: the first frame depends on it.
// Modules loaded only on demand (web pages, Markdown, the shelf…) stay in chunks of their own.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleStart } from './bundle-start.mjs';
import { lazyIcu } from './ink/lazy-icu.mjs';
import { makeOneByte } from './one-byte.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `text` (the file at `path`) with its one `from` replaced by `to`; the build fails when `from` is
 * not there exactly once (`what` names it in the message): the code patched is not as expected.
 */
function replaceOnce(path, text, from, to, what = `\`${from.trim()}\``) {
  if (text.split(from).length !== 2) throw new Error(`${path}: no single ${what} to patch`);
  return text.replace(from, to);
}

/**
 * Ink's frame, rebuilt from scratch on every key, was most of a key's time (issue 14): its Output
 * is replaced by scripts/ink/output.mjs (the same strings, with work kept across frames), and the
 * width of each text node, measured on every frame, is remembered. Each patch fails the build
 * when Ink's code no longer looks as expected, rather than shipping an unpatched or broken Ink.
 */
const inkPatches = {
  name: 'ink-patches',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]output\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      if (!original.includes('class OutputCaches') || !original.includes('styledCharsToString(lineWithoutEmptyItems)'))
        throw new Error(
          `${args.path}: not the Output scripts/ink/output.mjs replaces (Ink 6.8); check it against this Ink`,
        );
      return { contents: readFileSync(join(ROOT, 'scripts/ink/output.mjs'), 'utf8'), resolveDir: dirname(args.path) };
    });
    // Yoga's WebAssembly comes as a base64 data: URL, which its loader fetches with fetch() when
    // there is one: in Node that loads undici and decodes the 96 kB URL with its JavaScript
    // percent-decoder, 70–110 ms of the reader's thread while Ink loads (when the first keys
    // wait for it). The same bytes are decoded by Buffer in 0.2 ms and handed over as
    // Emscripten's `wasmBinary`, which the loader then uses as it is.
    b.onLoad(
      { filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ },
      (args) => {
        const original = readFileSync(args.path, 'utf8');
        const from = 'return w||"function"!=typeof fetch?';
        const decoded = 'return w||(ua(H)&&(w=Buffer.from(H.slice(37),"base64")),w)||"function"!=typeof fetch?';
        return { contents: replaceOnce(args.path, original, from, decoded), resolveDir: dirname(args.path) };
      },
    );
    b.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      const from = "import widestLine from 'widest-line';";
      if (!original.includes(from)) throw new Error(`${args.path}: no \`${from}\` to patch`);
      const cached = [
        "import widestLineUncached from 'widest-line';",
        "const widestLines = process.env.LEDE_RENDER === 'reference' ? null : new Map();",
        'const widestLine = (text) => {',
        '  if (!widestLines) return widestLineUncached(text);',
        '  let width = widestLines.get(text);',
        '  if (width === undefined) {',
        '    if (widestLines.size >= 10000) widestLines.clear();',
        '    widestLines.set(text, (width = widestLineUncached(text)));',
        '  }',
        '  return width;',
        '};',
      ].join('\n');
      return { contents: original.replace(from, cached), resolveDir: dirname(args.path) };
    });
    // A key's frame is not held back by a frame drawn for something else just before it (the
    // analysis's progress): Ink's frames go through scripts/ink/key-frames.mjs's `keyFirst`, and
    // its App handles each key inside `duringInput`, so that module knows which frames are keys'.
    const keyFrames = JSON.stringify(join(ROOT, 'scripts/ink/key-frames.mjs'));
    b.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]ink\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      const from = [
        '            const throttled = throttle(this.onRender, renderThrottleMs, {',
        '                leading: true,',
        '                trailing: true,',
        '            });',
        '            this.rootNode.onRender = () => {',
        '                this.hasPendingThrottledRender = true;',
        '                throttled();',
        '            };',
      ].join('\n');
      const to = [
        '            const { throttled, request } = keyFirst(throttle, this.onRender, renderThrottleMs);',
        '            this.rootNode.onRender = () => {',
        '                this.hasPendingThrottledRender = true;',
        '                request();',
        '            };',
      ].join('\n');
      const throttled = replaceOnce(args.path, original, from, to, "Ink's frame throttle");
      const contents = `import { keyFirst } from ${keyFrames};\n${throttled}`;
      return { contents, resolveDir: dirname(args.path) };
    });
    b.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]components[\\/]App\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      const from = [
        '    const emitInput = useCallback((input) => {',
        '        handleInput(input);',
        "        internal_eventEmitter.current.emit('input', input);",
        '    }, [handleInput]);',
      ].join('\n');
      const to = [
        '    const emitInput = useCallback((input) => duringInput(() => {',
        '        handleInput(input);',
        "        internal_eventEmitter.current.emit('input', input);",
        '    }), [handleInput]);',
      ].join('\n');
      const marked = replaceOnce(args.path, original, from, to, "Ink's emitInput");
      const contents = `import { duringInput } from ${keyFrames};\n${marked}`;
      return { contents, resolveDir: dirname(args.path) };
    });
    // Ink's incremental log-update (the incrementalRendering option), for lede, which owns the
    // whole (alternate) screen: Ink's frame always starts at its top-left corner.
    b.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]log-update\.js$/ }, (args) => {
      const original = readFileSync(args.path, 'utf8');
      // Ink goes back to the frame's first row by counting rows up from where it left the cursor
      // (one too few when the last frame ended with a line break, as lede's always do). Anything
      // that moved the cursor or scrolled the screen behind its back put every later row in the
      // wrong place: lede addresses each row it writes from the top-left corner instead, and moves
      // over unchanged rows in one jump, not a line at a time (CSI E per row: 3 bytes each).
      const from = 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));';
      if (original.split(from).length !== 2) throw new Error(`${args.path}: no single \`${from}\` to patch`);
      const fixed = '// (each row written is addressed from the corner below)';
      // Writing only the changed rows trusts that the screen holds the last frame drawn. A resize
      // breaks that (issue 14, the resize storm of hostile.e2e). reader.tsx clears the screen on
      // every resize (its listener runs first), so the log forgets its last frame. Then Ink's own
      // resize handler draws at once, before lede has laid the frame out for the new size: after
      // a narrowing, lines as wide as the old terminal, which the new one wraps and scrolls.
      // Replayed from a failing run's pty bytes: the whole frame drawn next erased upwards from a
      // cursor that was no longer where Ink believed, and wrote its rows over the wrapped ones
      // without erasing their tails (a stale `§1/1` in the sidebar), and later frames only
      // rewrote changed rows. So: a whole frame starts at the top-left corner and erases the
      // screen first (which also clears xterm's marks of rows wrapped by the frame before, as
      // Ink's erasing of line after line did); and after a resize, frames are drawn whole until
      // one fits the terminal (checked only then: it costs a width per line).
      const start = 'const createIncremental = (stream, { showCursor = false } = {}) => {';
      const forget =
        "stream.on?.('resize', () => { previousOutput = ''; previousLines = []; forceFull = true; afterResize = true; });";
      const ret =
        '    render.willRender = (str) => hasChanges(str, getActiveCursor());\n    return render;\n};\nconst create = ';
      // (The end of createIncremental: the last function before `create`.)
      if (original.split(start).length !== 2 || original.split(ret).length !== 2)
        throw new Error(`${args.path}: createIncremental is not as expected`);
      // A changed row is written from its first changed cell to its last (scripts/ink/output.mjs
      // works the spans out), when the frame is the one they were made for and the row on the
      // screen is the one they were made against; otherwise the whole row, as Ink does.
      const row =
        'buffer.push(ansiEscapes.cursorTo(0) +\n                nextLines[i] +\n                ansiEscapes.eraseEndLine +';
      const span = [
        'if (at !== i) buffer.push(ansiEscapes.cursorTo(0, i));',
        '            const frame = globalThis.__ledeFrame;',
        "            const span = frame && (str === frame.output || str === frame.output + '\\n') && frame.before && previousLines[i] === frame.before[i] ? frame.patches.get(i) : undefined;",
        '            buffer.push((span ?? ansiEscapes.cursorTo(0) + nextLines[i] + ansiEscapes.eraseEndLine) +',
      ].join('\n');
      if (original.split(row).length !== 2) throw new Error(`${args.path}: the row write is not as expected`);
      // Whole frames: after a resize (above), after Ink's own clear-the-terminal path (its `sync`,
      // when a frame was as tall as the terminal: lines may have scrolled away), and whenever the
      // frame's height changes.
      const fits = [
        "        const nextLines = str.split('\\n');",
        '        // After a resize, a frame that does not fit is drawn whole, and so is the one after it.',
        '        const unfit = afterResize && (visibleLineCount(nextLines, str) > (stream.rows || Infinity) || nextLines.some((line) => stringWidth(line) > (stream.columns || Infinity)));',
        '        if (!unfit) afterResize = false;',
      ].join('\n');
      const patches = [
        [
          "import cliCursor from 'cli-cursor';\n",
          "import cliCursor from 'cli-cursor';\nimport stringWidth from 'string-width';\n",
        ],
        [
          '    let previousLines = [];\n',
          '    let previousLines = [];\n    let forceFull = false;\n    let afterResize = false;\n',
        ],
        ["        const nextLines = str.split('\\n');", fits],
        [
          "if (str === '\\n' || previousOutput.length === 0) {",
          "if (str === '\\n' || previousOutput.length === 0 || forceFull || nextLines.length !== previousLines.length) {\n            forceFull = unfit;",
        ],
        [
          '            stream.write(returnPrefix +\n                ansiEscapes.eraseLines(previousLines.length) +\n                str +\n                cursorSuffix);',
          '            stream.write(returnPrefix +\n                ansiEscapes.cursorTo(0, 0) +\n                ansiEscapes.eraseDown +\n                str +\n                cursorSuffix);',
        ],
        ['        previousLines = lines;\n', '        previousLines = lines;\n        forceFull = true;\n'],
        ['                    buffer.push(ansiEscapes.cursorNextLine);\n', ''],
        [
          '        for (let i = 0; i < visibleCount; i++) {\n            const isLastLine',
          '        let at = -1;\n        for (let i = 0; i < visibleCount; i++) {\n            const isLastLine',
        ],
        [
          "                (isLastLine && !hasTrailingNewline ? '' : '\\n'));\n        }\n        const cursorSuffix",
          "                (isLastLine && !hasTrailingNewline ? '' : '\\n'));\n            at = i + 1;\n        }\n        const end = hasTrailingNewline ? visibleCount : visibleCount - 1;\n        if (at !== end) buffer.push(ansiEscapes.cursorTo(0, end));\n        const cursorSuffix",
        ],
      ];
      let contents = original.replace(from, fixed).replace(ret, `    ${forget}\n${ret}`).replace(row, span);
      for (const [a, b] of patches) contents = replaceOnce(args.path, contents, a, b);
      return { contents, resolveDir: dirname(args.path) };
    });
  },
};
// Chunk names carry a hash: without this, every build would leave the last one's chunks behind.
rmSync(join(ROOT, 'dist/chunks'), { recursive: true, force: true });
const shared = {
  plugins: [inkPatches, lazyIcu],
  // For every file, also those a plugin resolves (which esbuild would otherwise read without it).
  tsconfig: join(ROOT, 'tsconfig.json'),
  // React's production build: the development one checks every render and is twice the size.
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink loads React's devtools only when DEV=true; lede never ships them.
  alias: { 'react-devtools-core': join(ROOT, 'scripts/no-devtools.mjs') },
};
const esm = {
  ...shared,
  outdir: join(ROOT, 'dist'),
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(): give the ES module bundle one.
  banner: {
    js: "import { createRequire as __ledeRequire } from 'node:module'; const require = __ledeRequire(import.meta.url);",
  },
};
// The first page's part, one script with its code cache (scripts/bundle-start.mjs), built over
// tsc's output of code-cache.ts, which the loader below bundles too: both wrap the script alike.
const codeCache = await import(pathToFileURL(join(ROOT, 'dist/app/code-cache.js')).href);
const { later, bridge } = await bundleStart(ROOT, shared, codeCache);
// The workers: threads of their own, which share nothing with the command's modules (the names
// step's helper, names-helper.js, loads only the recogniser: its modules come as chunks of their own). --json's
// analysis goes with them (it is the analysis the worker runs, ~4 MB with the model and the
// tagger, shared as one chunk): pure functions of the article, it needs none of the script's
// modules to be the script's own.
const { analyze, ...rest } = Object.fromEntries(later);
if (!analyze) throw new Error('the start-up script no longer imports the analysis: check bundle.mjs');
await build({
  ...esm,
  entryPoints: {
    'analysis-worker': join(ROOT, 'src/app/analysis-worker.ts'),
    'names-helper': join(ROOT, 'src/app/names-helper.ts'),
    'pool-worker': join(ROOT, 'src/app/pool-worker.ts'),
    'chunks/analyze': analyze,
  },
});
// What it loads after the first page, as ES modules: the reader (Ink, React), --brief, options…
await build({
  ...esm,
  plugins: [...shared.plugins, bridge],
  entryPoints: Object.fromEntries(Object.entries(rest).map(([name, path]) => [`chunks/${name}`, path])),
});
// The command's first two lines: /bin/sh reads them (JavaScript sees a string and a comment) and
// starts node with glibc's malloc set up, which it reads only as a process starts (src/app/cli.tsx).
// A sh line, not `#!/usr/bin/env -S …`: BusyBox's env (Alpine) has no -S, every Unix has /bin/sh.
const LAUNCHER = `#!/bin/sh
":" //; exec /usr/bin/env MALLOC_MMAP_THRESHOLD_=131072 LEDE_MALLOC=set node "$0" "$@"`;
// The command: a loader that compiles dist/start.cjs with its cache, and runs it.
await build({
  banner: { js: LAUNCHER },
  entryPoints: { cli: join(ROOT, 'src/app/cli.tsx') },
  outdir: join(ROOT, 'dist'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// Each thread keeps the source of the code it runs: one byte a character, not two (one-byte.mjs).
for (const file of [
  'analysis-worker.js',
  'names-helper.js',
  'pool-worker.js',
  ...readdirSync(join(ROOT, 'dist/chunks')).map((f) => `chunks/${f}`),
])
  if (file.endsWith('.js')) makeOneByte(join(ROOT, 'dist', file));
