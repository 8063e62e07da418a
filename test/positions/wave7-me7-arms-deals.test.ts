/**
 * Arms contracts are military aid: a party that asks another to unfreeze its weapons deals wants
 * arms supplied, and unfreezing them is not the lifting of sanctions. Sentences are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const issuesOf = (text: string) =>
  code(text, '2026-06-17').positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);

describe('weapons deals', () => {
  it('reads a demand to unfreeze weapons deals as military aid demanded', () => {
    const got = issuesOf('Veska demanded that Ormund unfreeze the weapons deals it halted last year.');
    expect(got).toContain('VSK military_aid demand');
    expect(got.filter((p) => p.includes('sanctions_relief'))).toEqual([]);
  });

  it('reads an arms deal a party seeks as military aid', () => {
    expect(issuesOf('Veska is seeking a new arms deal with Tarsia.')).toContain('VSK military_aid propose');
  });
});
