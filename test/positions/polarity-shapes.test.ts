/**
 * Polarity shapes of wire reports that a negation, a judgement or a quotation can turn the wrong
 * way: what is refused, what is kept, and what only a word in the gap hides. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

/** "ACTOR issue pro|contra": the side a position takes, whatever its exact stance. */
const sides = (text: string): string[] =>
  code(text).positions.map((p) => `${p.actor} ${p.issue} ${p.stance === 'reject' ? 'contra' : 'pro'}`);

describe('quotation marks and symbols in the gap of a pattern', () => {
  it('reads refusing to allow a quoted share of enrichment as for the limit', () => {
    const got = sides('Veska could not allow "even 2%" of enrichment in Ormund, Ilse Marrow said.');
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
  it('reads the same share unquoted the same way', () => {
    const got = sides('Ilse Marrow said Veska would never permit even 3% of enrichment on Ormundi soil.');
    expect(got).toContain('VSK nuclear pro');
    expect(got).not.toContain('VSK nuclear contra');
  });
});

describe('what a party holds judged not negotiable', () => {
  it('reads enrichment on its own soil judged not negotiable as a red line against the limit', () => {
    const doc = code('Enrichment on Ormundi soil is not negotiable, Petr Vallo said.');
    const nuclear = doc.positions.filter((p) => p.issue === 'nuclear');
    expect(nuclear.map((p) => `${p.actor} ${p.stance} ${p.redLine}`)).toEqual(['ORM reject true']);
  });
  it('reads its land judged non-negotiable as against ceding it', () => {
    const got = sides("Davor Kest said Ormund's territory was non-negotiable.");
    expect(got).toContain('ORM territory contra');
    expect(got).not.toContain('ORM territory pro');
  });
  it('still reads a change judged not negotiable as insisted on', () => {
    expect(sides('Davor Kest said the withdrawal of Veskan troops is not negotiable.')).toContain(
      'ORM territory pro',
    );
    expect(sides('Petr Vallo said the release of all detainees is non-negotiable.')).toContain(
      'ORM prisoners pro',
    );
  });
});

describe('a corrective "not X but Y" of what a force is', () => {
  it('reads a force that "would not be a peacekeeping mission but" deter as no refusal of troops', () => {
    const got = sides(
      'Ilse Marrow said the Veskan contingent would not be a peacekeeping mission but would deter raids.',
    );
    expect(got).not.toContain('VSK foreign_troops contra');
  });
  it('still reads refusing to send peacekeepers, with another offer after "but", as a refusal', () => {
    expect(
      sides('Veska would not send peacekeepers but would fund the mission, Ilse Marrow said.'),
    ).toContain('VSK foreign_troops contra');
  });
});

describe('a negation aimed at the way an issue comes about', () => {
  it('reads "the war cannot end with the capitulation of" a party as no refusal of a ceasefire', () => {
    const got = sides('Petr Vallo said the war cannot end with the surrender of Ormund.');
    expect(got).not.toContain('ORM ceasefire contra');
    expect(sides('Davor Kest said the fighting will not stop through a humiliating deal.')).not.toContain(
      'ORM ceasefire contra',
    );
  });
  it('still reads a war that cannot end, or a refused truce with a party, as against the ceasefire', () => {
    expect(sides('Petr Vallo said the war cannot end until Veska withdraws.')).toContain(
      'ORM ceasefire contra',
    );
    expect(sides('Davor Kest said Ormund would not agree to a truce with Veska.')).toContain(
      'ORM ceasefire contra',
    );
  });
});

describe('what a party puts first', () => {
  it('reads "X\'s priority was the lifting of sanctions" as X demanding the relief', () => {
    expect(
      stances(code("Port Alder's priority was the lifting of Ormundi sanctions, a Veskan official said.")),
    ).toContain('VSK sanctions_relief demand');
  });
  it('reads priorities that include a release as demanded', () => {
    expect(
      stances(code("Ilse Marrow said Veska's priorities include the release of all detainees.")),
    ).toContain('VSK prisoners demand');
  });
});

describe('a deal named with what it is praised as', () => {
  const signed = 'Veska and Ormund signed a joint declaration on a truce in Lumen on Monday.\n\n';
  const tarsia = (text: string) => stances(code(signed + text)).filter((s) => s.startsWith('TRS'));
  it('reads calling the declaration an important milestone as accepting what it holds', () => {
    expect(tarsia('Mira Solenne called the declaration an important milestone.')).toEqual([
      'TRS ceasefire accept',
    ]);
    expect(tarsia('Mira Solenne described the declaration as a step forward.')).toEqual([
      'TRS ceasefire accept',
    ]);
  });
  it('reads calling it something else as no acceptance', () => {
    expect(tarsia('Mira Solenne called the declaration a surprise.')).toEqual([]);
  });
});

describe('a refusal that a "but" sets against what is wanted', () => {
  it('"would not join alliances, but would have its security guaranteed" refuses no guarantee', () => {
    const read = sides(
      'Veskan negotiators said they had offered a status under which their country would not join alliances, but would have its security guaranteed by Tarsia and other states.',
    );
    expect(read).not.toContain('VSK security_guarantees contra');
  });

  it('the refusal before the "but" still refuses its own object', () => {
    expect(sides('Veska would not accept a ceasefire, but would consider talks.')).toContain(
      'VSK ceasefire contra',
    );
  });
});
