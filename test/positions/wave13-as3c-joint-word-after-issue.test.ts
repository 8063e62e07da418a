/**
 * A joint word ("each other's", "mutual") after the issue, under one party's own subject, tells
 * where the issue lies, not who holds the stance: "Veska remains committed to … prisoners in each
 * other's jails" is Veska's stance alone. Joint holders named before the issue keep the stance
 * jointly. Sentences invented about the Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const TALKS = 'Veska and Ormund held talks in Lumen on Monday.';

describe('a joint word after the issue leaves the stance to the clause’s own subject', () => {
  it('gives a sole subject’s commitment to that party alone', () => {
    const doc = code(
      `${TALKS} “Veska remains committed to addressing, on priority, all humanitarian matters, including those of prisoners in each other’s jails,” the Veskan foreign ministry said.`,
    );
    const held = stances(doc);
    expect(held.some((s) => s.startsWith('VSK '))).toBe(true);
    expect(held.filter((s) => s.startsWith('ORM '))).toEqual([]);
  });

  it('still gives a joint act of two named parties to both', () => {
    const doc = code(`${TALKS} Veska and Ormund agreed to stop shelling each other’s towns.`);
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'ORM ceasefire accept']));
  });
});
