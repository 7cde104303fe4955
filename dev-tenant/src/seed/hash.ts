// Small, dependency-free 32-bit hashing. Everything random in the seed is derived from these so that the same
// inputs give the same organisation on every machine and Node version (no Math.random, no crypto).

/**
 * 32-bit multiply, same result as Math.imul. Under Jest (a vm sandbox) every Math.* call costs about half a
 * microsecond instead of being inlined, and the seed and presence code run inside every test suite; so the
 * hot paths here and in random.ts use plain operators instead of Math.
 */
export function mul32(a: number, b: number): number {
  const low = (a & 0xffff) * b;
  const high = (((a >>> 16) * b) & 0xffff) << 16;
  return (low + high) | 0;
}

/** murmur3's finaliser: a bijection on 32-bit integers, so distinct inputs always give distinct outputs. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = mul32(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = mul32(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised with fmix32 for better avalanche on short strings. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = mul32(h, 0x01000193);
  }
  return fmix32(h);
}

/** Mixes a second value into a hash; order matters, so combine(a, b) differs from combine(b, a). */
export function combine(hash: number, value: number): number {
  return fmix32((hash ^ mul32(value >>> 0, 0x9e3779b1)) + 0x7f4a7c15);
}

/** Folds any safe integer (including negatives and values above 2^32) into 32 bits without losing the high part. */
export function hashSeed(seed: number): number {
  const low = seed >>> 0;
  const high = ((seed - low) / 0x1_0000_0000) >>> 0; // seed - low is an exact multiple of 2^32
  return fmix32(low ^ fmix32(high + 0x5bd1e995));
}

/** A hash mapped to [0, 1): convenient for "does this happen in this slot?" decisions. */
export function unitInterval(hash: number): number {
  return (hash >>> 0) / 0x1_0000_0000;
}
