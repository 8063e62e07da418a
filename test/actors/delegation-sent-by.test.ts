/**
 * "Tarsia dispatched a high-level delegation led by former Veskan president Mira Tolk": the party
 * that sends a delegation (codebook `delegation_sending_verbs`) owns it, and its leader speaks for
 * that party, whatever office the leader held before. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../statements/extract.js';

const speakers = (text: string) => statementsOf(text).map((s) => [s.speaker, s.actor]);

describe('a delegation led by someone, sent by a party', () => {
  it('"Tarsia dispatched a delegation led by former Veskan president X": X leads for Tarsia', () => {
    expect(
      speakers(
        'Tarsia on Saturday dispatched a high-level delegation led by former Veskan president Mira Tolk to Lumen. "We agreed on a number of issues," Tolk said.',
      ),
    ).toContainEqual(['Mira Tolk', 'TRS']);
  });

  it('a former office alone is no party', () => {
    expect(speakers('Former Veskan president Mira Tolk said the talks went well.')).toContainEqual([
      'Mira Tolk',
      null,
    ]);
  });
});
