/**
 * Assets frozen and "costs" imposed are sanctions (codebook issues `sanctions_relief`, stance
 * `sanction_cues`): the party that freezes or imposes them rejects relief, and frozen assets
 * released are still relief. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const stances = (text: string) =>
  code(text)
    .positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)
    .sort();

describe('assets frozen and costs imposed', () => {
  it('"Veska froze the assets of Ormund\'s ministers" is Veska\'s reject of relief', () => {
    expect(stances("Veska froze the assets of Ormund's ministers on Monday.")).toContain(
      'VSK sanctions_relief reject',
    );
  });

  it('"would freeze assets and ban members of the government" is a reject of relief', () => {
    expect(
      stances(
        'Tarsia announced that it would freeze assets and ban members of the Ormundi government from travel.',
      ),
    ).toContain('TRS sanctions_relief reject');
  });

  it('"will impose further costs on Ormund" is a sanction of Veska on Ormund', () => {
    const doc = code('Veska will impose further costs on Ormund if the talks fail.');
    expect(doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`)).toContain(
      'VSK sanctions_relief reject',
    );
    expect(
      doc.events.filter((e) => e.type === 'SANCTION').map((e) => [...e.actors].sort().join(' ')),
    ).toEqual(['ORM VSK']);
  });

  it('frozen assets released are relief', () => {
    expect(stances('Veska agreed to release frozen Ormundi assets held in its banks.')).toContain(
      'VSK sanctions_relief accept',
    );
  });
});
