/**
 * Obstruction in a party's words accuses the party that obstructs (codebook
 * `accuse_obstruction`): "Veska said Ormund was unwilling to compromise". Only the verb's subject is
 * accused, and the charge is dated by the words' cue, not by a date inside the charge. Sentences
 * are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text, '2031-05-20')
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => `${[...e.source].sort().join(' ')} > ${[...e.target].sort().join(' ')} ${e.date}`);

describe('obstruction in a party’s words', () => {
  it.each([
    'Veska said Ormund was unwilling to compromise.',
    'Veska said on Tuesday that Ormund had flatly refused to discuss the core issues.',
    'The Veskan foreign ministry said Ormund has blocked the corridor for weeks.',
    'Veska said Ormund backtracked on every point.',
  ])('%s accuses Ormund', (text) => {
    expect(accusations(text).map((a) => a.slice(0, 9))).toEqual(['VSK > ORM']);
  });

  it('is dated by the cue, not by the date inside the charge', () => {
    expect(
      accusations('Veska said on May 18 that Ormund had invaded its territory in November 2029.'),
    ).toEqual(['VSK > ORM 2031-05-18']);
  });

  it('accuses no one but the verb’s subject', () => {
    expect(
      accusations('Veska said the talks aimed at overcoming differences blocking a ceasefire with Ormund.'),
    ).toEqual([]);
  });

  it('is no accusation in the reporter’s voice, nor of the speaker’s own party', () => {
    expect(accusations('Ormund refused to discuss the core issues.')).toEqual([]);
    expect(accusations('Veska said it refused to discuss the core issues.')).toEqual([]);
  });
});
