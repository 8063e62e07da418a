/**
 * Wordings of truce-talks reports that Parley misread: what "any deal that does not include X" is
 * refused for, a day or an adverb between "called" and its "for", and a pause "to" the fighting.
 * Sentences are written for the tests, about the invented states of examples/codebook.yaml.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('"any deal that does not include X": X is demanded', () => {
  it('reads a rejection of any deal without X as a demand for X', () => {
    const got = stances(
      code('Ormund rejected any agreement that does not guarantee the release of all prisoners.'),
    );
    expect(got).toContain('ORM prisoners demand');
    expect(got).not.toContain('ORM prisoners reject');
  });
  it('reads "declined to accept any deal that does not include" as for the thing lacking', () => {
    const got = stances(
      code('Veska has repeatedly declined to accept any deal that does not include a permanent ceasefire.'),
    );
    expect(got.filter((s) => s.startsWith('VSK ceasefire'))).not.toEqual([]);
    expect(got).not.toContain('VSK ceasefire reject');
  });
  it('still reads a deal that is refused for what it does include as a rejection', () => {
    expect(stances(code('Ormund rejected the proposed ceasefire.'))).toContain('ORM ceasefire reject');
  });
});

describe('"called" with a day or an adverb before its "for"', () => {
  it('reads "called Wednesday for a truce" as a demand', () => {
    expect(stances(code('Tarsia called Wednesday for an immediate ceasefire in the valley.'))).toContain(
      'TRS ceasefire demand',
    );
  });
  it('reads "called again for" as a demand of every party of the subject', () => {
    const got = stances(code('Tarsia and Ormund called again for an immediate ceasefire in the valley.'));
    expect(got).toContain('TRS ceasefire demand');
    expect(got).toContain('ORM ceasefire demand');
  });
  it.each(['anew', 'continually', 'consistently', 'strongly'])(
    'reads "called %s for" as a demand',
    (adverb) => {
      expect(stances(code(`Tarsia called ${adverb} for an immediate ceasefire in the valley.`))).toContain(
        'TRS ceasefire demand',
      );
    },
  );
});

describe('a pause "to" or a respite "from" the fighting is a ceasefire', () => {
  it('reads "offered a two-month pause to the fighting" as a proposal of a ceasefire', () => {
    expect(stances(code('Veska recently offered a two-month pause to the fighting.'))).toContain(
      'VSK ceasefire propose',
    );
  });
});
