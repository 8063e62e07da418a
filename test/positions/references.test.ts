/**
 * Issues named by reference (src/core/code/references.ts): a stance on a generic noun ("the
 * exchange", "that agreement", "the talks") is a stance on the issue the noun refers to — the one
 * it was last named with, else the story's issue; a mediator with no deal told mediates the story's
 * issue. Every sentence is written for the tests, about the invented Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const rulesOf = (doc: ReturnType<typeof code>, issue: string, actor: string) =>
  doc.positions.filter((p) => p.issue === issue && p.actor === actor).map((p) => p.provenance.rule);

/** Three sentences about a truce at sea: the story's issue is the ceasefire. */
const TRUCE_STORY =
  'Veska and Ormund held a third round of truce talks in Lumen on Monday. A ceasefire at sea has been discussed for weeks. Fishing crews hope the truce will hold.';

describe('a generic noun takes the issue it refers to', () => {
  it('reads "the exchange" as the prisoner exchange named before it', () => {
    const doc = code(
      'Veska proposed a prisoner exchange on Monday. The delegations met again in Lumen on Tuesday. Ormund rejected the exchange.',
    );
    expect(stances(doc)).toContain('ORM prisoners reject');
    expect(rulesOf(doc, 'prisoners', 'ORM').some((r) => r.endsWith('.reference'))).toBe(true);
  });

  it('reads "their release" as the release of the detainees named before it in the sentence', () => {
    const doc = code(
      'The communique made no mention of the release of detained fishermen, although during the meeting Veska called for their unconditional release.',
    );
    expect(stances(doc)).toContain('VSK prisoners demand');
    expect(rulesOf(doc, 'prisoners', 'VSK').some((r) => r.endsWith('.reference'))).toBe(true);
  });

  it('reads "that agreement" as the story’s issue when no antecedent names one', () => {
    const doc = code(`${TRUCE_STORY} Anton Brisk said Veska was ready to sign that agreement.`);
    expect(stances(doc)).toContain('VSK ceasefire accept');
    expect(rulesOf(doc, 'ceasefire', 'VSK').some((r) => r.endsWith('.reference'))).toBe(true);
  });

  it('reads no stance in a meeting judged by its mood ("the meeting was positive")', () => {
    const doc = code(`${TRUCE_STORY} "The meeting was positive," Anton Brisk said.`);
    expect(rulesOf(doc, 'ceasefire', 'VSK').filter((r) => r.endsWith('.reference'))).toEqual([]);
  });

  it('reads nothing where the story names no issue often enough', () => {
    const doc = code(
      'Veska and Ormund held talks in Lumen on Monday. Anton Brisk said Veska was ready to sign that agreement.',
    );
    expect(doc.positions.filter((p) => p.provenance.rule.endsWith('.reference'))).toEqual([]);
  });

  it('leaves a bare negation and a turned verb unread ("did not see the proposal")', () => {
    const doc = code(
      `${TRUCE_STORY} Ormund did not see the proposal as final. Ormund has not signed the accord.`,
    );
    expect(doc.positions.filter((p) => p.provenance.rule.endsWith('.reference'))).toEqual([]);
  });

  it('reads a noun in a sentence naming another issue by the same noun told before it', () => {
    const doc = code(
      'Veska proposed a prisoner exchange in Lumen. Tarsia said on Monday it was ready to fund reconstruction and to back the exchange.',
    );
    expect(stances(doc)).toContain('TRS prisoners accept');
    expect(rulesOf(doc, 'prisoners', 'TRS').some((r) => r.endsWith('.reference'))).toBe(true);
  });

  it('gives a noun in a sentence naming another issue nothing from the story alone', () => {
    const doc = code(
      `${TRUCE_STORY} Tarsia said it was ready to fund reconstruction and to back the exchange.`,
    );
    expect(doc.positions.filter((p) => p.provenance.rule.endsWith('.reference'))).toEqual([]);
  });

  it('does not read a noun whose own sentence names its issue', () => {
    const doc = code(`${TRUCE_STORY} Ormund rejected a proposal to release the fishermen.`);
    expect(stances(doc)).toContain('ORM prisoners reject');
    expect(stances(doc)).not.toContain('ORM ceasefire reject');
  });
});

describe('a mediator with no deal told', () => {
  it('proposes the story’s issue', () => {
    const doc = code(`${TRUCE_STORY} The talks were facilitated by Tarsia.`);
    expect(stances(doc)).toContain('TRS ceasefire propose');
    expect(rulesOf(doc, 'ceasefire', 'TRS')).toContain('position.mediator.story');
  });

  it('reads "mediation efforts by" as a mediator', () => {
    const doc = code(`${TRUCE_STORY} Anton Brisk praised the mediation efforts by Tarsia.`);
    expect(stances(doc)).toContain('TRS ceasefire propose');
  });
});
