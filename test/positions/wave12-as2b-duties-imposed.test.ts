/**
 * Duties, levies and tariff rises imposed are trade barriers raised: a stance against relief from
 * them (sanctions_relief, contra), as bare "tariffs" imposed already are. Sentences written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const stances = (text: string) =>
  code(text)
    .positions.filter((p) => p.issue === 'sanctions_relief')
    .map((p) => [p.actor, p.stance]);

describe('duties and tariff rises imposed', () => {
  it('reads a tariff increase imposed', () => {
    expect(
      stances(
        'Veskan President Ida Vell announced that she is imposing a steep tariff increase on Ormundi steel.',
      ),
    ).toContainEqual(['VSK', 'reject']);
  });

  it('reads duties imposed', () => {
    expect(stances('Veska said it will impose duties on Ormundi grain from next month.')).toContainEqual([
      'VSK',
      'reject',
    ]);
  });
});
