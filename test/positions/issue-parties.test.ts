/**
 * Issue words that name a body of the story (a peacekeeping force that speaks, or that owns a
 * command or a mediation) are no issue; the same words as the object of a stance still are.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const troops = (text: string) => stances(code(text)).filter((s) => s.includes('foreign_troops'));

describe('a peacekeeping force named as a party', () => {
  it('the owner of a command or of a mediation is no deployment', () => {
    expect(
      troops(
        'Veska accepted the proposal of the command of the Tarsian peacekeeping contingent to cease fire.',
      ),
    ).toEqual([]);
    expect(
      troops(
        'With the mediation of the command of the Tarsian peacekeeping contingent, a truce was agreed on Monday.',
      ),
    ).toEqual([]);
    expect(troops('With the mediation of the peacekeepers, Veska and Ormund agreed to a truce.')).toEqual([]);
  });

  it('the truce that the same sentence names is still read', () => {
    expect(
      stances(
        code(
          'Veska accepted the proposal of the command of the Tarsian peacekeeping contingent to cease fire.',
        ),
      ),
    ).toContain('VSK ceasefire accept');
  });

  it('the premises of a force named as a place are no deployment', () => {
    expect(
      troops(
        'Tarsia demanded that aid reach the 20,000 people sheltering inside the peacekeeper bases near Kessel.',
      ),
    ).toEqual([]);
  });

  it('a peacekeeping force as the object of a stance is still foreign troops', () => {
    expect(troops('Veska accepted the deployment of a Tarsian peacekeeping contingent.')).toContain(
      'VSK foreign_troops accept',
    );
    expect(troops('Ormund wants peacekeepers in the camps on the islands.')).toContain(
      'ORM foreign_troops propose',
    );
    expect(troops('Ormund rejected the presence of peacekeepers on the islands.')).toContain(
      'ORM foreign_troops reject',
    );
  });
});

describe('a government named with its party as the subject', () => {
  const elections = (text: string) => stances(code(text)).filter((s) => s.includes('elections'));

  it('is the party that signs, not a change of government', () => {
    expect(
      elections('The Veskan interim government and the rebels signed a peace agreement on Monday.'),
    ).toEqual([]);
    expect(elections('The leaders of Veska’s transitional government signed the accord in Lumen.')).toEqual(
      [],
    );
  });

  it('an interim government as the object of a stance is still one', () => {
    expect(elections('Ormund rejected an interim government for Veska.')).toContain('ORM elections reject');
  });
});
