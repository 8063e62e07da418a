/**
 * "mediators between X and Y": the parties after "between" are the sides of the talks, and
 * propose nothing as mediators do. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const proposals = (text: string) =>
  code(`date 2031-05-07\n\n${text}`)
    .positions.filter((p) => p.provenance.rule.startsWith('position.mediator'))
    .map((p) => `${p.actor} ${p.issue}`);

describe('the sides a mediator stands between', () => {
  it('are not mediators themselves', () => {
    const got = proposals(
      'Tarsia has taken on the role of mediator between Veska and Ormund over a ceasefire.',
    );
    expect(got).not.toContain('VSK ceasefire');
    expect(got).not.toContain('ORM ceasefire');
  });

  it('still names the mediators listed after "mediators"', () => {
    const got = proposals('Veska and Ormund agreed to a ceasefire, said the mediators Tarsia and Kestria.');
    expect(got).toContain('TRS ceasefire');
  });
});
