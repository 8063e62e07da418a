/**
 * Issue words of a war's side arrangements: shipping corridors through the Black Sea are its partial
 * truce, an armed or police mission sent in is a foreign deployment, and both sides' forces pulled
 * back together are a disengagement, not land given up. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('corridors, missions and mutual pullbacks', () => {
  it('reads corridors through the Black Sea as the partial truce', () => {
    const got = stances(
      code('Veska proposed on Monday new corridors through the Black Sea for merchant ships.', '2026-06-14'),
    );
    expect(got).toContain('VSK ceasefire propose');
  });

  it('reads an armed police mission as foreign forces sent in', () => {
    const got = stances(
      code('Ormund proposed on Tuesday an armed police mission for the northern provinces.', '2026-06-14'),
    );
    expect(got).toContain('ORM foreign_troops propose');
  });

  it('reads a withdrawal of both sides as a pullback of forces', () => {
    const got = stances(
      code(
        'Veska accepted on Wednesday the withdrawal of Ormund troops and Highland rebels in three areas of the front.',
        '2026-06-14',
      ),
    );
    expect(got).toContain('VSK demilitarisation accept');
    expect(got).not.toContain('VSK territory accept');
  });
});
