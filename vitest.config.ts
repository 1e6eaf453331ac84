import { defineConfig } from 'vitest/config';

/**
 * Two kinds of tests, run differently:
 * - `unit`: test/unit and test/ui, pure code and Ink components, no build and no processes. They
 *   share worker threads and their module graph (`isolate: false`), which halves the CPU the
 *   suite spends importing the same modules in every file. `npm run test:unit` is this project.
 * - `process`: test/cli, test/scale and test/e2e spawn the built CLI (pipes and real ptys) or run
 *   the analysis at scale; each file keeps its own forked process, as node-pty wants.
 * `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/ui/**/*.test.{ts,tsx}'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: ['test/cli/**/*.test.{ts,tsx}', 'test/scale/**/*.test.{ts,tsx}', 'test/e2e/**/*.test.{ts,tsx}'],
          pool: 'forks',
        },
      },
    ],
  },
});
