/**
 * A meeting that an infinitive governs across "such" and an adjective ("would like to hold such a
 * productive meeting") is wished for, at most planned, never held. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'CONSULT')
    .map((e) => e.status);

describe('a meeting wished for', () => {
  it('reads "would like to hold such a productive meeting" as no meeting held', () => {
    expect(
      meetings('Veska and Ormund would like to hold such a productive meeting again soon, the envoy said.'),
    ).not.toContain('held');
  });

  it('still reads "held a productive meeting" as held', () => {
    expect(meetings('Veska and Ormund held a productive meeting in Kessel on Monday.')).toContain('held');
  });
});
