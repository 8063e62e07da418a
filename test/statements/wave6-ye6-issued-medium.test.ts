/**
 * "Ida Pell, in a statement issued by her office said …": a medium named with its issuer between
 * the speaker and the verb is no speaker; the person before it speaks. A statement issued by an
 * office that opens the sentence still speaks for its issuer. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a medium with its issuer between the speaker and the verb', () => {
  it.each([
    'The Veskan envoy, Ida Pell, in a statement issued by her office said the talks would go on.',
    'The Veskan envoy, Ida Pell, in a statement released by the Veskan foreign ministry, said the talks would go on.',
  ])('"%s": the person speaks', (text) => {
    const [s] = statementsOf(text);
    expect([s?.speaker, s?.actor, s?.content]).toEqual(['Ida Pell', 'VSK', 'the talks would go on']);
  });

  it('a statement issued by an office that opens the sentence still gives the words to its issuer', () => {
    const [s] = statementsOf('A statement issued by the Veskan foreign ministry said the talks would go on.');
    expect(s?.actor).toBe('VSK');
    expect(s?.speaker).not.toMatch(/Pell/);
  });
});
