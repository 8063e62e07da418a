/**
 * An embargo "placed" on a party is one imposed: its imposers reject sanctions relief; a party
 * encouraged to "abandon" its embargo is asked to lift it. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('an embargo placed and abandoned', () => {
  it('"placed a trade embargo on Ormund" is the imposer’s reject', () => {
    expect(stances(code('Veska placed a trade and diplomatic embargo on Ormund a month ago.'))).toContain(
      'VSK sanctions_relief reject',
    );
  });

  it('"urged Veska to abandon its embargo" is a demand for relief', () => {
    const got = stances(code('Tarsia urged Veska to abandon its embargo on Ormund.'));
    expect(got).toContain('TRS sanctions_relief demand');
    expect(got).not.toContain('TRS sanctions_relief reject');
  });
});
