import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/core/ingest/sources.js';
import {
  DEFAULT_MAX_BYTES,
  type IngestProblem,
  type RawDocument,
  type ReadOptions,
} from '../../src/core/ingest/types.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const formatsDir = join(repoRoot, 'examples', 'formats');
export const sharedSeeds = join(repoRoot, '..', 'shared', 'seeds');

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'parley-test-'));

/** Everything the readers make of some inputs: documents and problems. */
export async function readAll(
  inputs: string[],
  options: Partial<ReadOptions> = {},
): Promise<{ docs: RawDocument[]; problems: IngestProblem[]; inputs: number; passedOver: number }> {
  const docs: RawDocument[] = [];
  const problems: IngestProblem[] = [];
  let done = 0;
  let passedOver = 0;
  for await (const item of readInputs(inputs, { maxBytes: DEFAULT_MAX_BYTES, ...options })) {
    if (item.kind === 'document') docs.push(item.raw);
    else if (item.kind === 'problem') problems.push(item.problem);
    else if (item.kind === 'passed-over') passedOver++;
    else done++;
  }
  return { docs, problems, inputs: done, passedOver };
}

const VOCABULARY = (
  'Veska Ormund Tarsia Lumen Kessel Port Alder Skerry Islands Assembly ceasefire sea fishing rights ' +
  'fishermen detained sanctions relief talks round envoy minister president spokesman delegation ' +
  'offer proposal demand reject accept signed framework monitors patrol harbour banks licence ' +
  'council maritime northern waters border vessel coast guard agreement week month meeting'
).split(' ');

/**
 * Distinct invented articles (`article-0000.txt`, …): word salad from a seeded generator, each
 * one its own story. Different seeds give different texts.
 */
export function writeInventedArticles(dir: string, count: number, seed = 12345): void {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 4 }, () => {
      const words = Array.from({ length: 40 }, () => VOCABULARY[next() % VOCABULARY.length]);
      return `Officials said ${words.join(' ')} on day ${next() % 1000}.`;
    });
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(dir, `article-${String(i).padStart(4, '0')}.txt`),
      `date 2026-06-${day}\n${paragraphs.join('\n\n')}\n`,
    );
  }
}
