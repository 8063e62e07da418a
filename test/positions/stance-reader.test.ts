/**
 * The stance reader (src/core/code/stance-model.ts): where a party and an issue meet in a sentence
 * and no rule read the party's stance, a learnt model may. The mechanism is tested with a model
 * written here, whose few weights say what they do; the default codebook's learnt model with the
 * whole pipeline. Sentences are written for the tests, about the invented world of world.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stanceProbabilities } from '../../src/core/code/stance-model.js';
import {
  CodebookError,
  CodebookSchema,
  loadCodebook,
  mergeCodebooks,
} from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { worldCodebook } from './world.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const OPTIONAL = resolve(repoRoot, 'codebooks/optional/stance-reader.yaml');

const CLASSES = ['none', 'demand', 'propose', 'accept', 'reject', 'open'];

/** A model that reads "weighed" before an issue as openness, and nothing else. */
const weighing = (threshold: number) =>
  CodebookSchema.parse({
    stance_model: {
      threshold,
      classes: CLASSES,
      bias: [2, -3, -3, -3, -3, -3],
      weights: { 'w:weighed': [0, 0, 0, 0, 0, 6], before: [0, 0, 0, 0, 0, 1] },
    },
  });

const code = (text: string, threshold = 0.5) =>
  defaultPipeline(mergeCodebooks(worldCodebook, weighing(threshold))).run(
    createDocument(text, { date: '2026-06-16' }),
  );

const SENTENCE = 'On Monday Veska weighed the truce for hours with its own generals.';

