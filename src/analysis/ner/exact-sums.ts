/**
 * Whether a model's weights can be summed in any order with the same result (see FastTagger in
 * fast-decode.ts, which relies on it).
 */

/**
 * More weights than this are never added up for one token and tag (its features, with the
 * transitions): a sentence-long run of gazetteer entries over one token stays far below it.
 */
const MAX_TERMS = 512;

/**
 * Whether any sum of up to MAX_TERMS of these float32 weights is exact in float64, whatever the
 * order: every weight is a whole multiple of 2^lo (its lowest set bit), so every partial sum is
 * too, and it is exact while it stays below 2^(53 + lo).
 */
export function sumsAreExact(values: ArrayLike<number>): boolean {
  let lo = Infinity;
  let max = 0;
  if (values instanceof Float32Array) {
    // Read from the bits: value = mantissa · 2^(exponent − 150), with the implicit leading 1.
    const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i]!;
      const exponent = (b >>> 23) & 0xff;
      if (exponent === 0xff) return false;
      let mantissa = b & 0x7fffff;
      if (mantissa === 0 && exponent === 0) continue;
      if (exponent > 0) mantissa |= 0x800000;
      const low = Math.max(exponent, 1) - 150 + (31 - Math.clz32(mantissa & -mantissa));
      if (low < lo) lo = low;
      const x = Math.abs(values[i]!);
      if (x > max) max = x;
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      let x = Math.abs(values[i]!);
      if (x === 0) continue;
      if (!Number.isFinite(x)) return false;
      if (x > max) max = x;
      // The exponent of x's lowest set bit: scale x up to a whole number, then find its lowest bit.
      let e = 0;
      while (x !== Math.floor(x)) {
        x *= 2;
        e--;
      }
      while (x > 1 && x / 2 === Math.floor(x / 2)) {
        x /= 2;
        e++;
      }
      if (e < lo) lo = e;
    }
  }
  return max === 0 || max * MAX_TERMS < 2 ** (53 + lo);
}
