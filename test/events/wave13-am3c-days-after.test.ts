/**
 * "The announcement came the day after the leaders met": what follows "came N days after" happened
 * N days before the day the sentence before tells. Sentences written for the tests (story of
 * Tuesday 16 June 2026).
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const dated = (text: string, type: string) =>
  code(text)
    .events.filter((e) => e.type === type)
    .map((e) => `${[...e.actors].sort().join('+')} ${e.date ?? '-'}`);

describe('an event counted back from the day told just before', () => {
  it('dates a meeting after "came the day after" a day before the sentence before', () => {
    expect(
      dated(
        'Veska’s foreign ministry announced on Monday that it had ratified the accord. The announcement came the day after the Veskan and Ormundi leaders met in Lumen.',
        'CONSULT',
      ),
    ).toContain('ORM+VSK 2026-06-14');
  });

  it('counts two days back from "came two days after"', () => {
    expect(
      dated(
        'Veska reopened the port on Monday. The move came just two days after Ormund accused Veska of shelling the harbour.',
        'ACCUSE',
      ),
    ).toContain('ORM+VSK 2026-06-13');
  });

  it('reads "a day after" as one day', () => {
    expect(
      dated(
        'Ormund lifted the blockade on Monday. The decision comes a day after Tarsia’s envoy met the Veskan president in Port Alder.',
        'CONSULT',
      ),
    ).toContain('TRS+VSK 2026-06-14');
  });

  it('keeps the day of a sentence that tells its own', () => {
    expect(
      dated(
        'Ormund lifted the blockade on Monday. The decision came a day after Tarsia’s envoy met the Veskan president in Port Alder on Friday.',
        'CONSULT',
      ),
    ).toContain('TRS+VSK 2026-06-12');
  });

  it('does not count back without "came" across sentences', () => {
    expect(
      dated(
        'Veska’s foreign ministry announced on Monday that it had ratified the accord. The Veskan and Ormundi leaders met in Lumen the day after the vote.',
        'CONSULT',
      ),
    ).not.toContain('ORM+VSK 2026-06-14');
  });
});
