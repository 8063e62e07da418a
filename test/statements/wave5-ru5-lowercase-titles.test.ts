/**
 * A two-word title written in lower case before the name ("director general Kai Moller said") is
 * part of the speaker's phrase, so the clause before it is what was said. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('lower-case titles ending in "general" before the name', () => {
  it('reads "…, director general Kai Moller said on Monday"', () => {
    const [s] = statementsOf('Both sides want the harbour zone, director general Kai Moller said on Monday.');
    expect([s?.speaker, s?.content]).toEqual(['Kai Moller', 'Both sides want the harbour zone']);
  });
  it('reads "…, secretary general Ilse Marrow told reporters"', () => {
    const [s] = statementsOf(
      'The fishing talks will resume next week, secretary general Ilse Marrow told reporters.',
    );
    expect([s?.speaker, s?.content]).toEqual(['Ilse Marrow', 'The fishing talks will resume next week']);
  });
  it('reads a general who speaks ("…, the general said")', () => {
    const [s] = statementsOf('The harbour will stay closed until the ships leave, the general said.');
    expect(s?.content).toBe('The harbour will stay closed until the ships leave');
  });
});
