/**
 * "Tarsia's president promised to continue negotiations with Ormund's leader on …": a promise is
 * its maker's alone; the party it will talk with has promised nothing, and holds no stance on the
 * matter of the talks. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort().join('+'));

const holders = (text: string, issue: string) =>
  code(text)
    .positions.filter((p) => p.issue === issue)
    .map((p) => p.actor);

describe('a promise to hold talks with another party', () => {
  const promise =
    'Tarsia’s president promised to continue negotiations with the Ormundi leader on the exchange of prisoners.';

  it('is an undertaking of the one who promised alone', () => {
    expect(agreements(promise)).toEqual(['TRS']);
  });

  it('gives the party to be talked with no stance on the matter of the talks', () => {
    expect(holders(promise, 'prisoners')).not.toContain('ORM');
  });

  it('leaves a pledge to hold talks as its maker’s', () => {
    expect(agreements('Veska pledged to hold talks with Ormund on the buffer zone.')).toEqual(['VSK']);
  });

  it('still joins the other side of a promise of terms made with it', () => {
    expect(agreements('Veska agreed with Ormund to exchange all prisoners.')).toContain('ORM+VSK');
  });
});
