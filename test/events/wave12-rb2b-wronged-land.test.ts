/**
 * "Veska condemned the annexation of Ormundi land": the party whose land is taken is the one
 * wronged, not the one accused. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accused = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => [...e.actors].sort().join('+'));

describe('the owner of land taken is not the one accused', () => {
  it('does not accuse the party whose land or territory is annexed', () => {
    expect(accused('Veska has condemned the attempted annexation of Ormundi land.')).not.toContain('ORM+VSK');
    expect(accused("Veska condemned the occupation of Ormund's territory.")).not.toContain('ORM+VSK');
  });

  it('accuses the taker named after "by"', () => {
    expect(accused('Veska condemned the occupation of Ormundi territory by Tarsia.')).toEqual(['TRS+VSK']);
  });

  it('still accuses a party named as the doer', () => {
    expect(accused('Veska condemned Ormund for the annexation of the islands.')).toEqual(['ORM+VSK']);
  });
});
