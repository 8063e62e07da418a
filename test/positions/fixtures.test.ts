/**
 * Whole invented articles (test/positions/fixtures: wire copy about other rounds of the Veska–
 * Ormund talks, with their gold coding in the FORMAT.md shape, written by hand from the story),
 * scored with the same scorer as `parley eval`: positions and events must carry beyond single
 * sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFileSchema } from '../../src/core/eval/gold.js';
import { scoreEvents, scorePositions } from '../../src/core/eval/score.js';
import { toGold } from '../../src/core/eval/to-gold.js';
import { code } from './world.js';

const dir = join(import.meta.dirname, 'fixtures');
const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

describe('invented articles about other rounds of the talks', () => {
  const totals = { pos: { tp: 0, fp: 0, fn: 0 }, ev: { tp: 0, fp: 0, fn: 0 } };
  for (const file of golds) {
    it(`codes ${file}`, () => {
      const gold = GoldFileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const raw = readFileSync(join(dir, gold.source ?? ''), 'utf8');
      const text = raw.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '');
      const predicted = toGold(code(text, gold.date));
      const p = scorePositions(gold.positions, predicted.positions);
      const e = scoreEvents(gold.events, predicted.events);
      for (const k of ['tp', 'fp', 'fn'] as const) {
        totals.pos[k] += p[k];
        totals.ev[k] += e[k];
      }
      expect(p.tp).toBeGreaterThan(0);
      expect(e.tp).toBeGreaterThan(0);
    });
  }
  it('reaches positions F1 ≥ 0.8 and events F1 ≥ 0.85 over all of them', () => {
    expect(f1(totals.pos.tp, totals.pos.fp, totals.pos.fn)).toBeGreaterThanOrEqual(0.8);
    expect(f1(totals.ev.tp, totals.ev.fp, totals.ev.fn)).toBeGreaterThanOrEqual(0.85);
  });
});
