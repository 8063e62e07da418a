/**
 * Words of issues that news of talks between rivals uses: guarantees asked of a party ("real
 * guarantees from Kessel"), arms control (limits on weapons, not weapons sent), a closed mission
 * or office reopened, a party that campaigns for something; and a deal named before its broker
 * ("The deal brokered by Tarsia") that holds what the deal told before holds. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const stances = (text: string, issue: string) =>
  code(text, '2026-06-17')
    .positions.filter((p) => p.issue === issue)
    .map((p) => `${p.actor} ${p.stance}`);

describe('guarantees asked of a party', () => {
  it('reads "wants real guarantees from Kessel" as security guarantees sought', () => {
    expect(
      stances(
        'Veska wants real guarantees from Kessel before it returns to the harbour accord.',
        'security_guarantees',
      ),
    ).toContain('VSK propose');
  });
});

describe('arms control', () => {
  it('reads talks on arms control as limits on forces, not as weapons supplied', () => {
    const text =
      'Ormund announced its readiness to hold further rounds to discuss arms control with Veska, including reciprocal missile limits.';
    expect(stances(text, 'military_aid')).toEqual([]);
    expect(stances(text, 'demilitarisation')).toContain('ORM open');
  });

  it('still reads more arms asked for as military aid', () => {
    expect(stances('Veska called for more arms.', 'military_aid')).toContain('VSK demand');
  });
});

describe('missions and offices reopened', () => {
  it('reads a closed mission in a capital reopened as diplomatic relations', () => {
    expect(
      stances(
        'Ormund campaigned for Veska reopening its recently closed Kessel mission.',
        'diplomatic_relations',
      ),
    ).toContain('ORM propose');
  });

  it('reads "reopening its Port Alder office" as diplomatic relations', () => {
    expect(stances('Ormund proposed reopening its Port Alder office.', 'diplomatic_relations')).toContain(
      'ORM propose',
    );
  });
});

describe('a deal named before its broker', () => {
  it('gives the broker the issue of the deal told before, not the story’s other issue', () => {
    const text =
      'Veska suspended the ceasefire deal on Saturday. Veska wants real guarantees from Ormund before it returns. ' +
      'Veska says it is seeking real guarantees from Ormund on compliance. ' +
      'The deal brokered by Tarsia allowed fishing boats to sail again in August.';
    const tarsia = code(text, '2026-06-17')
      .positions.filter((p) => p.actor === 'TRS')
      .map((p) => `${p.issue} ${p.stance}`);
    expect(tarsia).toContain('ceasefire propose');
    expect(tarsia).not.toContain('security_guarantees propose');
  });
});

describe('parties brought back to the table', () => {
  it('gives the stance to the one who would bring them back, not to those brought back', () => {
    const got = code(
      'The Tarsian president told reporters he was confident, even suggesting the fishing crisis could bring Veska and Ormund back to the negotiating table to try to negotiate and end the war.',
      '2026-06-17',
    ).positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);
    expect(got.filter((p) => p.startsWith('VSK') || p.startsWith('ORM'))).toEqual([]);
    expect(got).toContain('TRS ceasefire propose');
  });
});

describe('a meeting as the time of what is told', () => {
  it('reads no stance on the story’s issue from "announced … as the meeting began"', () => {
    const got = code(
      'Veska and Ormund hope to sign a deal on a buffer zone. The buffer zone would separate their forces. ' +
        '“Talks on the harbour started in Lumen,” the Tarsian foreign ministry announced in a tweet as the meeting began.',
      '2026-06-17',
    ).positions.filter((p) => p.actor === 'TRS');
    expect(got).toEqual([]);
  });
});
