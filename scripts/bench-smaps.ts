// A process's resident memory by kind, from /proc/PID/smaps (Linux), for bench-during.ts --smaps:
// what the peak is made of. The kinds are told apart by how each mapping looks, not by asking
// the allocator, so they are estimates:
//   file   mapped files (node's own code, shared libraries)
//   brk    glibc's main arena (the [heap] mapping)
//   arena  glibc's other arenas (one per thread that mallocs, up to 8 per core): anonymous
//          mappings that start on a 64 MB boundary, glibc's heap alignment
//   v8     anonymous mappings that start on a 256 kB boundary: V8's heap pages (large objects'
//          too) for every isolate; a large malloc block lands here by chance one time in 64
//   mmap   the other anonymous mappings: malloc's blocks above its mmap threshold (array
//          buffers, large strings outside the heap), WebAssembly memory, stacks
import { readFileSync } from 'node:fs';

export type Kind = 'file' | 'brk' | 'arena' | 'v8' | 'mmap';
export type Breakdown = Record<Kind, number> & {
  /** The largest resident mappings of the kinds other than file and v8: "kind rss/size MB". */
  readonly largest: string[];
};

const ARENA_ALIGN = 64n * 1024n * 1024n;
const PAGE = 256n * 1024n;

/** Resident MB by kind (null when the process is gone). */
export function smapsBreakdown(pid: number): Breakdown | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  } catch {
    return null;
  }
  const out: Record<Kind, number> = { file: 0, brk: 0, arena: 0, v8: 0, mmap: 0 };
  const mappings: [Kind, number, number][] = [];
  let kind: Kind = 'mmap';
  let size = 0;
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (head) {
      const start = BigInt(`0x${head[1]}`);
      size = Number(BigInt(`0x${head[2]}`) - start) / 1048576;
      const path = head[5]!;
      if (path.startsWith('/')) kind = 'file';
      else if (path === '[heap]') kind = 'brk';
      else if (path && !path.startsWith('[anon')) kind = 'mmap';
      else if (start % ARENA_ALIGN === 0n) kind = 'arena';
      else if (start % PAGE === 0n) kind = 'v8';
      else kind = 'mmap';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (!rss) continue;
    out[kind] += Number(rss[1]) / 1024;
    if (kind !== 'file' && kind !== 'v8') mappings.push([kind, Number(rss[1]) / 1024, size]);
  }
  for (const k of KINDS) out[k] = Math.round(out[k]);
  const largest = mappings
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, rss, of]) => `${k} ${rss.toFixed(1)}/${of.toFixed(1)}`);
  return { ...out, largest };
}

const KINDS: readonly Kind[] = ['file', 'brk', 'arena', 'v8', 'mmap'];

export const formatBreakdown = (b: Breakdown): string =>
  `${KINDS.map((k) => `${k} ${b[k]}`).join(', ')} MB; largest outside V8 and files (resident/size MB): ${b.largest.join(', ')}`;
