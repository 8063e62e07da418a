/**
 * A junta's road back to elected rule ("a 24-month transition to democracy", "a new electoral
 * law") names the elections issue; sanctions imposed on a party and then lifted are sanctions
 * relief, not a deal imposed on a party left out of the talks. Sentences invented about Ormund.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a transition to democracy and sanctions lifted', () => {
  it('reads a proposed transition to democracy as elections', () => {
    const doc = code('The Ormundi junta proposed an 18-month transition to democracy on Monday.');
    expect(stances(doc)).toContain('ORM elections propose');
  });

  it('reads a new electoral law proposed as elections', () => {
    const doc = code('Ormund proposed a new electoral law on Monday.');
    expect(stances(doc)).toContain('ORM elections propose');
  });

  it('reads sanctions imposed on a party, lifted, as relief and not as a deal imposed on it', () => {
    const doc = code(
      'Veska proposed a short transition, which prompted Tarsia to lift economic and financial sanctions imposed on Ormund.',
    );
    expect(stances(doc)).not.toContain('VSK talks_inclusion reject');
    expect(stances(doc).filter((s) => s.includes('talks_inclusion'))).toEqual([]);
  });
});
