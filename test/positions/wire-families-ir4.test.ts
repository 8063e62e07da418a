/**
 * Wordings that real reports of earlier tariff and sanctions talks use and that Parley misread:
 * a stop or hold put on new tariffs (relief, not new tariffs), a trade war dialled down or
 * escalated (no war of arms). Sentences are written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a stop put on new tariffs is relief from them', () => {
  it.each([
    'Ormund and Veska agreed to a 60-day stop to new tariffs.',
    'Ormund and Veska have come to an agreement on stopping the imposition of additional tariffs.',
    'Ormund agreed to hold off on new tariffs against Veska.',
    'Ormund and Veska agreed to a freeze on further tariffs.',
  ])('"%s"', (text) => {
    const got = stances(code(text));
    expect(got).toContain('ORM sanctions_relief accept');
    expect(got).not.toContain('ORM sanctions_relief reject');
  });

  it('still reads new tariffs threatened as barriers raised', () => {
    expect(stances(code('Ormund threatened new tariffs on Veskan grain.'))).toContain(
      'ORM sanctions_relief reject',
    );
  });
});

describe('a trade war is no war of arms', () => {
  it('reads a trade war dialled down as relief, not a ceasefire', () => {
    const got = stances(code('Ormund and Veska agreed to dial down an escalating trade war.'));
    expect(got.some((s) => s.includes('ceasefire'))).toBe(false);
    expect(got).toContain('ORM sanctions_relief accept');
  });

  it('reads a trade war escalated as barriers raised, not fighting', () => {
    const got = stances(code('Ormund vowed to escalate the trade war with Veska.'));
    expect(got.some((s) => s.includes('ceasefire'))).toBe(false);
    expect(got).toContain('ORM sanctions_relief reject');
  });
});

describe('tariffs raised and enrichment stepped up are against the proposition', () => {
  it('reads tariffs that "will be raised" as refusing relief', () => {
    expect(
      stances(code('Tarsia said that without a deal the tariffs will be raised to 30 percent.')),
    ).toContain('TRS sanctions_relief reject');
  });

  it.each([
    'Veska threatened to increase enrichment to 60 percent.',
    'Veska vowed to step up enrichment at the plant.',
  ])('"%s" is against limits on the programme', (text) => {
    const got = stances(code(text));
    expect(got).toContain('VSK nuclear reject');
    expect(got).not.toContain('VSK nuclear demand');
  });
});

describe('"considerable" is no cue of openness', () => {
  it.each([
    'Veska said the monitors have carried out a considerable part of their inspections in Ormund.',
    'Veska said Ormund had made considerable progress on enrichment limits.',
  ])('"%s" holds no stance', (text) => {
    expect(stances(code(text)).filter((s) => s.endsWith(' open'))).toEqual([]);
  });

  it('"is considering" still is', () => {
    expect(stances(code('Veska is considering a freeze of enrichment.'))).toContain('VSK nuclear open');
  });
});
