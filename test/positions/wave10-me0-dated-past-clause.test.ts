/**
 * "called for a halt of hostilities, followed by an easing of the closure that has held since
 * Hamas seized the territory in 2007": an issue word inside a since/after/when clause that ends on
 * a year long past is the reporter's background, not what a plan holds or a party asks for.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('an issue word in a dated past clause', () => {
  it('does not read a plan as holding what its background clause names', () => {
    const doc = code(
      'The Tarsian truce offer, which was presented late Monday, called for a halt of the shelling, followed by an easing of the blockade, a blockade that has held since Ormund seized the territory in 2009. Veska accepted the offer on Tuesday.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['TRS ceasefire propose', 'VSK ceasefire accept']));
    expect(stances(doc)).not.toContain('TRS territory propose');
    expect(stances(doc)).not.toContain('VSK territory accept');
  });

  it('does not read a demand as asking for what its background clause names', () => {
    const doc = code(
      'Veska demanded an end to the shelling of the port, which has been shelled since Ormund took the territory in 2011.',
    );
    expect(stances(doc)).toContain('VSK ceasefire demand');
    expect(stances(doc)).not.toContain('VSK territory demand');
  });

  it('still reads an issue the clause does not date to a past year', () => {
    const doc = code('Veska demanded that Ormund withdraw from the territory it has held since the spring.');
    expect(stances(doc)).toContain('VSK territory demand');
  });
});
