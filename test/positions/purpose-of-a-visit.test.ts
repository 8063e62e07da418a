/**
 * "Tarsia's envoy visited Ormund on Wednesday to discuss a truce": the one visited is the visit's
 * object; the purpose is the visitor's stance. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the purpose of a visit or a meeting', () => {
  it('is the visitor’s, not the host’s', () => {
    const got = stances(
      code('Tarsian envoy Kai Moller visited Ormund on Wednesday to discuss a long-term truce.'),
    );
    expect(got).toContain('TRS ceasefire open');
    expect(got).not.toContain('ORM ceasefire open');
  });

  it('"urged Ormund to accept a truce" still presses the one urged', () => {
    expect(stances(code('Tarsia urged Ormund to accept a truce.'))).toContain('TRS ceasefire demand');
  });
});
