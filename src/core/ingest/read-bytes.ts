/**
 * The worker task that parses an input held as bytes (a page, a feed): see ReadOptions.parseBytes
 * and PreparePool.read. A module of its own, so that a worker loads the readers only when it is
 * given such an input.
 */
import { readBytesItems } from './sources.js';
import type { BytesInput, ReadItem } from './types.js';

export default function readBytesInWorker(input: BytesInput): ReadItem[] {
  return readBytesItems(input);
}
