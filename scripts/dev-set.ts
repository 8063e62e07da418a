/**
 * The real-news development set (eval/real-dev, eval/real-holdout): checks that the restored texts
 * are there and fit their gold files and manifest, and measures agreement between two coders.
 *
 *   npx tsx scripts/dev-set.ts check DIR…             texts present, checksums, spans found
 *   npx tsx scripts/dev-set.ts agreement DIR_A DIR_B  F1 per layer between two coders' gold files
 *
 * Agreement is scored exactly as `parley eval` scores extraction (FORMAT.md), with coder A as gold
 * and coder B as prediction; F1 is symmetric, so the order only swaps precision and recall.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { GoldFileSchema } from '../src/core/eval/gold.js';
import { type DocumentScore, prf, scoreDocument, totals } from '../src/core/eval/score.js';

interface ManifestEntry {
  name: string;
  query: string;
  url: string;
  rank: number;
  date: string;
  topic?: string;
  sha256?: string;
}

/** Compare as runs of letters and digits, so quotation marks, dashes and spacing do not matter. */
const comparable = (s: string) => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;

function manifestOf(dir: string): Map<string, ManifestEntry> {
  const out = new Map<string, ManifestEntry>();
  for (const f of readdirSync(dir).filter((x) => /^manifest.*\.json$/.test(x)))
    for (const e of JSON.parse(readFileSync(join(dir, f), 'utf8')) as ManifestEntry[]) out.set(e.name, e);
  return out;
}

const goldFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();

function check(dirs: string[]): number {
  let bad = 0;
  let ok = 0;
  for (const dir of dirs) {
    const manifest = manifestOf(dir);
    for (const f of goldFiles(dir)) {
      const name = basename(f, '.gold.json');
      const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) {
        console.log(
          `invalid  ${join(dir, f)}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`,
        );
        bad++;
        continue;
      }
      const gold = parsed.data;
      const entry = manifest.get(name);
      if (!entry) console.log(`warning  ${name}: no manifest entry`);
      const textFile = join(dir, gold.source ?? '');
      if (!gold.source || !existsSync(textFile)) {
        console.log(`missing  ${textFile} (restore it as ${join(dir, 'README.md')} says)`);
        bad++;
        continue;
      }
      const raw = readFileSync(textFile);
      if (entry?.sha256 && createHash('sha256').update(raw).digest('hex') !== entry.sha256)
        console.log(`warning  ${name}: the text's sha256 differs from the manifest's`);
      const text = comparable(raw.toString('utf8'));
      const spans = [
        ...gold.statements.map((s) => s.content),
        ...gold.positions.map((p) => p.evidence ?? ''),
        ...gold.events.map((e) => e.evidence ?? ''),
      ]
        .flatMap((s) => s.split(/\.\.\.|…/))
        .filter((s) => comparable(s).length > 3);
      const lost = spans.filter((s) => !text.includes(comparable(s)));
      if (lost.length > spans.length / 10) {
        console.log(
          `mismatch ${name}: ${lost.length} of ${spans.length} spans not in the text, e.g. "${lost[0].slice(0, 70)}"`,
        );
        bad++;
      } else ok++;
    }
  }
  console.log(`${ok} text(s) fit their gold files, ${bad} missing or not fitting`);
  return bad ? 1 : 0;
}

function agreement(a: string, b: string): number {
  const scores: DocumentScore[] = [];
  for (const f of goldFiles(b)) {
    if (!existsSync(join(a, f))) continue;
    const ga = GoldFileSchema.parse(JSON.parse(readFileSync(join(a, f), 'utf8')));
    const gb = GoldFileSchema.parse(JSON.parse(readFileSync(join(b, f), 'utf8')));
    scores.push({ ...scoreDocument(ga, gb), id: f });
  }
  const t = totals(scores);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `${t.documents} article(s) coded by both (${resolve(a)} as reference, ${resolve(b)} compared):`,
  );
  if (t.statements) {
    const s = t.statements;
    console.log(
      `  statements  F1 ${pct(s.detection.f1)}   attributed F1 ${pct(s.attributed.f1)}   (${s.tp} agreed, ${s.fn} only A, ${s.fp} only B)`,
    );
  }
  if (t.positions) {
    const p = t.positions;
    console.log(
      `  positions   F1 ${pct(p.polarity.f1)}   exact stance ${pct(p.exactStanceAccuracy)}   (${p.tp} agreed, ${p.fn} only A, ${p.fp} only B)`,
    );
  }
  if (t.events) {
    const e = t.events;
    console.log(
      `  events      F1 ${pct(prf(e.tp, e.fp, e.fn).f1)}   (${e.tp} agreed, ${e.fn} only A, ${e.fp} only B)`,
    );
  }
  return 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'check' && args.length) process.exitCode = check(args);
else if (command === 'agreement' && args.length === 2) process.exitCode = agreement(args[0], args[1]);
else {
  console.error('usage: tsx scripts/dev-set.ts check DIR… | agreement DIR_A DIR_B');
  process.exitCode = 2;
}
