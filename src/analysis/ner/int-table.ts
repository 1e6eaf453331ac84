/**
 * A fixed map from 32-bit keys to non-negative whole numbers, for the lookups the tagger makes
 * per token (feature weights, gazetteer entries, the word table): open addressing over one typed
 * array of (key, value) pairs, with a bit per hash of the keys in front, so that most keys the
 * map does not hold (most bigrams, most runs of words) are turned away after reading one bit of a
 * small array rather than a slot of a large one. A JavaScript Map keyed by numbers above 2^31
 * boxes every key and is several times slower.
 */
/** A built table's arrays, as `IntTable.parts()` gives them. */
export interface IntTableParts {
  readonly slots: Int32Array;
  readonly bits: Int32Array;
  readonly size: number;
}

export class IntTable {
  /** slots[2s] the key, slots[2s + 1] its value + 1 (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly bits: Int32Array;
  private readonly bitShift: number;
  readonly size: number;

  /**
   * Each key's value is values[i], or without values its index i; of a key given twice, the first.
   * With `shared`, the table lives in shared memory (`parts()` hands it to another thread); given
   * the parts of a table built so, it is that table, without building it again.
   */
  constructor(keys: ArrayLike<number> | IntTableParts, values?: ArrayLike<number>, shared = false) {
    const built = 'slots' in keys ? keys : null;
    const count = built ? built.size : (keys as ArrayLike<number>).length;
    this.size = count;
    let size = 1;
    while (size < count * 2) size <<= 1;
    this.mask = size - 1;
    const ints = (n: number) => (shared ? new Int32Array(new SharedArrayBuffer(4 * n)) : new Int32Array(n));
    this.slots = built ? built.slots : ints(2 * size);
    // About 16 bits per key: one key in 16 that is not held gets past them.
    let bitCount = 32;
    while (bitCount < count * 16) bitCount <<= 1;
    this.bits = built ? built.bits : ints(bitCount >>> 5);
    this.bitShift = 32 - Math.log2(bitCount);
    if (built) {
      if (built.slots.length !== 2 * size || built.bits.length !== bitCount >>> 5)
        throw new RangeError('IntTable: parts of another size');
      return;
    }
    keys = keys as ArrayLike<number>;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]! | 0;
      const value = values ? values[r]! : r;
      if (!(value >= 0 && value < 0x7fffffff)) throw new RangeError(`IntTable: value ${value} out of range`);
      let s = key & this.mask;
      while (this.slots[2 * s + 1] !== 0 && this.slots[2 * s] !== key) s = (s + 1) & this.mask;
      if (this.slots[2 * s + 1] !== 0) continue;
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = value + 1;
      const b = (key >>> 0) >>> this.bitShift;
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** What another thread needs to use this table (shared memory when it was built `shared`). */
  parts(): IntTableParts {
    return { slots: this.slots, bits: this.bits, size: this.size };
  }

  /** A Map's entries (or a Set's keys, as 0) as a table. */
  static from(map: ReadonlyMap<number, number> | ReadonlySet<number>): IntTable {
    const keys = new Uint32Array(map.size);
    const values = new Int32Array(map.size);
    let i = 0;
    if (map instanceof Set) for (const k of map) keys[i++] = k;
    else
      for (const [k, v] of map as ReadonlyMap<number, number>) {
        keys[i] = k;
        values[i++] = v;
      }
    return new IntTable(keys, values);
  }

  /** The key's value, or −1 when the table does not hold it. */
  get(key: number): number {
    const b = (key >>> 0) >>> this.bitShift;
    if ((this.bits[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const k = key | 0;
    let s = k & this.mask;
    for (;;) {
      const v = this.slots[2 * s + 1]!;
      if (v === 0) return -1;
      if (this.slots[2 * s] === k) return v - 1;
      s = (s + 1) & this.mask;
    }
  }
}

/** The table of a Map that nothing changes once it is in use (a model's gazetteer, word table). */
const tables = new WeakMap<object, IntTable>();
export function tableOf(map: ReadonlyMap<number, number> | ReadonlySet<number>): IntTable {
  let t = tables.get(map);
  if (!t || t.size !== map.size) tables.set(map, (t = IntTable.from(map)));
  return t;
}
