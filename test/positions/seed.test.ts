/**
 * The shared seed (outside the repository; skipped when absent): positions and events must stay
 * above the targets. The figures themselves are measured with `parley eval`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/eval/run.js';

// The seed's gold file itself: ../shared/eval also holds real-dev, whose texts are restored elsewhere.
const seed = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'riyadh-2025-02-18.gold.json');

describe.skipIf(!existsSync(seed))('positions and events on the shared seed', () => {
  it('reaches positions F1 and events F1 of at least 0.85', () => {
    const { totals } = evaluate([seed]);
    expect(totals.positions?.polarity.f1).toBeGreaterThanOrEqual(0.85);
    expect(totals.events?.f1).toBeGreaterThanOrEqual(0.85);
  });
});
