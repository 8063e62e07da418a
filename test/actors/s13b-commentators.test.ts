/**
 * A commentator at a body of research that a place names ("a Port Alder think tank") speaks for
 * nobody; an official at a state's ministry still speaks for the state. Sentences are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakerParty = (text: string) =>
  code(`Veska and Ormund held talks in Lumen on Monday.\n\n${text}`).statements[0]?.actor;

describe('commentators at research bodies named by a place', () => {
  it('"a Veska expert at a Port Alder think tank" speaks for nobody', () => {
    expect(
      speakerParty(
        'Karel Vomb, a Veska expert at a Port Alder think tank, said Ormund rejects any ceasefire.',
      ),
    ).toBeNull();
  });

  it('"an analyst at a Kessel-based institute" speaks for nobody', () => {
    expect(
      speakerParty(
        'Lena Hart, an analyst at a Kessel-based institute, said Port Alder will not give up the islands.',
      ),
    ).toBeNull();
  });

  it('"a senior official at the Veskan foreign ministry" still speaks for Veska', () => {
    expect(
      speakerParty(
        'Nils Orr, a senior official at the Veskan foreign ministry, said Veska rejects any ceasefire.',
      ),
    ).toBe('VSK');
  });
});