describe('the stance reader', () => {
  it('reads a stance where no rule did, and says so in its provenance', () => {
    const rulesAlone = defaultPipeline(worldCodebook).run(createDocument(SENTENCE, { date: '2026-06-16' }));
    expect(rulesAlone.positions).toEqual([]);

    const [position, ...rest] = code(SENTENCE).positions;
    expect(rest).toEqual([]);
    expect(position).toMatchObject({ actor: 'VSK', issue: 'ceasefire', stance: 'open' });
    expect(position.provenance.rule).toBe('position.model.open');
    // The cue is the issue's words as the text has them; the evidence is the sentence.
    expect(position.provenance.cue).toBe('truce');
    expect(SENTENCE.slice(position.evidence.start, position.evidence.end)).toBe(SENTENCE);
    // Its confidence is the model's probability: bias 2 against 6 + 1 - 3 for openness.
    const p = 1 / (1 + Math.exp(2 - 4) + 4 * Math.exp(-3 - 4));
    expect(position.provenance.confidence).toBeCloseTo(p, 2);
  });

  it('reads nothing below its threshold', () => {
    expect(code(SENTENCE, 0.95).positions).toEqual([]);
  });

  it('leaves a party and issue a rule has read alone', () => {
    const doc = code('Veska rejected the truce. Later Veska weighed the truce again.');
    expect(
      doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance} ${p.provenance.rule.split('.')[1]}`),
    ).toEqual([expect.stringMatching(/^VSK ceasefire reject (?!model)/)]);
  });

  it('leaves a sentence dated years before the story to the rules', () => {
    expect(code('In 2019 Veska weighed the truce for hours.').positions).toEqual([]);
  });

  it('gives each class its probability, none first', () => {
    const model = weighing(0.5).stance_model;
    if (!model) throw new Error('the codebook has a stance model');
    const p = stanceProbabilities(model, ['w:weighed', 'w:weighed', 'unknown']);
    expect(p).toHaveLength(6);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // A feature counts once however often it is listed; one the model does not know counts nothing.
    expect(p[5] / p[0]).toBeCloseTo(Math.exp(-3 + 6 - 2), 6);
  });
});

describe('a stance model in a codebook', () => {
  it('is refused, naming the field, when a feature has too few weights', () => {
    expect(() =>
      mergeCodebooks(
        worldCodebook,
        CodebookSchema.parse({
          stance_model: {
            threshold: 0.5,
            classes: CLASSES,
            bias: [0, 0, 0, 0, 0, 0],
            weights: { x: [1, 2] },
          },
        }),
      ),
    ).toThrow(/one weight per class/);
  });

  it('is not in the default codebook: the learnt one is an optional codebook a user adds', () => {
    expect(loadCodebook().stance_model).toBeUndefined();
    const book = loadCodebook([OPTIONAL]);
    expect(book.stance_model?.classes).toEqual(CLASSES);
    expect(Object.keys(book.stance_model?.weights ?? {}).length).toBeGreaterThan(1000);
    // Every weight belongs to a named feature a person can read, never to a capitalised name.
    for (const feature of Object.keys(book.stance_model?.weights ?? {}))
      expect(feature).toMatch(/^([a-z-]+(:[^A-Z]*)?|mprev:Name|mnext:Name)$/);
  });

  it('added with --codebook, reads stances the rules leave in the invented sample corpus', () => {
    // The sample corpus and its codebook (examples/) are invented for Parley's tests and demo.
    const sample = loadCodebook([resolve(repoRoot, 'examples/codebook.yaml')]);
    const withReader = loadCodebook([resolve(repoRoot, 'examples/codebook.yaml'), OPTIONAL]);
    let added = 0;
    for (const name of readdirSync(resolve(repoRoot, 'examples/corpus'))) {
      const raw = readFileSync(resolve(repoRoot, 'examples/corpus', name), 'utf8');
      const [, date] = /^date (\S+)/.exec(raw) ?? [];
      const text = raw.replace(/^date \S+\n\n/, '');
      const rules = defaultPipeline(sample).run(createDocument(text, { date }));
      const read = defaultPipeline(withReader).run(createDocument(text, { date }));
      const byModel = read.positions.filter((p) => p.provenance.rule.startsWith('position.model.'));
      // It adds to what the rules read, never changes it, and only over its threshold.
      expect(read.positions.filter((p) => !byModel.includes(p))).toEqual(rules.positions);
      for (const p of byModel) {
        expect(p.provenance.confidence).toBeGreaterThanOrEqual(0.4);
        expect(rules.positions.some((r) => r.actor === p.actor && r.issue === p.issue)).toBe(false);
      }
      added += byModel.length;
    }
    expect(added).toBeGreaterThan(0);
  });

  it('in a user codebook file that is wrong, is refused with the file and the field named', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-stance-')), 'my-model.yaml');
    writeFileSync(
      file,
      'stance_model:\n  threshold: 0.5\n  classes: [none, demand]\n  bias: [1]\n  weights: {}\n',
    );
    expect(() => loadCodebook([file])).toThrow(CodebookError);
    expect(() => loadCodebook([file])).toThrow(/my-model\.yaml: field stance_model.*one number per class/);
  });
});

describe('scripts/learn-stance-model.ts', () => {
  const seed = resolve(repoRoot, '../shared/eval/riyadh-2025-02-18.gold.json');
  it.skipIf(!existsSync(seed))(
    'learns a model from coded reports that a codebook takes as it is',
    () => {
      const out = join(mkdtempSync(join(tmpdir(), 'parley-learn-')), 'stance-model.yaml');
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/learn-stance-model.ts', '--out', out, '--min-count', '1', seed],
        { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const model = loadCodebook([out]).stance_model;
      expect(model?.trained).toMatch(/^1 coded reports/);
      expect(model?.classes).toEqual(CLASSES);
      // The seed's parties and issues meet in many sentences, some with the coder's stance.
      expect(model?.trained).toMatch(/[1-9]\d* with a stance/);
      expect(Object.keys(model?.weights ?? {})).toEqual(
        expect.arrayContaining(['speaker', 'issue:ceasefire']),
      );
    },
    120_000,
  );
});

describe('turning the stance reader off', () => {
  it('takes a user codebook with only `threshold: 1`', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-stance-off-')), 'off.yaml');
    writeFileSync(file, 'stance_model:\n  threshold: 1\n');
    const on = defaultPipeline(mergeCodebooks(worldCodebook, weighing(0.5)));
    // The user's file merged over a codebook that has a reader replaces the reader.
    const offWithModel = defaultPipeline(
      mergeCodebooks(mergeCodebooks(worldCodebook, weighing(0.5)), loadCodebook([file])),
    );
    expect(offWithModel.ctx.codebook.stance_model?.threshold).toBe(1);
    const text = 'On Monday Veska weighed the truce for hours with its own generals.';
    expect(on.run(createDocument(text, { date: '2026-06-16' })).positions).toHaveLength(1);
    expect(offWithModel.run(createDocument(text, { date: '2026-06-16' })).positions).toEqual([]);
  });
});
