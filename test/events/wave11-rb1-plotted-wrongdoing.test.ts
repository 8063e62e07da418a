/**
 * "said Veska was preparing a provocation": in a party's words, the party named as the doer of a
 * verb of plotting before a wrongdoing is accused by the speaker. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].sort().join('+'));

describe('a wrongdoing a party is said to plot', () => {
  it('accuses the party named as the doer of the plotting verb', () => {
    expect(
      accusations('Ormund’s foreign ministry said Veska was preparing a provocation at the dam.'),
    ).toContain('ORM+VSK');
    expect(accusations('Ormund said the Veskan navy had staged a new provocation near the port.')).toContain(
      'ORM+VSK',
    );
  });

  it('accuses nobody when the speaker plots or no party is named', () => {
    expect(accusations('Ormund said it was preparing attacks on the port.')).toEqual([]);
    expect(accusations('Ormund said that after talks with Veska, it was preparing attacks.')).toEqual([]);
  });
});
