/**
 * The core's folders read as its flow, and no import points upward: the model, the rules of a
 * record and the codebook at the bottom; then analyse, code, the pipeline, the store; ingest and
 * query on top (neither imports the other), evaluation over them, and the package's index over
 * all. The shells (cli, server) sit over the core, which never imports them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const core = join(src, 'core');

/** The layers from the bottom up; a file is in the first layer one of whose patterns it matches. */
const LAYERS: { name: string; files: RegExp }[] = [
  // The codebook (its schema and loading) is below the model, which names it.
  { name: 'model', files: /^(model|records|sorted)\.ts$|^codebook\// },
  { name: 'analyse', files: /^analyse\// },
  { name: 'code', files: /^code\// },
  { name: 'pipeline', files: /^(pipeline|stages)\.ts$/ },
  { name: 'store', files: /^store\// },
  { name: 'ingest', files: /^ingest\// },
  { name: 'query', files: /^query\// },
  { name: 'eval', files: /^eval\// },
  // Watching feeds: polls, ingests and asks the record what moved, so above both.
  { name: 'watch', files: /^watch\// },
  { name: 'index', files: /^index\.ts$/ },
];
/** Layers side by side: neither may import the other. */
const PEERS = new Set(['ingest query', 'query ingest']);

const rank = (file: string): number => {
  const i = LAYERS.findIndex((layer) => layer.files.test(file));
  if (i < 0) throw new Error(`${file} is in no layer: add its folder to LAYERS`);
  // ingest and query are one level.
  return LAYERS[i].name === 'query' ? rank('ingest/') : i;
};
const layerOf = (file: string) => LAYERS.find((layer) => layer.files.test(file))?.name;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The relative modules a file imports (static, re-exported or dynamic), as paths from src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/\bfrom\s+'(\.[^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]);
  return specifiers.map((s) => relative(src, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

/** What is wrong with the imports of these files (paths from src/core/; targets from src/). */
function violations(imports: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of imports) {
    for (const target of targets) {
      if (!target.startsWith('core/')) {
        wrong.push(`${file} imports ${target}: the core imports nothing of the shells`);
        continue;
      }
      const to = target.slice('core/'.length);
      const [from, onto] = [layerOf(file), layerOf(to)];
      if (rank(to) > rank(file) || (from !== onto && PEERS.has(`${from} ${onto}`)))
        wrong.push(`${file} (${from}) imports ${to} (${onto})`);
    }
  }
  return wrong;
}

describe('the layers of the core', () => {
  const files = filesUnder(core).map((f) => relative(core, f));

  it('puts every file of the core in a layer', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(layerOf(file), file).toBeDefined();
  });

  it('has no import that points upward, between peers, or out to the shells', () => {
    expect(violations(new Map(files.map((f) => [f, importsOf(join(core, f))])))).toEqual([]);
  });

  it('finds such imports when there are (the check can fail)', () => {
    const bad = new Map([
      // As the store once did: the query layer's records, ingest's fingerprints.
      ['store/sqlite.ts', ['core/query/records.ts', 'core/ingest/simhash.ts', 'core/model.ts']],
      ['query/positions.ts', ['core/ingest/ingest.ts']],
      ['code/actors/stage.ts', ['cli/context.ts']],
    ]);
    expect(violations(bad)).toEqual([
      'store/sqlite.ts (store) imports query/records.ts (query)',
      'store/sqlite.ts (store) imports ingest/simhash.ts (ingest)',
      'query/positions.ts (query) imports ingest/ingest.ts (ingest)',
      'code/actors/stage.ts imports cli/context.ts: the core imports nothing of the shells',
    ]);
  });
});
