/**
 * Wordings of real reports of earlier rounds (Gulf and Great Lakes talks) that Parley missed:
 * ties re-established or resumed are diplomatic relations restored. Sentences are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('ties re-established or resumed are restored relations', () => {
  it('reads "agreed to re-establish ties" as accepting diplomatic relations', () => {
    expect(
      stances(code('Veska and Ormund agreed on Monday to re-establish ties after a long rift.')),
    ).toEqual(expect.arrayContaining(['VSK diplomatic_relations accept', 'ORM diplomatic_relations accept']));
  });
  it('reads "resumed relations" as accepting diplomatic relations', () => {
    expect(stances(code('Ormund said it had resumed relations with Veska last week.'))).toContain(
      'ORM diplomatic_relations accept',
    );
  });
});

describe('a backer named as a modifier holds nothing', () => {
  it('gives "the Ormund-aligned Highland Liberation Front" no Ormund stance', () => {
    const held = stances(
      code(
        'Veska and the Ormund-aligned Highland Liberation Front have both committed to steps towards a ceasefire.',
      ),
    );
    expect(held).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'HLF ceasefire accept']));
    expect(held.filter((s) => s.startsWith('ORM '))).toEqual([]);
  });
});
