/**
 * "under the administration of President Anton Brisk": the government the person heads is no office
 * standing before the title, so the title is the person's own and a state named earlier (a venue)
 * does not become the person's party (actors/roles.ts). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const personParty = (text: string, name: string) => {
  const doc = code(text);
  return doc.mentions.find((m) => m.kind === 'person' && doc.text.slice(m.start, m.end) === name)?.actor;
};

describe('the administration of a titled person', () => {
  it('"the talks in Lumen … under the administration of President Anton Brisk" keeps Brisk Veskan', () => {
    expect(
      personParty(
        'The talks in Lumen were the third round held under the administration of President Anton Brisk.',
        'Anton Brisk',
      ),
    ).toBe('VSK');
  });
});
