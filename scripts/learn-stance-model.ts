/**
 * Learn the stance reader's weights from coded news:
 * `npx tsx scripts/learn-stance-model.ts --out codebooks/optional/stance-reader.yaml --threshold 0.4 GOLD_FOLDER…`
 *
 * Each gold file's article (restored beside it, as eval/README.md says) is read by the default
 * pipeline without a stance reader. Every party and issue that meet in a sentence
 * (src/core/code/stance-model.ts: the candidates) is an example, whether or not a rule read a
 * stance there — the reader learns how stances are put, not only the few ways the rules miss on
 * the reports they were written against. Its class is the stance the coder gave that party on that
 * issue in that sentence (the position's evidence located in the article), or anywhere in the
 * article when the evidence cannot be located (`--label-by report`: anywhere, always), and "none"
 * where the coder gave none. A multinomial logistic regression (stochastic gradient descent,
 * L2-regularised) learns a weight per named feature and class; features seen in fewer than
 * --min-count examples are left out. What is written is those weights and the threshold: feature
 * names (the cue lists' names, single lower-case words) and numbers, none of the texts.
 *
 * `--blind DIR --map FILE` (scripts/blind-extract.sh makes both) measures what the reader adds on
 * news nobody had read: each report of eval/real-families as Parley extracted it before it was
 * coded, its unread candidates read by a model learnt without the reports coded against the same
 * commit (`--leave-out region`: nor any report of the same helpers' regions, `kin-REGION…`), scored
 * at several thresholds against the rules alone; `--why` says, at the chosen
 * threshold, whether each addition is right or what it got wrong (the party, the issue, the
 * polarity).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { unreadStanceCandidates } from '../src/core/code/positions.js';
import {
  candidateFeatures,
  STANCE_CLASSES,
  type StanceCandidate,
  stanceProbabilities,
} from '../src/core/code/stance-model.js';
import type { StanceModel } from '../src/core/codebook/codebook.js';
import { loadCodebook } from '../src/core/codebook/codebook.js';
import { locate } from '../src/core/eval/errors.js';
import { findGoldFiles, GoldError, type GoldPosition, readGoldFile } from '../src/core/eval/gold.js';
import { scorePositions } from '../src/core/eval/score.js';
import { toGold } from '../src/core/eval/to-gold.js';
import type { ParleyDocument } from '../src/core/model.js';
import { createDocument } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/core/stages.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    blind: { type: 'string' },
    'label-by': { type: 'string', default: 'sentence' },
    why: { type: 'boolean', default: false },
    'leave-out': { type: 'string', default: 'commit' },
    map: { type: 'string' },
    threshold: { type: 'string', default: '0.4' },
    epochs: { type: 'string', default: '20' },
    l2: { type: 'string', default: '0.0005' },
    rate: { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
  },
});
if (!values.out || positionals.length === 0) {
  console.error('usage: learn-stance-model.ts --out FILE [--blind DIR --map FILE] GOLD_FOLDER…');
  process.exit(2);
}

// The reports are read by the rules alone, whatever stance reader a codebook holds: the blind
// measurement's candidates are what the rules leave unread.
const { stance_model: _, ...rulesOnly } = loadCodebook();
const pipeline = defaultPipeline(rulesOnly);
const CLASS = new Map<string, number>(STANCE_CLASSES.map((c, i) => [c, i]));

interface Example {
  features: string[];
  label: number;
  file: string;
  key: string;
}

/**
 * The candidates of the gold files under `folders`, each with the coder's class: every party and
 * issue that meet in a sentence, whether or not a rule read a stance there (so that the reader
 * learns how stances are put, not only the few ways the rules miss on the reports they were
 * written against).
 */
