/**
 * The real-news development set (eval/real-dev, eval/real-holdout): checks that the restored texts
 * are there and fit their gold files and manifest, and measures agreement between two coders.
 *
 *   npx tsx scripts/dev-set.ts check DIR…             texts present, checksums, spans found, codes known
 *   npx tsx scripts/dev-set.ts codes DIR…             gold codes the default codebook does not hold, by code
 *   npx tsx scripts/dev-set.ts agreement DIR_A DIR_B  F1 per layer between two coders' gold files
 *
 * Agreement is scored exactly as `parley eval` scores extraction (FORMAT.md), with coder A as gold
 * and coder B as prediction; F1 is symmetric, so the order only swaps precision and recall.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCodebook } from '../src/core/codebook/codebook.js';
import { knownCodes, type UnknownCode, unknownCodes } from '../src/core/eval/codes.js';
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
      const unknown = unknownCodes(gold, known());
      if (unknown.length) console.log(`codes    ${name}: ${unknown.map(describe).join('; ')}`);
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

/** The default codebook's codes, read once (a `check` without unknown codes never loads it twice). */
let knownOnce: ReturnType<typeof knownCodes> | undefined;
const known = () => {
  knownOnce ??= knownCodes(loadCodebook());
  return knownOnce;
};

const describe = (u: UnknownCode) => `${u.field} ${u.code} (no such ${u.kind} in the codebook)`;

/** Each unknown code with the files that use it, most used first: what to rename or add to the codebook. */
function codes(dirs: string[]): number {
  const files = new Map<string, Set<string>>();
  for (const dir of dirs)
    for (const f of goldFiles(dir)) {
      const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) continue;
      for (const u of unknownCodes(parsed.data, known())) {
        const key = `${u.kind} ${u.code}`;
        const set = files.get(key) ?? new Set<string>();
        set.add(basename(f, '.gold.json'));
        files.set(key, set);
      }
    }
  const rows = [...files].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  for (const [key, set] of rows)
    console.log(
      `${key.padEnd(28)} ${String(set.size).padStart(3)} file(s): ${[...set].slice(0, 3).join(', ')}`,
    );
  console.log(
    rows.length
      ? `${rows.length} code(s) not in the codebook: use the codebook's code, or add the party to a codebook`
      : 'every code is in the codebook',
  );
  return rows.length ? 1 : 0;
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
else if (command === 'codes' && args.length) process.exitCode = codes(args);
else if (command === 'agreement' && args.length === 2) process.exitCode = agreement(args[0], args[1]);
else {
  console.error('usage: tsx scripts/dev-set.ts check DIR… | codes DIR… | agreement DIR_A DIR_B');
  process.exitCode = 2;
}
