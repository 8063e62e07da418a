/**
 * A reply in kind with barriers ("Ormund countered with tariffs on Veskan grain", "retaliated with
 * duties") is a sanction by the one who replies: against sanctions relief, and a SANCTION on the
 * party whose goods it hits. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

describe('"countered with tariffs", "retaliated with duties"', () => {
  it('reads the reply as the replier rejecting sanctions relief', () => {
    const doc = code('Ormund on Monday countered with steep tariffs on Veskan grain.', '2026-06-17');
    expect(
      doc.positions.some((p) => p.actor === 'ORM' && p.issue === 'sanctions_relief' && p.stance === 'reject'),
    ).toBe(true);
    expect(
      doc.events.some((e) => e.type === 'SANCTION' && e.actors.includes('ORM') && e.actors.includes('VSK')),
    ).toBe(true);
  });

  it('reads "retaliated with duties" in the same way', () => {
    const doc = code('Ormund retaliated with duties on Veskan timber last week.', '2026-06-17');
    expect(
      doc.positions.some((p) => p.actor === 'ORM' && p.issue === 'sanctions_relief' && p.stance === 'reject'),
    ).toBe(true);
  });
});
