/**
 * "called upon Veska to cease hostilities": the formal "upon" of communiqués presses its addressee
 * as "called on" does, so the caller demands what follows. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('"called upon"', () => {
  it('reads "called upon X to" as a demand of the caller', () => {
    const doc = code('The Ormundi president called upon Veska to cease all hostilities at once.');
    expect(stances(doc)).toContain('ORM ceasefire demand');
    expect(stances(doc)).not.toContain('VSK ceasefire demand');
  });
});
