/**
 * "signed after the Pyongyang summit between the two presidents", "agreed a de-escalation process
 * following a summit between the leaders": a meeting that "after" or "following" introduces is
 * when a deal came, wherever it stands in the sentence, not one of the deal's terms. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a meeting introduced by after/following is the occasion of a deal, not its term', () => {
  it('does not read a summit accepted from a deal signed after it', () => {
    const doc = code(
      'Veska and Ormund signed a ceasefire agreement after the Lumen summit between their two presidents.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
    expect(stances(doc)).not.toContain('VSK summit accept');
    expect(stances(doc)).not.toContain('ORM summit accept');
  });

  it('does not read a summit accepted from a process agreed following one, told later in the story', () => {
    const doc = code(
      'In July, Veska and Ormund agreed a truce following a summit between the Veskan president and his Ormundi counterpart.',
    );
    expect(stances(doc)).not.toContain('VSK summit accept');
    expect(stances(doc)).not.toContain('ORM summit accept');
  });

  it('still reads a summit that the deal itself holds', () => {
    const doc = code('Veska and Ormund agreed to hold a summit between their presidents after the harvest.');
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK summit accept', 'ORM summit accept']));
  });
});
