/**
 * Wordings of Americas and Europe talks that Parley misread: observers who watch a vote (no
 * foreign force) and frozen assets handed back to their owner (sanctions eased, not
 * reparations). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('observers of a vote are about the election, not foreign troops', () => {
  it.each([
    'Ormund and Veska agreed to discuss a timetable for elections with international observers.',
    'Ormund agreed to admit election observers before the vote.',
  ])('"%s"', (text) => {
    const got = stances(code(text));
    expect(got.some((s) => s.includes('foreign_troops'))).toBe(false);
    expect(got.some((s) => s.startsWith('ORM elections'))).toBe(true);
  });

  it('still reads international observers sent to a truce line as foreign troops', () => {
    expect(
      stances(code('Ormund proposed international observers along the truce line.')).some((s) =>
        s.startsWith('ORM foreign_troops'),
      ),
    ).toBe(true);
  });
});

describe('frozen assets returned to their owner are sanctions eased', () => {
  it.each([
    'Veska demanded the right to use its frozen assets abroad.',
    'Veska demanded the release of its frozen funds held in foreign banks.',
  ])('"%s"', (text) => {
    const got = stances(code(text));
    expect(got).toContain('VSK sanctions_relief demand');
    expect(got.some((s) => s.includes('reconstruction'))).toBe(false);
  });

  it('still reads frozen assets spent on the victim as reconstruction', () => {
    expect(
      stances(code('Ormund proposed to use the frozen assets of Veska to pay for the damage.')).some((s) =>
        s.startsWith('ORM reconstruction'),
      ),
    ).toBe(true);
  });
});
