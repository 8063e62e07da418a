/**
 * "imposed a series of economic and diplomatic measures against Ormund": a sanction named by a
 * series, package or set of measures, with several words before the measures. Sentences written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => [...e.actors].sort().join('+'));

describe('a series of measures imposed', () => {
  it('is a sanction on the party it is imposed against', () => {
    expect(
      sanctions(
        'On Sunday, Veska imposed a series of economic and diplomatic measures against Ormund, including border closures.',
      ),
    ).toEqual(['ORM+VSK']);
  });

  it('is not read from a series of talks', () => {
    expect(sanctions('On Sunday, Veska proposed a series of talks with Ormund on the measures.')).toEqual([]);
  });
});
