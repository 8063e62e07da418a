/**
 * A title owned by a party's possessive with a portfolio in plain words between ("Veska's
 * counterterrorism envoy Ida Vell"): the person speaks, for that party, before or after the cue
 * (actors/roles.ts, statements-phrases.ts `speakerAfter`). "Veska's mission to the Council said":
 * the body before "to" speaks, not where it serves (statements.ts `bodyBeforePreposition`).
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(text).statements.map((s) => `${s.speaker}: ${[s.actor ?? '-'].flat().sort().join(' ')}`);

describe('a portfolio between the possessive and the title', () => {
  it('the envoy named after the cue speaks for the possessive’s party', () => {
    expect(
      speakers(
        '“They will meet again next week,” said Veska’s counterterrorism envoy Ida Vell, adding that talks went well.',
      ),
    ).toContain('Ida Vell: VSK');
  });

  it('the envoy named before the cue too', () => {
    expect(speakers('Veska’s counterterrorism envoy Ida Vell said the talks went well.')).toEqual([
      'Ida Vell: VSK',
    ]);
  });

  it('a phrase joined by "and" is no portfolio', () => {
    expect(
      speakers(
        'Dialogue between Veska’s opposition and President Anton Brisk’s government will resume, Brisk said.',
      ),
    ).toEqual(['Anton Brisk: VSK']);
  });
});

describe('a body and where it serves', () => {
  it('"Veska\'s mission to the Council said": the mission speaks for Veska', () => {
    expect(speakers('Veska’s mission to the Northern Maritime Council said the talks would resume.')).toEqual(
      ['Veska’s mission: VSK'],
    );
  });
});
