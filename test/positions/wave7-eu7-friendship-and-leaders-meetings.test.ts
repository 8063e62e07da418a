/**
 * Relations set on a normal footing by a pact of friendship or good-neighbourliness, and a
 * mediator's meeting with both leaders as a leaders' meeting. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const on = (issue: string, text: string) =>
  code(text, '2026-06-17')
    .positions.filter((p) => p.issue === issue)
    .map((p) => `${p.actor} ${p.stance}`);
const unique = (xs: string[]) => [...new Set(xs)].sort();

describe('friendship pacts and meetings with both leaders', () => {
  it('reads a signed friendship declaration as both signatories accepting normal relations', () => {
    expect(
      unique(
        on('diplomatic_relations', 'Veska and Ormund signed a friendship declaration in Lumen on Tuesday.'),
      ),
    ).toEqual(['ORM accept', 'VSK accept']);
  });

  it('reads a treaty on good-neighbourly relations that a party proposes', () => {
    expect(
      on('diplomatic_relations', 'Veska proposed a treaty on good-neighbourly relations with Ormund.'),
    ).toContain('VSK propose');
  });

  it("reads a mediator seeking a meeting with the two presidents as proposing the leaders' meeting", () => {
    expect(
      on('summit', 'Tarsia said it would seek another meeting with the two presidents next month.'),
    ).toContain('TRS propose');
  });
});
