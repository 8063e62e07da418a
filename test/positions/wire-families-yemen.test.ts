/**
 * Wordings of reports of truce talks between a government and an armed movement: the government a
 * plan would form with the movement in it, the cities it would quit, an objection given up, and
 * what a party waits for ("as soon as", "once", "if") told apart from an answer. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a government that takes a party in', () => {
  it('"forming a government that would include the Assembly" is a settlement\'s government', () => {
    expect(
      stances(
        code("Tarsia proposed forming a government that would include the Skerry Islanders' Assembly."),
      ),
    ).toContain('TRS elections propose');
  });

  it('"would include Ormund, delegates said" includes no delegates in talks', () => {
    const got = stances(
      code(
        'Tarsia presented a plan. Under this plan, new talks would be convened on a government that would include Ormund, delegates said.',
      ),
    );
    expect(got.filter((s) => s.includes('talks_inclusion'))).toEqual([]);
  });
});

describe('cities quit', () => {
  it('"quit three main cities they hold" gives up territory', () => {
    expect(
      stances(code('Tarsia proposed that Ormund quit three main cities it holds in the north.')),
    ).toContain('TRS territory propose');
  });
});

describe('a condition is no answer', () => {
  it('an objection lifted or opposition dropped is a consent, and one waited for a demand', () => {
    expect(stances(code('Ormund lifted its objections to the ceasefire at sea.'))).toEqual([
      'ORM ceasefire accept',
    ]);
    expect(stances(code('Ormund has dropped its opposition to a prisoner exchange.'))).toContain(
      'ORM prisoners accept',
    );
    expect(
      stances(code('Veska said it would only sign if Ormund lifted its objections to the ceasefire at sea.')),
    ).toEqual(['VSK ceasefire demand']);
  });

  it('"will take effect as soon as Ormund agrees to it" is no acceptance by Ormund', () => {
    const doc = code(
      'Veska proposed a ceasefire at sea. "The truce will take effect as soon as Ormund agrees to it," the Veskan foreign minister said.',
    );
    expect(stances(doc).filter((s) => s.startsWith('ORM'))).toEqual([]);
    expect(doc.events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('"once Ormund agrees to it" waits too; "once again agreed to it" answers', () => {
    const waits = code('Veska proposed a ceasefire at sea. It will take effect once Ormund agrees to it.');
    expect(waits.events.filter((e) => e.type === 'AGREE')).toEqual([]);
    const answers = code('Veska proposed a ceasefire at sea. Ormund once again agreed to it.');
    expect(stances(answers)).toContain('ORM ceasefire accept');
  });
});
