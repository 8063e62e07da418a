/**
 * Long documents, whole-process: `parley ingest` of one long text (articles run together, of 1, 5
 * and 50 MB; unpunctuated lines and one paragraph of 5 MB) and of deeply nested HTML, each in a
 * fresh process into a fresh store, as a user runs it; wall-clock time and the process's peak
 * memory (all threads), the median of a few runs. The inputs come from bench/long.ts and are
 * written under bench/out/long/ once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_BYTES } from '../src/core/ingest/types.js';
import { OUT, round } from './common.js';
import { type LongShape, longText, nestedHtml } from './long.js';

const here = dirname(fileURLToPath(import.meta.url));
const PARLEY = join(here, '..', 'bin', 'parley.js');
const PEAK = join(here, 'peak-rss.mjs');
const MB = 1_000_000;

export const LONG_TARGETS = { fiveMbSeconds: 10, fiftyMbSeconds: 120 };

export interface LongInput {
  name: string;
  file: string;
  bytes: number;
  /** What the reader should make of it. */
  expect: 'stored' | 'refused';
}

/** Write (once) the inputs of the long-document runs; text sizes in MB. */
export function longInputs(sizes: number[]): LongInput[] {
  const dir = join(OUT, 'long');
  mkdirSync(dir, { recursive: true });
  const inputs: LongInput[] = [];
  const text = (shape: LongShape, mb: number, label: string) => {
    const file = join(dir, `${shape}-${mb}mb.txt`);
    if (!existsSync(file)) writeFileSync(file, `date 2026-05-01\n\n${longText(shape, mb * MB)}\n`);
    inputs.push({ name: `${label}, ${mb} MB`, file, bytes: statSync(file).size, expect: 'stored' });
  };
  for (const mb of sizes) text('articles', mb, 'articles run together');
  text('unpunctuated', 5, 'lines without punctuation');
  text('one-paragraph', 5, 'one paragraph');
  for (const [depth, expect] of [
    [10_000, 'stored'],
    [100_000, 'refused'],
  ] as const) {
    const file = join(dir, `nested-${depth}.html`);
    if (!existsSync(file)) writeFileSync(file, nestedHtml(depth));
    inputs.push({
      name: `HTML, ${depth.toLocaleString('en')} nested divs`,
      file,
      bytes: statSync(file).size,
      expect,
    });
  }
  return inputs;
}

export interface LongRun {
  name: string;
  bytes: number;
  runs: number;
  /** Median wall-clock seconds of the whole process, and each run's. */
  seconds: number;
  allSeconds: number[];
  /** Median peak RSS of the process (MiB), and each run's. */
  peakMiB: number;
  allPeakMiB: number[];
  outcome: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

/** Ingest one input in a fresh process into a fresh store: seconds, peak MiB, and its summary line. */
function ingestOnce(input: LongInput): { seconds: number; peakMiB: number; summary: string } {
  const db = join(OUT, 'long', 'run.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      PEAK,
      PARLEY,
      'ingest',
      '--db',
      db,
      '--no-progress',
      // Past the default limit (5 MiB) only, as a user would have to.
      ...(input.bytes > DEFAULT_MAX_BYTES ? ['--max-bytes', String(input.bytes)] : []),
      input.file,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const peak = /parley-bench-peak-rss-kib (\d+)/.exec(run.stderr)?.[1];
  const summary = `${run.stdout}\n${run.stderr}`.split('\n').find((l) => /documents? read from/.test(l));
  if (!peak || !summary)
    throw new Error(`parley ingest ${input.file} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return { seconds, peakMiB: Number(peak) / 1024, summary };
}

export function benchLong(inputs: LongInput[], runs: number): LongRun[] {
  const out: LongRun[] = [];
  for (const input of inputs) {
    process.stderr.write(`long documents: ${input.name} (${runs} runs)\n`);
    const each = Array.from({ length: runs }, () => ingestOnce(input));
    const stored = /\b1 stored\b/.test(each[0].summary);
    if (stored !== (input.expect === 'stored'))
      throw new Error(`${input.name}: expected it ${input.expect}, parley said: ${each[0].summary}`);
    out.push({
      name: input.name,
      bytes: input.bytes,
      runs,
      seconds: round(median(each.map((e) => e.seconds)), 2),
      allSeconds: each.map((e) => round(e.seconds, 2)),
      peakMiB: round(median(each.map((e) => e.peakMiB))),
      allPeakMiB: each.map((e) => round(e.peakMiB)),
      outcome: each[0].summary.trim(),
    });
  }
  return out;
}