function examples(folders: string[]): Example[] {
  const out: Example[] = [];
  for (const file of findGoldFiles(folders)) {
    let loaded: ReturnType<typeof readGoldFile>;
    try {
      loaded = readGoldFile(file);
    } catch (error) {
      if (error instanceof GoldError) continue; // no restored text: nothing to read
      throw error;
    }
    const { gold, text } = loaded;
    const doc = pipeline.run(createDocument(text, { date: gold.date, source: file }));
    const coded = gold.positions.map((p) => ({
      ...p,
      span: p.evidence ? locate(doc.text, p.evidence) : undefined,
    }));
    const labelOf = (c: StanceCandidate) => {
      const same = coded.filter((p) => p.actor === c.actor && p.issue === c.issue);
      const here = same.find((p) => p.span && p.span.start < c.span.end && c.span.start < p.span.end);
      const anywhere = values['label-by'] === 'report' ? same[0] : same.find((p) => !p.span);
      return here?.stance ?? anywhere?.stance ?? 'none';
    };
    for (const c of unreadStanceCandidates(doc, pipeline.ctx, []))
      out.push({
        features: [...new Set(candidateFeatures(c))],
        label: CLASS.get(labelOf(c)) ?? 0,
        file,
        key: `${c.actor}|${c.issue}`,
      });
  }
  return out;
}

/** A small deterministic generator, so that a run can be repeated. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const K = STANCE_CLASSES.length;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Multinomial logistic regression over the features seen in at least --min-count examples. */
function learn(train: Example[], threshold: number): StanceModel {
  const counts = new Map<string, number>();
  for (const e of train) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const minCount = Number(values['min-count']);
  const weights = new Map<string, number[]>();
  for (const [f, n] of counts) if (n >= minCount) weights.set(f, new Array(K).fill(0));
  const bias = new Array(K).fill(0);
  const l2 = Number(values.l2);
  const rand = random(Number(values.seed));
  const order = train.map((_, i) => i);
  for (let epoch = 0; epoch < Number(values.epochs); epoch++) {
    const rate = Number(values.rate) / (1 + epoch);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const e = train[i];
      const present = e.features.map((f) => weights.get(f)).filter((w): w is number[] => w !== undefined);
      const scores = [...bias];
      for (const w of present) for (let k = 0; k < K; k++) scores[k] += w[k];
      const top = Math.max(...scores);
      const exp = scores.map((x) => Math.exp(x - top));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const grad = exp[k] / sum - (k === e.label ? 1 : 0);
        bias[k] -= rate * grad;
        for (const w of present) w[k] -= rate * (grad + l2 * w[k]);
      }
    }
  }
  return {
    trained: `${new Set(train.map((e) => e.file)).size} coded reports (${positionals.join(', ')}); ${train.length} candidates, ${train.filter((e) => e.label > 0).length} with a stance`,
    threshold,
    classes: [...STANCE_CLASSES],
    bias: bias.map(round),
    weights: Object.fromEntries(
      [...weights]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([f, w]) => [f, w.map(round)] as const)
        .filter(([, w]) => w.some((x) => Math.abs(x) >= 0.01)),
    ),
  };
}

const train = examples(positionals);
const model = learn(train, Number(values.threshold));
// One line per feature, its weights as a flow list: the file stays short enough to read and diff.
const header = stringify({ stance_model: { ...model, weights: {} } }, { lineWidth: 0 }).replace(
  /\n\s*weights: \{\}\n$/,
  '\n',
);
const weightLines = Object.entries(model.weights).map(
  ([f, w]) => `    ${JSON.stringify(f)}: [${w.join(', ')}]`,
);
writeFileSync(
  values.out,
  `# The stance reader's weights, learnt by scripts/learn-stance-model.ts (do not edit by hand: run\n# it again). See src/core/code/stance-model.ts for how they are read.\n${header}  weights:\n${weightLines.join('\n')}\n`,
);
console.log(`${values.out}: ${Object.keys(model.weights).length} features; ${model.trained}`);

