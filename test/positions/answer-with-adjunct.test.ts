/**
 * A refusal or acceptance that answers with a pronoun ("Ormund rejected it") still answers the
 * stance before it when a short adjunct of time or manner closes the sentence. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('"rejected it on Tuesday", "accepted it outright"', () => {
  it('reads "Ormund rejected it on Tuesday" as Ormund refusing the plan told before', () => {
    const found = stances(
      code('Tarsia presented a ceasefire plan on Monday. Ormund rejected it on Tuesday.'),
    );
    expect(found).toContain('ORM ceasefire reject');
  });

  it('reads "Veska accepted it outright" as acceptance', () => {
    const found = stances(code('Ormund proposed a prisoner exchange. Veska accepted it outright.'));
    expect(found).toContain('VSK prisoners accept');
  });

  it('leaves a longer clause after the pronoun, which may be about something else', () => {
    const found = stances(
      code('Tarsia proposed a ceasefire. Ormund rejected it in a letter that also named the fishing quotas.'),
    );
    expect(found).not.toContain('ORM ceasefire reject');
  });
});
