/**
 * An offer not to hit the other side's power plants is the energy truce, a partial ceasefire.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('an offer not to strike power plants', () => {
  it('reads the offer as a proposed partial truce', () => {
    const got = stances(
      code(
        'Tarsia offered Veska and Ormund on Monday not to target power stations during the winter.',
        '2026-06-14',
      ),
    );
    expect(got).toContain('TRS ceasefire propose');
  });
});