if (values.blind && values.map) {
  // What the reader adds on news nobody had read: each report of eval/real-families as the rules
  // extracted it before it was coded (scripts/blind-extract.sh), its unread candidates read by a
  // model learnt without the reports coded against the same commit.
  const groups = new Map<string, string[]>();
  for (const line of readFileSync(values.map, 'utf8').split('\n')) {
    const [group, goldPath] = line.trim().split(/\s+/);
    if (!goldPath?.startsWith('eval/real-families/')) continue;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)?.push(goldPath);
  }
  const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
  const totals = THRESHOLDS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const before = { tp: 0, fp: 0, fn: 0 };
  const whyCounts = new Map<string, number>();
  for (const [, golds] of groups) {
    const names = new Set(golds.map((g) => basename(g, '.gold.json')));
    const region = (name: string) => /^kin-([a-z]+?)\d/.exec(name)?.[1];
    const regions = new Set([...names].map(region));
    const model = learn(
      train.filter((e) => {
        const name = basename(e.file, '.gold.json');
        return !names.has(name) && !(values['leave-out'] === 'region' && regions.has(region(name)));
      }),
      0,
    );
    for (const goldPath of golds) {
      const extracted = `${values.blind}/${basename(goldPath, '.gold.json')}.json`;
      if (!existsSync(extracted)) continue;
      let doc: ParleyDocument;
      try {
        doc = JSON.parse(readFileSync(extracted, 'utf8')) as ParleyDocument;
      } catch {
        continue;
      }
      const { gold } = readGoldFile(goldPath);
      const pred = toGold(doc).positions;
      const base = scorePositions(gold.positions, pred);
      before.tp += base.tp;
      before.fp += base.fp;
      before.fn += base.fn;
      const candidates = unreadStanceCandidates(doc, pipeline.ctx, doc.positions).map((c) => ({
        c,
        p: stanceProbabilities(model, candidateFeatures(c)),
      }));
      THRESHOLDS.forEach((threshold, t) => {
        // As the positions stage adds them: for each party and issue, the surest candidate.
        const surest = new Map<string, { p: number; position: GoldPosition }>();
        for (const { c, p } of candidates) {
          let k = 1;
          for (let j = 2; j < K; j++) if (p[j] > p[k]) k = j;
          if (p[k] < threshold || p[k] <= p[0]) continue;
          const key = `${c.actor}|${c.issue}`;
          if ((surest.get(key)?.p ?? 0) >= p[k]) continue;
          surest.set(key, {
            p: p[k],
            position: { actor: c.actor, issue: c.issue, stance: STANCE_CLASSES[k] as GoldPosition['stance'] },
          });
        }
        const added = new Map([...surest].map(([key, s]) => [key, s.position]));
        const after = scorePositions(gold.positions, [...pred, ...added.values()]);
        if (values.why && threshold === Number(values.threshold))
          for (const a of added.values()) {
            const same = gold.positions.filter((g) => g.issue === a.issue);
            const why = same.some(
              (g) => g.actor === a.actor && (g.stance === 'reject') === (a.stance === 'reject'),
            )
              ? 'right'
              : same.some((g) => g.actor === a.actor)
                ? 'polarity'
                : same.length
                  ? 'actor'
                  : gold.positions.some((g) => g.actor === a.actor)
                    ? 'issue'
                    : 'neither';
            whyCounts.set(why, (whyCounts.get(why) ?? 0) + 1);
          }
        totals[t].tp += after.tp;
        totals[t].fp += after.fp;
        totals[t].fn += after.fn;
      });
    }
  }
  if (values.why)
    console.log(`why the reader's additions at ${values.threshold} are right or wrong:`, whyCounts);
  const f1 = (x: { tp: number; fp: number; fn: number }) => (2 * x.tp) / (2 * x.tp + x.fp + x.fn);
  console.log(
    `blind, rules alone: tp ${before.tp} fp ${before.fp} fn ${before.fn} F1 ${f1(before).toFixed(3)}`,
  );
  for (const [t, threshold] of THRESHOLDS.entries())
    console.log(
      `blind, reader at ${threshold}: tp ${totals[t].tp} fp ${totals[t].fp} fn ${totals[t].fn} F1 ${f1(totals[t]).toFixed(3)}`,
    );
}
