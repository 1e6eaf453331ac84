/**
 * A timeline of a long document's analysis across its threads, for finding what the sidebar waits
 * for (issue 14): with LEDE_TRACE=FILE, each thread appends a line per step to FILE — the time
 * (ms since the epoch), the thread (worker_threads' threadId: 0 the reader's), its CPU so far
 * (ms, /proc/thread-self, 10 ms ticks), the step, then its heap (used and total MB) and the
 * process's RSS (MB). Unset, `trace` does nothing.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

const file = process.env.LEDE_TRACE;

/** This thread's CPU time in ms (user and system; Linux), -1 where it cannot be read. */
function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return -1;
  }
}

function line(step: string): string {
  // process.memoryUsage, not node:v8, which the reader's first page would load for nothing.
  const { heapUsed, heapTotal, rss } = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const time = (performance.timeOrigin + performance.now()).toFixed(1);
  return `${time} ${threadId} ${threadCpuMs()} ${step} | heap ${mb(heapUsed)}/${mb(heapTotal)} rss ${mb(rss)}\n`;
}

export const trace: (step: string) => void = file ? (step) => appendFileSync(file, line(step)) : () => {};
