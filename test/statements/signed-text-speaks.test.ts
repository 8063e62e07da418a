/**
 * A declaration the parties signed speaks for its signers when the story quotes it ("the
 * declaration read"), as a statement they issued does. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('a text its parties signed', () => {
  it('speaks for every signer, a party named by its own body too', () => {
    const got = code(
      'Ormund’s army and the Highland Liberation Front signed the Lumen Declaration on Thursday.\n\n“We agree to allow aid convoys into the highlands,” the declaration read.',
      '2026-06-16',
    ).statements.at(-1);
    expect(got?.speaker).toBe('the declaration');
    expect([got?.actor ?? []].flat().sort()).toEqual(['HLF', 'ORM']);
  });
});
