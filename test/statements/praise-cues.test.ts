/**
 * Praise told as reported speech ("lauded both sides for …", "commended the mediators for …"), and
 * a frame in a clause that opens the sentence with a subordinating conjunction, which does not lend
 * its speaker to a later cue of the main clause. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('praise as a cue', () => {
  it('reads "lauded X for …" as a statement of the one who lauds', () => {
    const s = statementsOf('Ilse Marrow lauded both delegations for their patience over the fishing quotas.');
    expect(s.map((x) => x.speaker)).toEqual(['Ilse Marrow']);
    expect(s[0].content).toContain('both delegations for their patience');
  });
  it('reads "commended"', () => {
    const s = statementsOf('Kai Moller commended the mediators for keeping the island talks alive.');
    expect(s.map((x) => x.speaker)).toEqual(['Kai Moller']);
  });
});

describe('a frame in an opening subordinate clause keeps its speaker to itself', () => {
  it('gives the cue after "and instead" to the main clause’s subject', () => {
    const s = statementsOf(
      'While Ilse Marrow lauded the accord as a "lasting settlement," Tarsia avoided the phrase and instead stressed that Ormund had promised to leave the islands.',
    );
    const stressed = s.find((x) => x.content.includes('Ormund had promised'));
    expect(stressed?.speaker).toBe('Tarsia');
  });
});

describe('"the warm welcome" is a noun, not the verb of a speaker', () => {
  it('gives the noted words to the named speaker after an opening "Thanking X for the warm welcome,"', () => {
    const s = statementsOf(
      'Thanking Tarsia for the warm welcome, Ilse Marrow noted that both countries have kept close ties on every front.',
    );
    const noted = s.find((x) => x.content.includes('close ties'));
    expect(noted?.speaker).toBe('Ilse Marrow');
    expect(s.some((x) => /warm$/.test(x.said ?? ''))).toBe(false);
  });
  it('still reads a bare "welcome" after a named pair of parties', () => {
    const s = statementsOf('Tarsia and Ormund welcome the accord on the fishing quotas.');
    expect(s.map((x) => x.cue)).toContain('welcome');
  });
});

describe('a written text that "reads" its quotation', () => {
  it('reads "“…,” the joint statement read" as the statement’s quotation', () => {
    const s = statementsOf('“Both sides will keep the fishing talks going,” the joint statement read.');
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('the joint statement');
    expect(s[0].direct).toBe(true);
  });
  it('reads no statement where someone reads a text aloud', () => {
    expect(
      statementsOf('Ilse Marrow read the accord on the fishing quotas aloud before the cameras.'),
    ).toEqual([]);
  });
});
