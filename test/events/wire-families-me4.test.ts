/**
 * A party's words named folly ("characterised Ormund's demands as delusional") accuse that party.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) => code(text).events.filter((e) => e.type === 'ACCUSE');

describe('words named folly', () => {
  it('"characterised Ormund’s demands as delusional" accuses Ormund', () => {
    const [charge] = accusations(
      'Veska rejected the offer. The Veskan premier characterised Ormund’s demands as "delusional" and vowed to fight on.',
    );
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
  });
  it('"described the talks as productive" accuses nobody', () => {
    expect(accusations('Veska described the talks with Ormund as productive.')).toEqual([]);
  });
});
