/**
 * Tariffs whose imposition is put off are not imposed (relief, no sanction), and tariffs a deal
 * leaves standing are barriers kept. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('tariffs put off or left in place', () => {
  it('reads "agreed to delay imposition of the increased tariffs" as relief, not a sanction', () => {
    const doc = code(
      'Ormund agreed to delay imposition of the increased tariffs on Veskan steel it had planned for Friday.',
      '2026-06-17',
    );
    expect(stances(doc)).toContain('ORM sanctions_relief accept');
    expect(stances(doc)).not.toContain('ORM sanctions_relief reject');
    expect(doc.events.filter((e) => e.type === 'SANCTION')).toHaveLength(0);
  });

  it('reads "postponed the tariff hike" as relief', () => {
    const doc = code('Ormund postponed the tariff hike on Veskan timber until the autumn.', '2026-06-17');
    expect(stances(doc)).toContain('ORM sanctions_relief accept');
    expect(doc.events.filter((e) => e.type === 'SANCTION')).toHaveLength(0);
  });

  it('reads "left a 20 percent duty on the goods in place" as barriers kept', () => {
    const doc = code(
      'But Ormund left a 20 percent duty on another $90 billion of Veskan goods in place.',
      '2026-06-17',
    );
    expect(stances(doc)).toContain('ORM sanctions_relief reject');
  });
});
