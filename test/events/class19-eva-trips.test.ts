/**
 * An envoy's trip back to a side ("is set to return to Kessel next week") is a visit to that side,
 * read as "will travel to" is; going back to no place named ("returned to the negotiating table",
 * "to return to the nuclear deal") is none. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const STORY =
  'Veska and Ormund have been at war over the Skerry Islands for two years. Tarsia has been mediating between them.';

const meetings = (text: string) =>
  code(`${STORY}\n\n${text}`, '2026-06-17')
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => ({ actors: [...e.actors].sort(), status: e.status }));

describe('a trip back to a side', () => {
  it('reads "is set to return to Ormund next week" as a visit planned to Ormund', () => {
    expect(
      meetings('Foreign Minister Ilse Marrow is set to return to Ormund next week, her office said.'),
    ).toEqual([{ actors: ['ORM', 'VSK'], status: 'planned' }]);
  });

  it('reads "is returning to Ormund" as a visit planned too', () => {
    expect(meetings('Ilse Marrow is returning to Ormund at the beginning of July.')).toEqual([
      { actors: ['ORM', 'VSK'], status: 'planned' },
    ]);
  });

  it('reads no visit in a return to the negotiating table or to a deal', () => {
    expect(meetings('Ormund returned to the negotiating table on Monday.')).toEqual([]);
    expect(meetings('Mira Solenne urged the sides to return to the Veska ceasefire deal.')).toEqual([]);
  });
});
