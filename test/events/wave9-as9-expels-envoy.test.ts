/**
 * An envoy expelled is a sanction in the present and the progressive too ("expels the envoy",
 * "is expelling the High Commissioner"), not only in "expelled". Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string, date = '2026-06-19') =>
  code(text, date)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => `${[...(e.actors ?? [])].sort().join(',')} ${e.date ?? ''}`);

describe('an envoy expelled', () => {
  it('"expels the High Commissioner" is a sanction of the one expelling on the envoy’s state', () => {
    expect(sanctions('Veska expels the Ormundi High Commissioner.')).toEqual(['ORM,VSK 2026-06-19']);
  });

  it('"announced on Wednesday that it is expelling the ambassador" is one, dated Wednesday', () => {
    expect(
      sanctions('Veska announced on Wednesday that it is expelling the Ormundi ambassador and the consul.'),
    ).toEqual(['ORM,VSK 2026-06-17']);
  });

  it('an expulsion only threatened stays none', () => {
    expect(sanctions('Veska threatened to expel the Ormundi ambassador.')).toEqual([]);
  });
});
