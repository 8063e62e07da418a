/**
 * A deal that help is offered toward ("to help the two sides reach an agreement") is no agreement
 * made; help that brought one about ("helped them reach a truce") still tells it. Texts are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join(','));

describe('help toward a deal', () => {
  it('reads no agreement in help offered toward one', () => {
    expect(
      agreements(
        'Tarsia will see what more it can do to be helpful in helping Veska and Ormund reach an agreement, its envoy said.',
      ),
    ).toEqual([]);
    expect(agreements('Tarsia stands ready to help Veska and Ormund sign a peace agreement.')).toEqual([]);
  });

  it('still reads the agreement that help brought about', () => {
    expect(agreements('Tarsia helped Veska and Ormund reach an agreement on Monday.')).not.toEqual([]);
  });
});
