/**
 * A deal a party leaves ("a withdrawal from the accord signed with …") is no agreement made now;
 * sanctions ended ("pointed to ending sanctions on Veska") or asked for ("its demand for all
 * sanctions on Veska to be restored") are none imposed, while "demands that the sanctions imposed
 * by Tarsia be lifted" still tells sanctions in force. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const events = (text: string, type: string) =>
  code(text)
    .events.filter((e) => e.type === type)
    .map((e) => [...e.actors].sort().join(','));

describe('a deal left', () => {
  it('reads no agreement in a withdrawal from a deal told as known', () => {
    expect(
      events(
        'In March, Veska announced a partial withdrawal from the fisheries accord signed with Ormund and Tarsia.',
        'AGREE',
      ),
    ).toEqual([]);
    expect(
      events('Veska declared its exit from the water pact signed with Ormund in 2011.', 'AGREE'),
    ).toEqual([]);
  });

  it('still reads a withdrawal agreement signed', () => {
    expect(events('Veska and Ormund signed a troop withdrawal agreement on Monday.', 'AGREE')).toEqual([
      'ORM,VSK',
    ]);
  });
});

describe('sanctions ended or asked for', () => {
  it('reads no sanction in sanctions ended', () => {
    expect(
      events('Ormund pointed to ending sanctions on Veska as a possible way forward.', 'SANCTION'),
    ).toEqual([]);
  });

  it('reads no sanction in sanctions demanded', () => {
    expect(
      events(
        'Tarsia formally notified the council of its demand for all sanctions on Veska to be restored.',
        'SANCTION',
      ),
    ).toEqual([]);
    expect(
      events('Tarsia is demanding the restoration of all sanctions on Veska, its envoy said.', 'SANCTION'),
    ).toEqual([]);
  });

  it('still reads sanctions in force that a party demands be lifted', () => {
    expect(
      events('Veska demands that the sanctions imposed by Tarsia on its officials be lifted.', 'SANCTION'),
    ).not.toEqual([]);
  });
});
