/**
 * Near-duplicate fingerprints. A 64-bit SimHash over 3-word shingles finds candidates fast: copies
 * of one story (syndicated wire copy, a lightly edited update) differ in few shingles, so their
 * fingerprints differ in few bits, and two fingerprints within Hamming distance 3 share at least
 * one of four 16-bit bands, which the store indexes. SimHash alone also brings together distinct
 * stories written from one template (measured on the benchmark corpus: distinct articles at
 * distance 6), so a candidate is confirmed with a 64-value MinHash signature of the same shingles:
 * copies share ≥ 85% of their shingles, distinct template stories under 50%.
 */

/** Within this distance two fingerprints always share a band (pigeonhole over 4 bands). */
export const NEAR_DUPLICATE_DISTANCE = 3;
/** Candidates sharing a band up to this distance are checked by MinHash. */
export const CANDIDATE_DISTANCE = 12;
/** Estimated shingle Jaccard similarity above which a candidate is a near-duplicate. */
export const NEAR_DUPLICATE_JACCARD = 0.7;
export const MINHASH_SIZE = 64;
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
export function mix(value: number): number {
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

/** The shingles' base hashes: each word hashed once, three in a row combined by position. */
function shingleHashes(words: string[]): Uint32Array {
  if (words.length < SHINGLE) return Uint32Array.of(fnv1a(words.join(' ')));
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]);
  const hashes = new Uint32Array(words.length - SHINGLE + 1);
  for (let i = 0; i < hashes.length; i++) {
    hashes[i] = mix(
      (Math.imul(wordHashes[i], 0xcc9e2d51) +
        Math.imul(wordHashes[i + 1], 0x1b873593) +
        wordHashes[i + 2]) >>>
        0,
    );
  }
  return hashes;
}

export const simhash = (words: string[]): bigint => simhashOf(shingleHashes(words));

function simhashOf(hashes: Uint32Array): bigint {
  // Each bit's weight is +1 for every shingle that sets it and -1 for every other: counting the
  // set bits alone (one step per set bit, lowest first) gives the same weights, 2 × set − all.
  const set = new Int32Array(64);
  for (const base of hashes) {
    for (let x = mix(base); x !== 0; x &= x - 1) set[31 - Math.clz32(x & -x)]++;
    for (let x = mix(base ^ 0x9e3779b9); x !== 0; x &= x - 1) set[63 - Math.clz32(x & -x)]++;
  }
  const weights = set.map((n) => 2 * n - hashes.length);
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

/** Seeds of the MinHash functions: fixed, so signatures stay comparable across runs and versions. */
const MINHASH_SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) =>
  mix(0x5bd1e995 ^ Math.imul(i + 1, 0x9e3779b9)),
);

/** MinHash signature of the 3-word shingles: the minimum of each of 64 hash functions. */
export const minhash = (words: string[]): Uint32Array => minhashOf(shingleHashes(words));

function minhashOf(hashes: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const base of hashes) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      // One multiply-xorshift per function: the base hashes are already well mixed.
      let h = Math.imul(base ^ MINHASH_SEEDS[i], 0x85ebca6b);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two shingle sets: the share of equal signature values. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let equal = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) equal++;
  return n ? equal / n : 0;
}

/**
 * Whether a stored candidate (sharing a band) is a near-duplicate: confirmed by MinHash when both
 * signatures are known, else by the SimHash distance alone.
 */
export function isNearDuplicate(
  fingerprint: bigint,
  signature: Uint32Array | undefined,
  candidate: { fingerprint: bigint; minhash?: Uint32Array },
): { distance: number; similarity?: number } | undefined {
  const distance = hammingDistance(fingerprint, candidate.fingerprint);
  if (signature && candidate.minhash) {
    if (distance > CANDIDATE_DISTANCE) return undefined;
    const similarity = jaccardEstimate(signature, candidate.minhash);
    return similarity >= NEAR_DUPLICATE_JACCARD ? { distance, similarity } : undefined;
  }
  return distance <= NEAR_DUPLICATE_DISTANCE ? { distance } : undefined;
}

/** Both fingerprints of a text, from one pass over its shingles. */
export function fingerprintText(text: string): { simhash: bigint; minhash: Uint32Array } {
  const hashes = shingleHashes(fingerprintWords(text));
  return { simhash: simhashOf(hashes), minhash: minhashOf(hashes) };
}
