/**
 * An act told in the progressive ("said it was imposing sanctions", "Ormund is lifting the
 * sanctions") is done by its subject as much as "has imposed"; and the export blacklist named the
 * Entity List ("added a Veskan drone maker to its Entity List") is a sanction, its removal relief.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const positions = (text: string) => code(text, '2026-06-17').positions;
const stanceOf = (text: string, actor: string, issue: string) =>
  positions(text)
    .filter((p) => p.actor === actor && p.issue === issue)
    .map((p) => p.stance);

describe('an act told in the progressive', () => {
  it('reads "said it was imposing sanctions" as the speaker imposing them', () => {
    expect(
      stanceOf('Ormund said on Monday it was imposing sanctions on Veska.', 'ORM', 'sanctions_relief'),
    ).toContain('reject');
  });

  it('reads "Ormund is lifting the sanctions" in the reporter\'s words as Ormund lifting them', () => {
    expect(
      stanceOf('Ormund is lifting the sanctions on Veskan banks this week.', 'ORM', 'sanctions_relief'),
    ).toContain('accept');
  });

  it('leaves a progressive without a party for its subject alone ("the priority is lifting sanctions")', () => {
    expect(positions('For the talks, the first priority is lifting sanctions.')).toHaveLength(0);
  });
});

describe('the Entity List', () => {
  it('reads a firm added to it as a sanction by the one who adds it', () => {
    const doc = code('Ormund on Tuesday added a Veskan drone maker to its Entity List.', '2026-06-17');
    expect(
      doc.positions.some((p) => p.actor === 'ORM' && p.issue === 'sanctions_relief' && p.stance === 'reject'),
    ).toBe(true);
    expect(
      doc.events.some((e) => e.type === 'SANCTION' && e.actors.includes('ORM') && e.actors.includes('VSK')),
    ).toBe(true);
  });

  it('reads a firm taken off it as relief', () => {
    expect(
      stanceOf(
        'Ormund agreed to remove two Veskan universities from the Entity List.',
        'ORM',
        'sanctions_relief',
      ),
    ).toEqual(expect.arrayContaining(['accept']));
    expect(
      stanceOf(
        'Ormund agreed to remove two Veskan universities from the Entity List.',
        'ORM',
        'sanctions_relief',
      ),
    ).not.toContain('reject');
  });
});
