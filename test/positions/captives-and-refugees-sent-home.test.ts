/**
 * Vocabulary of real reports for two issues (codebook issues.yaml): jailed officials, activists or
 * leaders freed are captives (`prisoners`, the frame's objects); refugees repatriated are people
 * returned home (`humanitarian`). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('captives named by their office, refugees sent home', () => {
  it('a demand to free senior officials, and its rejection, are on prisoners', () => {
    expect(
      stances(code('The Highland Liberation Front rejected demands by Ormund to free senior officials.')),
    ).toEqual(expect.arrayContaining(['HLF prisoners reject', 'ORM prisoners demand']));
  });

  it('the release of detained activists is a captives’ release', () => {
    expect(stances(code('Veska demanded the release of detained activists.'))).toContain(
      'VSK prisoners demand',
    );
  });

  it('a deal for the repatriation of refugees is on humanitarian return', () => {
    expect(
      stances(
        code(
          'Veska and Ormund have signed a deal paving the way for the repatriation of refugees who fled the war.',
        ),
      ),
    ).toEqual(expect.arrayContaining(['VSK humanitarian accept', 'ORM humanitarian accept']));
  });

  it('officials who are not held are no captives', () => {
    expect(stances(code('Veska demanded that Ormund send senior officials to the talks.'))).not.toContain(
      'VSK prisoners demand',
    );
  });
});
