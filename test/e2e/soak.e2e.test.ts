/**
 * A sample of the soak (scripts/soak.ts): 50 BBC News articles, evenly spread over the corpus,
 * each through `lede --json` and through the interactive reader in a pseudo-terminal. The whole
 * corpus (2,225 articles) is `npm run soak`. Skipped, with a message, without ../shared/data.
 * Needs `npm run build`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from './harness.js';

const CORPUS = join(REPO_ROOT, '../shared/data/bbc-news');
const SAMPLE = 50;

interface Summary {
  readonly articles: number;
  readonly seconds: number;
  readonly failures: readonly { file: string; stage: string; reason: string }[];
}

describe('the soak, on a sample', () => {
  it(
    `${SAMPLE} BBC articles through --json and the reader without a failure`,
    { timeout: 600_000 },
    async (context) => {
      if (!existsSync(CORPUS)) context.skip(`${CORPUS} is absent: the soak needs the BBC News corpus`);
      expect(existsSync(join(REPO_ROOT, CLI)), `${CLI} is missing: run npm run build`).toBe(true);
      const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
        (resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', 'scripts/soak.ts', '--sample', String(SAMPLE), '--concurrency', '2', '--json'],
            { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          let out = '';
          let err = '';
          child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
          child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
          child.on('error', reject);
          child.on('close', (code) => resolve({ status: code, stdout: out, stderr: err }));
        },
      );
      let summary: Summary;
      try {
        summary = JSON.parse(stdout) as Summary;
      } catch {
        return expect.fail(`the soak printed no summary (status ${status}):\n${stdout}\n${stderr}`);
      }
      expect(summary.failures, `failures (progress and details below):\n${stderr}`).toEqual([]);
      expect(summary.articles).toBe(SAMPLE);
      expect(status, stderr).toBe(0);
    },
  );
});
