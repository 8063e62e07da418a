/**
 * Words that look like an issue's and name none: a "special status" for a region inside its state
 * (no control of land changes, TAXONOMY.md), "border control" (checks at a border), a process's
 * "guarantor nations" signing as witnesses (no security guarantee). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a special status for a region', () => {
  it('is no territory stance', () => {
    const got = stances(code('Ormund offered the northern province a special status within the federation.'));
    expect(got.filter((s) => s.includes('territory'))).toEqual([]);
  });

  it('a withdrawal from the province still is', () => {
    expect(
      stances(code('Veska demanded that Ormund withdraw its troops from the northern province.')),
    ).toContain('VSK territory demand');
  });
});

describe('border control', () => {
  it('checks at a border are no territory stance', () => {
    const got = stances(
      code('Veska and Ormund welcomed the progress made in border control along the frontier.'),
    );
    expect(got.filter((s) => s.includes('territory'))).toEqual([]);
  });

  it('a border put under a party’s control still is', () => {
    expect(stances(code('Veska demanded that the border be placed under its control.'))).toContain(
      'VSK territory demand',
    );
  });
});

describe('guarantors', () => {
  it('a process’s guarantor nations that sign as witnesses hold no security guarantees', () => {
    const got = stances(
      code(
        'Veska and Ormund signed the accord in Lumen; Tarsia and Kessel, the two guarantor nations, also signed the document.',
      ),
    );
    expect(got.filter((s) => s.includes('security_guarantees'))).toEqual([]);
  });

  it('guarantors of a party’s security still name them', () => {
    expect(
      stances(
        code(
          'Veska called for an agreement under which other states would serve as guarantors of its security.',
        ),
      ),
    ).toContain('VSK security_guarantees demand');
  });
});
