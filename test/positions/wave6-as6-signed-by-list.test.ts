/**
 * "The agreement, signed by A, B and C, …": every party of the list after "by" holds the stance
 * the participle gives, not only the first. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the agents a "by" lists', () => {
  it('gives "signed by Tarsia, Veska and Ormund" to all three', () => {
    const got = stances(
      code(
        'Under the 2024 truce agreement, signed by Tarsia, Veska and Ormund, Veska is to open road links.',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining(['TRS ceasefire accept', 'VSK ceasefire accept', 'ORM ceasefire accept']),
    );
  });

  it('gives "brokered by Tarsia and Veska" to both', () => {
    expect(stances(code('The ceasefire, brokered by Tarsia and Veska, held for a week.'))).toEqual(
      expect.arrayContaining(['TRS ceasefire propose', 'VSK ceasefire propose']),
    );
  });

  it('does not take the subject after the comma for one more signer', () => {
    const got = stances(
      code('Under the 2024 truce agreement, signed by Tarsia, Veska is to open road links.'),
    );
    expect(got).toContain('TRS ceasefire accept');
    expect(got).not.toContain('VSK ceasefire accept');
  });
});
