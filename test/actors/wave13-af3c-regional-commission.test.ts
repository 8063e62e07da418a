/**
 * "ECOWAS Commission President X", "AU Commission Chairperson X": a regional bloc's commission is
 * the bloc, and its head speaks for it; the bare "Commission" inside the name is not the EU's.
 * Sentences and persons invented for the tests.
 */
import { describe, expect, it } from 'vitest';
import { read, speaker } from './helpers.js';

describe('the head of a regional bloc’s commission', () => {
  it('speaks for ECOWAS', () => {
    const r = read('"The border will reopen on Monday," ECOWAS Commission President Ada Kell said.');
    expect(speaker(r, 'Ada Kell')).toMatchObject({ actor: 'ECOWAS' });
  });

  it('speaks for the AU', () => {
    const r = read('"Both sides must return to the table," AU Commission Chairperson Ida Vell said.');
    expect(speaker(r, 'Ida Vell')).toMatchObject({ actor: 'AU' });
  });
});
