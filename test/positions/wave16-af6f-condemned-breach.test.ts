/**
 * "condemned the violations of the truce": a refusal whose object is a breach of the issue refuses
 * the breach, and stands for the issue; a denial of the breach answers a charge and tells nothing.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const ceasefire = (doc: ReturnType<typeof code>) => stances(doc).filter((s) => s.includes('ceasefire'));

describe('a condemned breach of an issue stands for the issue', () => {
  it('reads a demand for the ceasefire in condemning its violations', () => {
    const doc = code(
      'Veska on Friday strongly condemned the violations of the ceasefire in the border districts.',
    );
    expect(ceasefire(doc)).toEqual(['VSK ceasefire demand']);
  });

  it('reads a demand for the truce in criticising breaches of it', () => {
    const doc = code('Ormund criticised repeated breaches of the truce by the militias.');
    expect(ceasefire(doc)).toEqual(['ORM ceasefire demand']);
  });

  it('reads no stance in a denial of violations of the ceasefire', () => {
    const doc = code('Veska denied violations of the ceasefire near the river.');
    expect(ceasefire(doc)).toEqual([]);
  });

  it('still reads a condemnation of the ceasefire itself as a refusal', () => {
    const doc = code('Ormund condemned the ceasefire as a surrender.');
    expect(ceasefire(doc)).toEqual(['ORM ceasefire reject']);
  });
});
