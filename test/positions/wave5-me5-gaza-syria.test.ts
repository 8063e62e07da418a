/**
 * Wordings of Gaza corridor and Syria talks reports that Parley misread: a force that keeps the land
 * it holds, and a demand followed by another clause of the same speaker. Sentences are written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('keeping control of land is against a change of control', () => {
  it('reads "wants to retain control of the corridor" as a rejection of territory', () => {
    const got = stances(
      code('Veska wants to retain control of the river corridor, which it seized in March.'),
    );
    expect(got).toContain('VSK territory reject');
    expect(got).not.toContain('VSK territory propose');
  });
  it('reads a demand that troops "remain in full control" of a crossing as a rejection', () => {
    const got = stances(
      code('Ormund demands that its army remain in full control of the northern crossing, officials said.'),
    );
    expect(got).toContain('ORM territory reject');
  });
  it('still reads a withdrawal from the corridor as territory for it', () => {
    expect(stances(code('Tarsia wants a complete withdrawal from the river corridor.'))).toContain(
      'TRS territory propose',
    );
  });
});

describe('a clause of its own after ", and he" is not the demand’s content', () => {
  it('keeps hostages told to families out of a demand on the army', () => {
    const got = stances(
      code(
        'Kest said he told the Tarsian envoy on Monday that he demands that the army stay in the valley, and he also told the families of hostages held by the front that he may have persuaded the envoy.',
      ),
    );
    expect(got.filter((s) => s.includes('prisoners'))).toEqual([]);
  });
  it('still reads hostages the demand itself names', () => {
    const got = stances(
      code('Kest said he demands that the front free all hostages held in the valley, and the envoy agreed.'),
    );
    expect(got.some((s) => s.includes('prisoners demand'))).toBe(true);
  });
});
