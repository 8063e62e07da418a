/**
 * `parley eval --by-rule`: every position and event Parley predicts is counted right or wrong
 * against the gold under the rule that produced it, so each rule gets a precision on the set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { ruleSummary } from '../../src/core/eval/rules.js';
import { evaluate } from '../../src/core/eval/run.js';
import { parley } from '../cli/run.js';

// An invented report: Parley reads Veska's rejection of a ceasefire (the gold agrees) and Ormund's
// demand for talks (the gold, invented to disagree, holds no such position), and a meeting.
const text = [
  'Veska rejected a ceasefire on Monday.',
  'Ormund demanded direct talks with Veska.',
  'Veska and Ormund met in Lumen on Monday.',
].join('\n\n');

function goldDir() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-by-rule-'));
  writeFileSync(
    join(dir, 'a.gold.json'),
    JSON.stringify({
      text,
      date: '2026-04-07',
      statements: [],
      positions: [
        { actor: 'VSK', issue: 'ceasefire', stance: 'reject', evidence: 'Veska rejected a ceasefire' },
      ],
      events: [
        { type: 'CONSULT', actors: ['VSK', 'ORM'], date: '2026-04-06', evidence: 'Veska and Ormund met' },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'codebook.yaml'),
    'actors:\n  - { code: VSK, kind: state, name: Veska }\n  - { code: ORM, kind: state, name: Ormund }\n',
  );
  return dir;
}

describe('eval --by-rule', () => {
  it("counts each rule's predictions right and wrong against the gold", () => {
    const dir = goldDir();
    const report = evaluate([join(dir, 'a.gold.json')], loadCodebook([join(dir, 'codebook.yaml')]), {
      byRule: true,
    });
    const outcomes = report.documents[0].rules ?? [];
    const positions = outcomes.filter((o) => o.layer === 'positions');
    // One right (Veska's rejection), one wrong (the demand the gold does not hold).
    expect(positions.filter((o) => o.right)).toHaveLength(1);
    expect(positions.filter((o) => !o.right).length).toBeGreaterThanOrEqual(1);
    expect(outcomes.filter((o) => o.layer === 'events' && o.right)).toHaveLength(1);
    const summary = ruleSummary(outcomes);
    // Every outcome is counted once, under its rule, and precision is right over all.
    expect(summary.reduce((n, t) => n + t.right + t.wrong, 0)).toBe(outcomes.length);
    for (const t of summary) expect(t.precision).toBeCloseTo(t.right / (t.right + t.wrong));
    expect(summary.every((t) => t.rule.startsWith('position.') || t.rule.startsWith('event.'))).toBe(true);
  });

  it('prints the rules with their counts from the CLI', async () => {
    const dir = goldDir();
    const run = await parley(
      '--codebook',
      join(dir, 'codebook.yaml'),
      'eval',
      join(dir, 'a.gold.json'),
      '--by-rule',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('what each rule predicted (right, wrong, precision, layer, rule):');
    expect(run.out).toMatch(/ {3}1 +0 +1\.00 +events +event\.consult/);
  });

  it('names the rule of each false alarm that --errors lists', async () => {
    const dir = goldDir();
    const report = evaluate([join(dir, 'a.gold.json')], loadCodebook([join(dir, 'codebook.yaml')]), {
      errors: true,
    });
    const spurious = (report.documents[0].errors ?? []).filter(
      (e) => e.layer === 'positions' && e.kind === 'spurious',
    );
    // Ormund's demand, which the gold does not hold, says which rule produced it.
    expect(spurious.length).toBeGreaterThanOrEqual(1);
    for (const e of spurious) expect(e.rule).toMatch(/^position\./);
    const run = await parley(
      '--codebook',
      join(dir, 'codebook.yaml'),
      'eval',
      join(dir, 'a.gold.json'),
      '--errors',
    );
    expect(run.out).toMatch(/got {2}ORM talks_inclusion demand: .*\(position\.[a-z.-]+\)/);
  });
});
