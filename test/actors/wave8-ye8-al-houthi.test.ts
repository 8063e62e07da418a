/**
 * The Houthis written with the article before a group noun ("Al Houthi rebels") are the group; a
 * group's name joined by "al-" to given names ("Samir Ali al-Houthi") is a person's family name,
 * whom a later "he" refers to. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from '../positions/world.js';

describe('the Houthis named with the article', () => {
  it('reads "Al Houthi rebels" as the group that agrees', () => {
    const doc = code('Veska and Al Houthi rebels agreed on a ceasefire in the port of Kessel on Monday.');
    expect(stances(doc)).toContain('HOUTHI ceasefire accept');
  });
});

describe('a family name joined by "al-"', () => {
  it('keeps "Samir Ali al-Houthi" a person and resolves his "he"', () => {
    const doc = code(
      'Samir Ali al-Houthi said on Monday that the talks would resume. The talks would cover “the port and the airport,” he said.',
    );
    expect(doc.statements.map((s) => s.speaker)).toEqual(['Samir Ali al-Houthi', 'Samir Ali al-Houthi']);
  });

  it('still reads the group after "the" ("the al-Houthi movement" is no given name)', () => {
    const doc = code(
      'The Al-Houthi movement said on Monday that it rejected the truce in the port of Kessel.',
    );
    expect(doc.statements.map((s) => s.actor)).toEqual(['HOUTHI']);
  });
});
