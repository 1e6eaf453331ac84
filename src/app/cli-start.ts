/**
 * What dist/start.cjs runs (scripts/bundle-start.mjs bundles it, dist/cli.js compiles it with
 * V8's code cache): it asks the terminal for its background at once (cli-early.ts), then starts
 * the command itself (cli-main.tsx), whose modules are initialised only now, while the answer
 * is on its way. `import.meta.url` is the address of dist/start.cjs, beside dist/cli.js.
 */
import { askBackgroundEarly } from './cli-early.js';

askBackgroundEarly();
void import('./cli-main.js').then(({ runCli }) => runCli(import.meta.url));
