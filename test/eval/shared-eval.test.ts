/**
 * Runs `parley eval`'s core on the shared gold files (outside the repository; skipped when absent)
 * and checks that extraction does not fall below floors a little under what it reaches today, so
 * that a regression shows. The targets themselves are measured with `parley eval`, not here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/eval/run.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
// The seed's gold file itself: ../shared/eval also holds real-dev, whose texts are restored elsewhere.
const seed = join(shared, 'eval', 'riyadh-2025-02-18.gold.json');
const polnear = join(shared, 'bench', 'polnear-dev');

describe.skipIf(!existsSync(seed))('eval on the shared seed', () => {
  it('scores the seed article’s statements with attributed F1 and actor accuracy above the floor', () => {
    const { totals } = evaluate([seed], undefined, { until: 'statements' });
    expect(totals.documents).toBeGreaterThan(0);
    expect(totals.statements?.attributed.f1).toBeGreaterThanOrEqual(0.92);
    expect(totals.statements?.actorAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!existsSync(polnear))('eval on PolNeAR dev', () => {
  it('scores statements only (the files’ scope) with attributed F1 above the floor', () => {
    const { totals, documents } = evaluate([polnear], undefined, { until: 'statements' });
    expect(documents.every((d) => d.positions === undefined && d.events === undefined)).toBe(true);
    // PolNeAR keeps a quotation of several sentences as one statement; Parley, as FORMAT.md says,
    // makes one statement of each quoted sentence, which PolNeAR counts as false alarms.
    expect(totals.statements?.attributed.f1).toBeGreaterThanOrEqual(0.72);
  });
});
