/**
 * "The presidents of Veska and Ormund met in Lumen. The presidents agreed to …": a bare "the
 * presidents" after the two were named stands for their parties, as "the two presidents" does.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const agreements = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'AGREE')
    .map((e) => [...e.actors].sort());

describe('"the presidents" named before', () => {
  it('agree for the two parties whose presidents were named', () => {
    expect(
      agreements(
        'Veskan President Anton Brisk and Ormundi President Lira Dane met in Lumen on Tuesday. The presidents agreed to open a second border crossing.',
      ),
    ).toContainEqual(['ORM', 'VSK']);
  });

  it('read inside a joint statement the reporter quotes', () => {
    expect(
      agreements(
        'The presidents of Veska and Ormund met in Lumen on Tuesday. "The Presidents agreed to hold monthly talks on the border," read the statement issued afterwards.',
      ),
    ).toContainEqual(['ORM', 'VSK']);
  });
});
