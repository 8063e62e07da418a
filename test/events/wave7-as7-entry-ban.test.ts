/**
 * Entry barred is a punitive measure like a visa revoked: "banned several Veskan officials from
 * entry", the officials' state the target. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const sanctions = (text: string) =>
  code(text, '2021-03-02')
    .events.filter((e) => e.type === 'SANCTION')
    .map((e) => [...e.actors].sort().join(','));

describe('an entry ban is a sanction', () => {
  it('reads "banned several Veskan officials from entry" as Ormund sanctioning Veska', () => {
    expect(
      sanctions('Ormund has banned several Veskan officials from entry over the missile tests.'),
    ).toContain('ORM,VSK');
  });

  it('reads "barred Ormundi ministers from entering" as Veska sanctioning Ormund', () => {
    expect(sanctions('Veska barred two Ormundi ministers from entering the country.')).toContain('ORM,VSK');
  });
});
