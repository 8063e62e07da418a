/**
 * "Senior diplomats from Veska and Ormund met … the senior diplomats said": a plural title that
 * "the …" repeats speaks for the parties the text named with it, when no earlier speaker had that
 * title (codebook `titled_group_heads`; actors/resolve-speaker.ts `titledPartiesBefore`).
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) =>
  code(text).statements.map((s) => `${s.speaker}: ${[s.actor ?? '-'].flat().sort().join(' ')}`);

describe('a plural title repeated by "the"', () => {
  it('"the senior diplomats" are the parties the diplomats came from', () => {
    expect(
      speakers(
        'Senior diplomats from Veska and Ormund met Tarsian officials in Lumen. We have much work and little time left, the senior diplomats said.',
      ),
    ).toContain('the senior diplomats: ORM VSK');
  });

  it('a title the text never gave with parties names nobody', () => {
    expect(speakers('We have much work and little time left, the senior diplomats said.')).toContain(
      'the senior diplomats: -',
    );
  });
});

describe('a title with a modifier repeated by "the"', () => {
  it('"the foreign minister" is the earlier speaker titled so, not another minister', () => {
    const got = code(
      'Veskan Foreign Minister Ida Vell said the talks would go on. Ormundi Defence Minister Petr Vallo said the troops would stay. The border would stay open, the foreign minister said.',
    ).statements.map((s) => `${s.speaker}: ${s.actor ?? '-'}`);
    expect(got.at(-1)).not.toBe('the foreign minister: ORM');
  });
});
