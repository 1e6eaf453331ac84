// The first page's part of lede as one CommonJS script with a V8 code cache (issue 14, start-up;
// src/app/code-cache.ts says why), and the bridge that lets the ES modules loaded after it (the
// reader with Ink and React, which need top-level await, and what --json, --brief, options, HTML
// and Markdown load on demand) use the very modules the script holds, not copies of them.
//
// dist/start.cjs: src/app/cli-start.ts and everything it reaches, but for dynamic imports other
// than EAGER's, which become ES modules of their own, dist/chunks/<name>.js, imported through the
// `__ledeImport` the loader (dist/cli.js) passes in. The script also publishes each ES module it
// holds on `globalThis.__ledeShared`; in the build of the later ES modules (scripts/bundle.mjs),
// an import of one of them becomes a module that re-exports what the script's copy exports.
// dist/start.cache: V8's code cache for the script, packed by code-cache.ts with the script's id.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import vm from 'node:vm';

/** Dynamic imports kept inside the script: what the first page of an article needs. */
const EAGER = new Set(['./cli-main.js', '../store/positions.js', '../ui/reading.js', './first-screen.js']);
const IMPORT = 'import("./chunks/';

/** An import() of a module loaded after the first page: external, and its entry recorded in `later`. */
function splitOff(later) {
  return {
    name: 'split-off',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || EAGER.has(args.path) || args.pluginData?.inner) return undefined;
        const resolved = await b.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: { inner: true },
        });
        if (resolved.errors.length) return { errors: resolved.errors };
        const name = args.path.startsWith('.') ? basename(args.path, '.js') : args.path.replace(/\W+/g, '-');
        if (later.has(name) && later.get(name) !== resolved.path) throw new Error(`two later modules named ${name}`);
        later.set(name, resolved.path);
        return { path: `./chunks/${name}.js`, external: true };
      });
    },
  };
}

/**
 * Builds dist/start.cjs and dist/start.cache. `options` are esbuild's, shared with the other
 * builds (define, alias, plugins). Returns the later modules' entries (name → path) and the
 * bridge plugin for their build.
 */
export async function bundleStart(root, options, { packCache, wrapScript }) {
  const later = new Map();
  const common = {
    ...options,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [...(options.plugins ?? []), splitOff(later)],
    // import.meta in a CommonJS script: the address of dist/start.cjs.
    define: { ...options.define, 'import.meta.url': '__ledeUrl', 'import.meta': '__ledeMeta' },
    banner: {
      js: '"use strict";\nvar __ledeUrl = require("node:url").pathToFileURL(__filename).href, __ledeMeta = { url: __ledeUrl };',
    },
  };
  const entry = join(root, 'src/app/cli-start.ts');
  // First the graph, to know the ES modules it holds; then the script, which publishes them.
  const first = await build({ ...common, entryPoints: [entry], outfile: join(root, 'dist/start.cjs') });
  const shared = Object.entries(first.metafile.inputs)
    .filter(([, input]) => input.format === 'esm')
    .map(([path]) => path);
  for (const [name, path] of later)
    if (shared.includes(relative(root, path))) throw new Error(`${name} is both in the start-up script and after it`);
  const table = shared.map((p) => `  ${JSON.stringify(p)}: () => require(${JSON.stringify(join(root, p))}),`);
  const contents = [
    'const shared = {',
    ...table,
    '};',
    'globalThis.__ledeShared = (id) => shared[id]();',
    `import ${JSON.stringify(entry)};`,
  ].join('\n');
  const second = await build({
    ...common,
    stdin: { contents, resolveDir: root, sourcefile: 'lede-start.js', loader: 'js' },
    outfile: join(root, 'dist/start.cjs'),
  });
  let script = second.outputFiles[0].text;
  const imports = script.split(IMPORT).length - 1;
  if (imports < later.size) throw new Error(`dist/start.cjs: ${imports} of ${later.size} later imports found`);
  if (script.replaceAll(IMPORT, '').includes('import('))
    throw new Error('dist/start.cjs: an import() the script cannot run (vm.Script has no loader)');
  script = script.replaceAll(IMPORT, '__ledeImport("./chunks/');
  const id = createHash('sha256').update(script).digest('hex');
  script = `// lede-start ${id}\n${script}`;
  const file = join(root, 'dist/start.cjs');
  writeFileSync(file, script);
  const data = new vm.Script(wrapScript(script), { filename: file }).createCachedData();
  writeFileSync(join(root, 'dist/start.cache'), packCache(id, data, createHash));
  return { later, bridge: await bridge(root, shared, options) };
}

/** The plugin that makes an import of a module the script holds read the script's copy. */
async function bridge(root, shared, options) {
  // What each module exports, as esbuild sees it (re-exports followed).
  const names = await build({
    ...options,
    absWorkingDir: root,
    entryPoints: shared.map((p) => join(root, p)),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(root, 'dist/.exports'),
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const exportsOf = new Map();
  // (Modules imported dynamically are entry points of that build too: only the script's count.)
  for (const output of Object.values(names.metafile.outputs))
    if (output.entryPoint && shared.includes(output.entryPoint)) exportsOf.set(output.entryPoint, output.exports);
  const missing = shared.filter((p) => !exportsOf.has(p));
  if (missing.length) throw new Error(`no exports found for ${missing.join(', ')}`);
  return {
    name: 'start-bridge',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.inner || args.kind === 'entry-point') return undefined;
        const resolved = await b.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: { inner: true },
        });
        // (What cannot be resolved is left to esbuild, which tolerates a require() in a try block.)
        if (resolved.errors.length) return undefined;
        if (resolved.external) return resolved;
        const id = relative(root, resolved.path);
        return exportsOf.has(id) ? { path: id, namespace: 'lede-shared' } : resolved;
      });
      b.onLoad({ filter: /.*/, namespace: 'lede-shared' }, (args) => {
        const names = exportsOf.get(args.path);
        const plain = names.filter((n) => n !== 'default');
        const lines = [`const m = globalThis.__ledeShared(${JSON.stringify(args.path)});`];
        if (plain.length) lines.push(`export const { ${plain.join(', ')} } = m;`);
        if (names.includes('default')) lines.push('export default m.default;');
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}
