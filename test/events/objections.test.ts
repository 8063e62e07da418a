/**
 * A party's objections to what the other side does are its criticism of that side ("Veska's
 * objections to Ormundi dams on the river"). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text, '2026-06-17')
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].join(' '));

describe('a party’s objections to the other side’s doings', () => {
  it('reads "Veska’s objections to Ormundi dams" as Veska criticising Ormund', () => {
    expect(
      accusations(
        'Veska’s objections to Ormundi dams on the upper river topped the agenda of the water talks.',
      ),
    ).toContain('VSK ORM');
  });

  it('reads objections to a thing that names no party as aimed at the subject that answers them', () => {
    expect(accusations('Ormund rejected Veska’s objections to the new dam.')).toContain('VSK ORM');
  });
});
