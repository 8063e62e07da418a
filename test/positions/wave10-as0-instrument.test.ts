/**
 * "efforts to block Tarsia's access to turbines through export controls": the barrier after a
 * preposition of the means is what the blocking party uses, so it keeps the barrier (relief
 * refused), not blocks it. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('an issue named as the means of a blocking', () => {
  it('reads "block … through export controls" as the barrier kept, not relief asked', () => {
    const doc = code(
      'Tarsia has criticized Veskan efforts to block Tarsia’s access to advanced turbines through export controls, the ministry said on Monday.',
    );
    expect(stances(doc)).not.toContain('VSK sanctions_relief demand');
    expect(stances(doc)).toContain('VSK sanctions_relief reject');
  });

  it('still reads a blocking of the barrier itself as relief asked', () => {
    const doc = code(
      'Veska moved to block the export controls on turbines, its trade minister said on Monday.',
    );
    expect(stances(doc)).not.toContain('VSK sanctions_relief reject');
  });
});
