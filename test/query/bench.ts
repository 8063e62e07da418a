/**
 * How fast the positions matrix and the changes query answer on a store the size of 100,000
 * articles. Not a test (no timing in tests): run it by hand,
 *   npx tsx test/query/bench.ts [articles=100000] [runs=40]
 * (BENCH_DB=file reuses a store filled before; KEEP_BENCH_DB=1 keeps the one it fills).
 * It fills a temporary SQLite store with synthetic facts straight through SQL (the pipeline's
 * speed is measured elsewhere) and prints p50/p95 per query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { STANCES } from '../../src/core/model.js';
import { changesSince, conflicts, positionsMatrix } from '../../src/core/query/index.js';
import { openSqliteStore } from '../../src/core/store/sqlite.js';

const articles = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 40);
const reuse = process.env.BENCH_DB;
const dir = reuse ? '' : mkdtempSync(join(tmpdir(), 'parley-bench-'));
const store = openSqliteStore(reuse ?? join(dir, 'bench.db'));
const db = store.db;

// BENCH_ACTORS (default 24) × the codebook's issues cells; BENCH_HOLD: the chance that a position
// repeats its cell's stance (0.99 gives stances held for months, as in a real negotiation).
const ACTORS = Array.from(
  { length: Number(process.env.BENCH_ACTORS ?? 24) },
  (_, i) => `A${String(i).padStart(2, '0')}`,
);
const HOLD = Number(process.env.BENCH_HOLD ?? 0);
const held = new Map<string, string>();
// The issues of the default codebook (the shared taxonomy).
const ISSUES = loadCodebook().issues.map((i) => i.code);
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const day0 = Date.UTC(2024, 0, 1);
const dateOf = (i: number) =>
  new Date(day0 + Math.floor((i / articles) * 730) * 864e5).toISOString().slice(0, 10);

const t0 = performance.now();
if (!reuse) fill();
function fill() {
  const insertDoc =
    db.prepare(`INSERT INTO documents (id, hash, date, lang, words, status, fingerprint, band0, band1, band2, band3, text, doc_json, ingested_at)
  VALUES (?, ?, ?, 'eng', 800, 'extracted', '0', 0, 0, 0, 0, '', '{}', '')`);
  const insertStatement =
    db.prepare(`INSERT INTO statements (doc_id, doc_date, idx, span_start, span_end, rule, confidence, evidence_text, speaker, actor, direct, anonymous, content_text, fact)
  VALUES (?, ?, ?, 0, 10, 'bench', 0.9, 'evidence', ?, ?, 1, ?, 'content', '{}')`);
  const insertPosition =
    db.prepare(`INSERT INTO positions (doc_id, doc_date, idx, span_start, span_end, rule, confidence, evidence_text, actor, issue, stance, red_line, statement_idx, fact)
  VALUES (?, ?, ?, 0, 10, 'bench', 0.9, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < articles; i++) {
      const id = `d${i.toString(16).padStart(15, '0')}`;
      const date = dateOf(i);
      insertDoc.run(id, id, date);
      for (let k = 0; k < 5; k++) {
        const actor = pick(ACTORS);
        insertStatement.run(id, date, k, `Speaker ${actor}`, JSON.stringify(actor), rand() < 0.1 ? 1 : 0);
        const issue = pick(ISSUES);
        const previous = held.get(`${actor}|${issue}`);
        const stance = previous && rand() < HOLD ? previous : pick(STANCES);
        held.set(`${actor}|${issue}`, stance);
        const position = {
          start: 0,
          end: 10,
          actor,
          issue,
          stance,
          redLine: rand() < 0.1,
          statement: k,
          evidence: { start: 0, end: 10 },
          provenance: { rule: 'bench', confidence: 0.9 },
        };
        insertPosition.run(
          id,
          date,
          k,
          `evidence ${i}`,
          actor,
          position.issue,
          position.stance,
          position.redLine ? 1 : 0,
          k,
          JSON.stringify(position),
        );
      }
    }
  })();
  console.log(
    `filled ${articles} articles, ${articles * 5} positions, ${articles * 5} statements in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

/** Wall time and this process's CPU time (the machine may be shared: CPU time is the steadier). */
function measure(name: string, fn: () => unknown) {
  fn(); // warm the page cache and prepared statements
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - t);
  }
  const at = (list: number[], q: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(1);
  console.log(
    `${name.padEnd(36)} wall p50 ${at(wall, 0.5)} ms, p95 ${at(wall, 0.95)} ms | cpu p50 ${at(cpu, 0.5)} ms, p95 ${at(cpu, 0.95)} ms`,
  );
}

measure('positions (all, latest)', () => positionsMatrix(store));
measure('positions --as-of mid-period', () => positionsMatrix(store, { asOf: dateOf(articles / 2) }));
measure('positions --actor A03', () => positionsMatrix(store, { actor: 'A03' }));
measure('positions --issue territory', () => positionsMatrix(store, { issue: 'territory' }));
measure('changes --since last quarter', () => changesSince(store, dateOf(articles * 0.875)));
measure('conflicts', () => conflicts(store));
store.close();
if (process.env.KEEP_BENCH_DB) console.log(`kept ${join(dir, 'bench.db')}`);
else if (!reuse) rmSync(dir, { recursive: true, force: true });
