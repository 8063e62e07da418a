/**
 * Wordings that real reports of earlier tariff talks, a captured airman's return and a blocked
 * mountain road use and that Parley misread: tariffs told as staying in place, a "truce" in a story
 * of a trade war, a pilot or an officer "in our custody" freed, a road unblocked. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('tariffs told as staying in place are barriers kept', () => {
  it('reads "the tariffs … will stay in place" as refusing relief', () => {
    const got = stances(
      code(
        'Ormund said the bulk of the tariffs it has imposed on Veskan steel since March will stay in place.',
      ),
    );
    expect(got).toContain('ORM sanctions_relief reject');
    expect(got).not.toContain('ORM sanctions_relief accept');
  });
});

describe('a truce in a story of a trade war is a truce on trade', () => {
  it('reads the bare "truce" as sanctions relief where the story names a tariff war', () => {
    const got = stances(
      code(
        'Ormund and Veska signed a deal on Monday that eases their long tariff war. Ormund and Veska welcomed the truce struck between them.',
      ),
    );
    expect(got.some((s) => s.includes('ceasefire'))).toBe(false);
    expect(got).toContain('ORM sanctions_relief accept');
  });

  it('keeps the truce a ceasefire where no trade war is named', () => {
    expect(stances(code('Ormund and Veska welcomed the truce struck between them.'))).toContain(
      'ORM ceasefire accept',
    );
  });
});

describe('a captured airman or an officer in custody freed', () => {
  it('reads releasing a pilot as releasing a prisoner', () => {
    expect(stances(code('Ormund said it would release the downed Veskan pilot on Friday.'))).toContain(
      'ORM prisoners propose',
    );
  });

  it('reads freeing "the officer in our custody" as releasing a prisoner', () => {
    expect(
      stances(code('"We have decided to free the Veskan officer in our custody," Ormund\'s president said.')),
    ).toContain('ORM prisoners propose');
  });
});

describe('a blocked road unblocked lets people and aid through', () => {
  it('reads a call to unblock the road as humanitarian access demanded', () => {
    expect(stances(code('Veska demanded that Ormund unblock the mountain road to the enclave.'))).toContain(
      'VSK humanitarian demand',
    );
  });
});
