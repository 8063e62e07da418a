/**
 * Speed of the sentences and statements stages, in words per second on one core:
 * `npx tsx test/statements/speed.ts [DIR_OF_TEXTS] [ROUNDS]` (default: ../shared/bench/polnear-dev/texts).
 * The stages before them (layout, actors) run once, untimed; the two stages then run ROUNDS times.
 * Not a test: timings depend on the machine, so nothing asserts on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseSentences } from '../../src/core/analyse/sentences.js';
import { findStatements } from '../../src/core/code/statements.js';
import { readTextDocument } from '../../src/core/ingest/text.js';
import type { ParleyDocument } from '../../src/core/model.js';
import { createContext, createDocument } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/core/stages.js';

const dir =
  process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'polnear-dev', 'texts');
const rounds = Number(process.argv[3] ?? 20);
const ctx = createContext();
const docs: ParleyDocument[] = [];
let words = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const read = readTextDocument(readFileSync(join(dir, name), 'utf8'), name, {
    maxBytes: 1e7,
    defaultDate: '2016-01-01',
  });
  if (read.kind !== 'document') continue;
  const text = read.raw.text;
  const doc = createDocument(text, { date: '2016-01-01' });
  for (const stage of defaultStages()) {
    if (stage.name === 'statements') break;
    stage.run(doc, ctx);
  }
  words += text.split(/\s+/).filter(Boolean).length;
  docs.push(doc);
}
const time = (label: string, run: (doc: ParleyDocument) => void) => {
  for (const doc of docs) run(doc); // warm-up
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const doc of docs) run(doc);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${label}: ${Math.round((words * rounds) / seconds).toLocaleString('en')} words/s (${docs.length} docs, ${words} words, ${rounds} rounds, ${seconds.toFixed(2)} s)`,
  );
};
time('sentences', (doc) => analyseSentences(doc, ctx));
time('statements', (doc) => {
  doc.statements = findStatements(doc, ctx);
});
time('sentences+statements', (doc) => {
  analyseSentences(doc, ctx);
  doc.statements = findStatements(doc, ctx);
});
