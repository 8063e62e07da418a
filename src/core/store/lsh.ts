/**
 * Locality-sensitive keys the store indexes to find near-duplicate candidates quickly among
 * 100,000s of documents, without comparing against each:
 * - SimHash bands: a 64-bit fingerprint cut into four 16-bit bands; fingerprints within Hamming
 *   distance 3 share a band (pigeonhole).
 * - MinHash bands: a 64-value signature cut into 8 bands of 8 values, each hashed to one key;
 *   two texts whose shingle sets overlap by Jaccard J share a key with probability
 *   1 - (1 - J^8)^8: 0.99 at J = 0.9, 0.92 at 0.85, 0.03 at 0.5. This catches edited updates whose
 *   SimHash moved more than 3 bits (a sentence added to a 400-word story moves about 7).
 */
import { mix } from '../analyse/fingerprints.js';

/**
 * Originals read per key, newest first. A copy or an update comes soon after its original, and a
 * true near-duplicate shares several keys; a key shared by thousands of articles on one story (a
 * SimHash band of a common vocabulary) would otherwise make every lookup read them all.
 */
export const CANDIDATES_PER_KEY = 32;

export const SIMHASH_BANDS = 4;
const BAND_BITS = 16n;
const BAND_MASK = (1n << BAND_BITS) - 1n;

export const MINHASH_BANDS = 8;
export const MINHASH_ROWS = 8;

/** The four 16-bit bands of a 64-bit fingerprint. */
export const fingerprintBands = (fingerprint: bigint): number[] =>
  Array.from({ length: SIMHASH_BANDS }, (_, i) =>
    Number((fingerprint >> (BAND_BITS * BigInt(i))) & BAND_MASK),
  );

/** One key per MinHash band: 53 bits (a safe JavaScript integer) hashed from the band's values. */
export function minhashBandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < MINHASH_BANDS && (band + 1) * MINHASH_ROWS <= signature.length; band++) {
    let low = mix(0x27d4eb2f ^ band);
    let high = mix(0x165667b1 ^ band);
    for (let row = 0; row < MINHASH_ROWS; row++) {
      const value = signature[band * MINHASH_ROWS + row];
      low = mix(low ^ value);
      high = mix(high ^ Math.imul(value, 0x9e3779b1));
    }
    keys.push((high & 0x1fffff) * 2 ** 32 + low);
  }
  return keys;
}

/**
 * Every key a document is indexed under for near-duplicate lookups, in one key space: its SimHash
 * bands as negative numbers (band i with value v is -(i·2^16 + v + 1)), then its MinHash band keys
 * (non-negative). Two documents are candidates for each other when they share a key.
 */
export function nearDuplicateKeys(fingerprint: bigint, minhash?: Uint32Array): number[] {
  const keys = fingerprintBands(fingerprint).map((band, i) => -(i * 2 ** Number(BAND_BITS) + band + 1));
  return minhash ? [...keys, ...minhashBandKeys(minhash)] : keys;
}
