/**
 * "Days after the leaders' summit in Lumen, Veska and Ormund agreed to renew their pact": the
 * meeting told in a time clause fronted before the deal's verb is when the deal came, not one of
 * its terms. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a meeting in a fronted time clause is no term of the deal after it', () => {
  it('does not make the parties accept a summit the deal does not hold', () => {
    const doc = code(
      "Less than a week after the leaders' summit in Lumen, Veska and Ormund on Tuesday agreed to renew their river pact for another five years.",
    );
    expect(stances(doc)).not.toContain('VSK summit accept');
    expect(stances(doc)).not.toContain('ORM summit accept');
  });

  it('still reads a summit that the deal itself holds', () => {
    const doc = code("After long talks in Lumen, Veska and Ormund agreed to hold a leaders' summit in May.");
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK summit accept', 'ORM summit accept']));
  });
});
