/**
 * The U.N. nuclear agency named by what it watches, first in a story ("the United Nations atomic
 * watchdog agency urged …"), is the IAEA; and a zone kept free of forces around a site ("a
 * protection zone around the plant") is a demilitarised zone. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the U.N. nuclear watchdog named first by its description', () => {
  for (const name of [
    'The United Nations atomic watchdog agency',
    'The U.N. nuclear watchdog',
    'The UN atomic watchdog',
  ])
    it(`"${name}" speaks for the IAEA`, () => {
      const doc = code(`${name} said on Monday that Veska had blocked inspectors at the Alder reactor.`);
      expect(doc.statements.map((s) => s.actor)).toContain('IAEA');
    });
});

describe('a protection zone around a site is a demilitarised zone', () => {
  it('"urged Veska to set up a protection zone around the dam" is a demand to pull forces back', () => {
    expect(
      stances(code('Tarsia urged Veska on Monday to set up a protection zone around the dam.')),
    ).toContain('TRS demilitarisation demand');
  });

  it('"a safety zone" proposed around the port is one too', () => {
    expect(stances(code('Ormund proposed a safety zone around the port of Kessel.'))).toContain(
      'ORM demilitarisation propose',
    );
  });
});
