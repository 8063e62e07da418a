/**
 * A ministry the text does not tie to a state ("The ministry said …", "the Ministry of Commerce")
 * speaks for the state the story has just told acting; a health ministry is left alone (in a war
 * it counts the other side's dead). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const lastActor = (text: string) => statementsOf(text).at(-1)?.actor ?? null;

describe('a ministry named without its state', () => {
  it('speaks for the state the sentence before tells acting', () => {
    expect(
      lastActor(
        'Veska imposed tariffs on grain from Ormund on Monday. The ministry said Ormund had forced its hand.',
      ),
    ).toBe('VSK');
  });

  it('leaves a health ministry without a party', () => {
    expect(
      lastActor(
        'Veska shelled the port of Kessel on Monday. The health ministry said twelve people had been killed.',
      ),
    ).toBeNull();
  });
});
