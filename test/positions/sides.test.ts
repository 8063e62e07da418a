/**
 * Who the sides of a deal are when the report names them with relations rather than titles
 * ("Brisk and arch-foe Oskar Fenn"), and when it calls a leader of the opposition by the country
 * he opposes ("Veska's opposition leader Oskar Fenn"). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the sides of a deal', () => {
  it('takes "X and arch-foe Y agreed" as an agreement of both', () => {
    const doc = code(
      'LUMEN - Veskan President Anton Brisk and arch-foe Oskar Fenn agreed on Tuesday to a permanent ceasefire in the islands.',
    );
    const agree = doc.events.filter((e) => e.type === 'AGREE');
    expect(agree.map((e) => [...e.actors].sort())).toEqual([['SKA', 'VSK']]);
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'SKA ceasefire accept']));
  });

  it('does not make an opposition leader speak for the government of his country', () => {
    const doc = code(
      "Veska's opposition leader Oskar Fenn said on Monday the islanders would never give up the islands.",
    );
    expect(doc.statements.map((s) => s.actor)).toEqual(['SKA']);
  });

  it('reads a definite mention of the deal far below it as the deal’s content', () => {
    const filler = Array.from(
      { length: 10 },
      (_, i) => `Reporters waited outside the hall for the ${i + 1}th hour.`,
    ).join(' ');
    const doc = code(
      `Veska and Ormund signed a ceasefire agreement in Lumen on Tuesday. ${filler} The agreement also provides for the release of all detained fishermen.`,
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK prisoners accept', 'ORM prisoners accept']));
  });

  it('reads "Mr. Park" as the "Park Sunho" named before (family name first)', () => {
    const doc = code(
      'PORT ALDER - Veskan negotiator Park Sunho arrived in Lumen on Monday. Mr. Park said Veska would never give up the islands.',
    );
    expect(doc.statements.map((s) => s.actor)).toEqual(['VSK']);
    expect(doc.statements[0].speaker).toMatch(/Park Sunho$/);
  });

  it('gives a stance noun to its possessor, not to the one who reports it', () => {
    const doc = code(
      "President Davor Kest said on Monday he refused Anton Brisk's demand to lift all sanctions on Ormund.",
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['ORM sanctions_relief reject', 'VSK sanctions_relief demand']),
    );
  });

  it('reads the vocabulary of real reports: sanctions "be lifted" far after them, "relieve sanctions", "meet within"', () => {
    const doc = code(
      'President Davor Kest demands that the sanctions imposed by Veska on Ormundi fishing firms be lifted. Veska and Ormund agreed to meet within two weeks. Ormund wants Veska to relieve sanctions on its ports.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['ORM sanctions_relief demand', 'VSK summit accept', 'ORM summit accept']),
    );
  });
});
