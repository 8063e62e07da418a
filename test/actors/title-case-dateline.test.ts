/**
 * A dateline in title case ("Geneva, Switzerland – Yemen's foreign minister has …") is a place and
 * its country before a dash, not a person with an appositive. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read } from './helpers.js';

const codebook = loadCodebook();
const persons = (text: string) =>
  read(text, { codebook })
    .doc.entities.filter((e) => e.kind === 'person')
    .map((e) => e.name);

describe('a title-case dateline', () => {
  it('"Geneva, Switzerland – Yemen\'s foreign minister has criticised …" names no person Geneva', () => {
    expect(
      persons("Geneva, Switzerland – Yemen's foreign minister has criticised the mediators, he said."),
    ).not.toContain('Geneva');
  });

  it('an appositive that opens with a state still reads: "Ida Vell, Yemen\'s envoy, said"', () => {
    const { doc } = read("Ida Vell, Yemen's envoy, said the talks would go on.", { codebook });
    expect(doc.entities.find((e) => e.kind === 'person' && e.name === 'Ida Vell')?.actor).toBe('YEM');
  });
});
