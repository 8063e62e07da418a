/**
 * "Ida Pell, a senior Veskan official said …": the comma that closes the appositive is left out;
 * the person named before it speaks, not the title phrase. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('an appositive whose closing comma is missing', () => {
  it('before the verb: the name speaks', () => {
    const [s] = statementsOf('Ida Pell, a senior Veskan official said the talks would go on.');
    expect([s?.speaker, s?.actor, s?.content]).toEqual(['Ida Pell', 'VSK', 'the talks would go on']);
  });

  it('after the content: the name speaks and is no part of the content', () => {
    const [s] = statementsOf('The talks would go on, Ida Pell, a senior Veskan official said.');
    expect([s?.speaker, s?.content]).toEqual(['Ida Pell', 'The talks would go on']);
  });

  it('a title phrase alone still speaks for itself', () => {
    const [s] = statementsOf('The talks would go on, a senior Veskan official said.');
    expect(s?.speaker).toBe('a senior Veskan official');
  });
});
