/** What the benchmark scripts share: the machine's description, units, and articles as read items. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadItem } from '../src/core/ingest/types.js';
import type { Article } from './generator.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Where results, cached stores and profiles go (gitignored). */
export const OUT = join(here, 'out');

export const mib = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
  commit?: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
}

/** The machine the figures were measured on, and how busy it was (the load average). */
export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1].trim();
  } catch {
    // not Linux: os.cpus() said it
  }
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
  } catch {
    commit = undefined;
  }
  return {
    nproc: availableParallelism(),
    cpu: cpuModel,
    memoryGiB: round(totalmem() / 1073741824),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit,
    loadAverageAtStart: loadavg().map((l) => round(l, 2)),
  };
}

/** Articles as the readers would yield them. */
export async function* asItems(articles: Iterable<Article>): AsyncGenerator<ReadItem> {
  for (const a of articles) {
    yield {
      kind: 'document',
      raw: {
        text: a.text,
        meta: { date: a.date, title: a.title, source: a.source, url: `bench:${a.id}` },
        origin: `${a.id}.txt`,
      },
    };
  }
}
