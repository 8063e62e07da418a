/**
 * "According to Lund, a team will meet Veska's envoys": the words after the comma are a clause
 * (a modal or an auxiliary tells it), not an appositive that names Lund's side. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const parties = (text: string) =>
  code(text).statements.map((s) => `${s.speaker}: ${JSON.stringify(s.actor ?? null)}`);

const story = (clause: string) =>
  `Ormund’s government said on Sunday it would keep talking with the Highland Liberation Front. “The next round will open on Thursday in Lumen,” the government’s chief negotiator, Ivo Lund, said. According to Lund, ${clause}`;

describe('a clause after "According to X,"', () => {
  it('gives the speaker no side from a party named in the clause', () => {
    const got = parties(
      story('an informal negotiation team will meet with Veska’s representatives in Lumen.'),
    );
    expect(got.filter((p) => p.startsWith('Ivo Lund'))).not.toContain('Ivo Lund: "VSK"');
    expect(got).toContain('Ivo Lund: "ORM"');
  });

  it('reads an auxiliary the same way', () => {
    const got = parties(story('an informal negotiation team has met Veska’s representatives in Lumen.'));
    expect(got.filter((p) => p.startsWith('Ivo Lund'))).not.toContain('Ivo Lund: "VSK"');
  });

  it('still reads an appositive that names the side before "had said"', () => {
    expect(
      parties(
        '“The border stays open,” Ivo Lund, spokesperson of the Ormund Armed Forces had said on Monday.',
      ),
    ).toContain('Ivo Lund: "ORM"');
  });
});
