/**
 * What talks centre on: "held a dialogue with a focus on X" puts X on the table for each party at
 * it (open); "the ministers will focus on X", "the focus will be on X" tell what coming talks are
 * to take up, which their holders put forward (propose). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the focus of talks', () => {
  it('reads the focus of a dialogue held as open for each party at it', () => {
    const found = stances(
      code(
        'Veskan and Ormundi commanders on Tuesday held a long dialogue with a focus on the disengagement of troops from the ridge.',
      ),
    );
    expect(found).toContain('VSK demilitarisation open');
    expect(found).toContain('ORM demilitarisation open');
  });

  it('reads what coming talks will focus on as put forward', () => {
    expect(
      stances(code('Ilse Marrow said Veska will focus on a prisoner exchange at the next round.')),
    ).toContain('VSK prisoners propose');
    expect(stances(code('Mira Solenne said the focus will be on a ceasefire along the coast.'))).toContain(
      'TRS ceasefire propose',
    );
  });
});
