/**
 * The parties a speaker presses hold nothing of what they are pressed to do, also when they are
 * named in an apposition ("all parties, including the governments of Veska and Ormund, to …") or
 * persuaded rather than urged. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('parties pressed in an apposition', () => {
  it('gives the endorsement asked of the parties to no one but the speaker', () => {
    const got = stances(
      code(
        '"We call on all parties, including the governments of Veska and Ormund, to endorse the temporary ceasefire immediately," Tarsia said.',
        '2026-06-17',
      ),
    );
    expect(got).not.toContain('VSK ceasefire accept');
    expect(got).not.toContain('ORM ceasefire accept');
  });

  it('reads the parties persuaded to sign as not yet agreeing', () => {
    const got = stances(
      code('Tarsia said it would persuade Veska and Ormund to sign the ceasefire next week.', '2026-06-17'),
    );
    expect(got).not.toContain('VSK ceasefire accept');
    expect(got).not.toContain('ORM ceasefire accept');
  });

  it('still reads what the parties named in a statement agreed to', () => {
    const got = stances(code('Tarsia said Veska and Ormund had agreed to the ceasefire.', '2026-06-17'));
    expect(got).toContain('VSK ceasefire accept');
  });
});
