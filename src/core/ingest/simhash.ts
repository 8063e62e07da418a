/**
 * Near-duplicate fingerprints: a 64-bit SimHash over 3-word shingles. Copies of one story
 * (syndicated wire copy, a lightly edited update) differ in few shingles, so their fingerprints
 * differ in few bits; unrelated texts differ in about 32. Two fingerprints within Hamming distance
 * 3 share at least one of four 16-bit bands, which is what the store indexes.
 */

export const NEAR_DUPLICATE_DISTANCE = 3;
const SHINGLE = 3;

/** 32-bit FNV-1a of a string's UTF-16 units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser: spreads every input bit over every output bit. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The words a fingerprint is made of: lower-cased letters and digits, punctuation dropped. */
export const fingerprintWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function simhash(words: string[]): bigint {
  const weights = new Int32Array(64);
  const add = (shingle: string) => {
    const base = fnv1a(shingle);
    const low = mix(base);
    const high = mix(base ^ 0x9e3779b9);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += (low >>> bit) & 1 ? 1 : -1;
      weights[bit + 32] += (high >>> bit) & 1 ? 1 : -1;
    }
  };
  if (words.length < SHINGLE) add(words.join(' '));
  for (let i = 0; i + SHINGLE <= words.length; i++) add(words.slice(i, i + SHINGLE).join(' '));
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) low |= 1 << bit;
    if (weights[bit + 32] > 0) high |= 1 << bit;
  }
  return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
}

export function hammingDistance(a: bigint, b: bigint): number {
  let x = a ^ b;
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}
