/**
 * A bloc that readmits a suspended member ends its punishment: the bloc is for lifting the measures
 * against that member, as suspending it was against. "Adopted a decision to" is a decision taken.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const positions = (text: string) =>
  code(text, '2026-06-17').positions.map(
    (p) => `${p.actor} ${p.issue} ${p.stance === 'reject' ? 'contra' : 'pro'} ${p.about ?? '-'}`,
  );

describe('a member readmitted', () => {
  it('reads "adopted a decision to readmit Veska" as the Council for relief for Veska', () => {
    expect(
      positions(
        'The Northern Maritime Council adopted a decision to readmit Veska after two years of suspension.',
      ),
    ).toContain('NMC sanctions_relief pro VSK');
  });

  it('reads a membership restored as relief', () => {
    expect(
      positions("The Northern Maritime Council agreed to restore Veska's membership in the Council."),
    ).toContain('NMC sanctions_relief pro VSK');
  });

  it('reads "took the decision to" as a decision for what follows', () => {
    expect(positions('Ormund took the decision to release the detained fishermen.')).toContain(
      'ORM prisoners pro -',
    );
  });
});
