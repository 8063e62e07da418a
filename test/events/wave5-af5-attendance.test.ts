/**
 * Those a later sentence says attended a meeting already told ("The meetings in Lumen were
 * attended by aides from both camps and by envoys of Tarsia") take part in that meeting; they do
 * not make a meeting of their own. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) => code(text, '2026-06-17').events.filter((e) => e.type === 'CONSULT');

describe('attendance told after the meeting', () => {
  it('adds the parties of a second "and by …" group of attendees to the meeting told before', () => {
    const got = meetings(
      'Generals of Veska and Ormund met twice this month in Lumen. The meetings in Lumen were attended by aides from both camps and by envoys of Tarsia.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('reads "the unannounced talks, which sources said were also attended by X" as the same talks', () => {
    const got = meetings(
      'Generals of Veska and Ormund met twice this month in Lumen. The unannounced talks, which sources said were also attended by Tarsia, ended without a deal.',
    );
    expect(got).toHaveLength(1);
    expect([...got[0].actors].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('keeps an undefined meeting attended by others apart ("a conference was attended by X")', () => {
    const got = meetings(
      'Generals of Veska and Ormund met twice this month in Lumen. A separate conference on fisheries was attended by Tarsia and the Northern Maritime Council.',
    );
    expect(got.some((e) => e.actors.includes('VSK') && e.actors.includes('TRS'))).toBe(false);
  });
});
