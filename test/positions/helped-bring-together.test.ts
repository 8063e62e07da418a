/**
 * "Tarsia (TRS) has said it helped bring the countries together": a go-between's own account of
 * its part is mediation, and a short form in brackets after its name does not part it from its
 * verb; a place before a bracketed agency ("Lumen (LNA) – Internationally mediated talks") is no
 * mediator. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { code, stances } from './world.js';

const withDefaultCodebook = defaultPipeline();

describe('a party that helped bring the sides together', () => {
  it('proposes what the deal covers', () => {
    expect(
      stances(
        code(
          'Veska and Ormund signed a ceasefire agreement in Lumen on Sunday. Neighbouring Tarsia has said it helped bring the countries together.',
        ),
      ),
    ).toContain('TRS ceasefire propose');
  });

  it('keeps its verb across a short form in brackets', () => {
    const doc = withDefaultCodebook.run(
      createDocument(
        'Chad and Niger signed a ceasefire agreement on Sunday. The United Arab Emirates (UAE) has said it helped bring the two countries together.',
        { date: '2026-06-16' },
      ),
    );
    expect(stances(doc)).toContain('ARE ceasefire propose');
  });

  it('does not make a dateline place the mediator of "internationally mediated" talks', () => {
    expect(
      stances(
        code(
          'Kessel (VNA) – Internationally mediated talks to end the war between Veska and Ormund resumed on Monday.',
        ),
      ),
    ).not.toContain('ORM ceasefire propose');
  });
});
