/**
 * Strained ties bettered by a deal are ties being normalised: "agreed to improve bilateral ties".
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('ties improved are diplomatic relations', () => {
  it('reads "reached an agreement to improve bilateral ties" as diplomatic relations accepted', () => {
    expect(
      stances(code('Veska and Ormund on Friday reached an agreement to improve bilateral ties.')),
    ).toContain('ORM diplomatic_relations accept');
  });

  it('reads "wants an improvement of relations" as diplomatic relations proposed', () => {
    expect(stances(code('Ormund said it wants an improvement of relations with Veska.'))).toContain(
      'ORM diplomatic_relations propose',
    );
  });
});
