/**
 * Who holds a stance told inside a clause of its own: a "whose" clause with no comma qualifies the
 * party before it; a subordinate clause with a named subject ("after Veska offered …") is that
 * party's, not the collective's of the main clause; talks called off broker nothing; and talks
 * with a leader cancelled are a meeting of leaders refused. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('stances told in a clause of their own', () => {
  it('gives a handover to the party a bare "whose" clause qualifies, not to the party it names', () => {
    const got = stances(
      code(
        'The Highland Liberation Front whose fighters overran northern Ormund has handed over the town of Brell to the regional force, its spokesman said on Sunday.',
        '2026-06-14',
      ),
    );
    expect(got).toContain('HLF territory accept');
    expect(got).not.toContain('ORM territory accept');
  });

  it('gives an offer in an "after" clause to its own subject, not to "the two sides"', () => {
    const got = stances(
      code(
        'The two sides agreed to hold new border talks after Veska offered on Monday to negotiate directly with Ormund on a peace treaty.',
        '2026-06-17',
      ),
    );
    expect(got).toContain('VSK talks_inclusion propose');
    expect(got).not.toContain('ORM talks_inclusion propose');
  });

  it('lets no mediator of talks called off propose the deal told before them', () => {
    const got = stances(
      code(
        'The two sides agreed to hold fresh border talks after Veska offered on June 1 to negotiate directly with Ormund on a peace treaty. The offer came after Brisk twice cancelled Tarsia-mediated talks with President Davor Kest in June.',
        '2026-06-17',
      ),
    );
    expect(got.filter((s) => s.startsWith('TRS '))).toEqual([]);
  });

  it('reads talks with a leader cancelled as a summit rejected', () => {
    const got = stances(code('Veska cancelled talks with President Davor Kest on Friday.', '2026-06-17'));
    expect(got).toContain('VSK summit reject');
  });
});
