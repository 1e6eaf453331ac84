/**
 * A timeline of a long document's analysis across its threads, for finding what the sidebar waits
 * for (issue 14): with LEDE_TRACE=FILE, each thread appends a line per step to FILE — the time
 * (ms since the epoch), the thread (worker_threads' threadId: 0 the reader's), its CPU so far
 * (ms, /proc/thread-self, 10 ms ticks), the step, then its heap (used and committed MB, V8's
 * count) and the process's RSS (MB). Unset, `trace` does nothing.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
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
  const h = getHeapStatistics();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  const time = (performance.timeOrigin + performance.now()).toFixed(1);
  return `${time} ${threadId} ${threadCpuMs()} ${step} | heap ${mb(h.used_heap_size)}/${mb(h.total_physical_size)} rss ${Math.round(Number(rss) / 1024)}\n`;
}

export const trace: (step: string) => void = file ? (step) => appendFileSync(file, line(step)) : () => {};
