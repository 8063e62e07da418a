import { mkdtempSync } from 'node:fs';
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
