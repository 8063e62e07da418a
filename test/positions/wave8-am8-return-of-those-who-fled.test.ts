/**
 * Those who fled going home is the return of the displaced, a humanitarian issue. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the return of those who fled', () => {
  it('reads a call on residents who fled to return as humanitarian', () => {
    const got = stances(
      code(
        'Veska urged the residents who fled Brell during the shelling to return, saying the town was now safe.',
      ),
    );
    expect(got).toContain('VSK humanitarian demand');
  });
});
