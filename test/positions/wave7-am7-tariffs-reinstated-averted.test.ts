/**
 * Tariffs put back are barriers imposed again, in the passive too ("tariffs will be reinstated");
 * tariffs averted by a deal are relief from them. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const onSanctions = (text: string) =>
  code(text, '2026-06-17')
    .positions.filter((p) => p.issue === 'sanctions_relief')
    .map((p) => `${p.actor} ${p.stance}`);

describe('tariffs reinstated or averted', () => {
  it('reads tariffs that "will be reinstated" as against relief', () => {
    expect(onSanctions('Veska said the tariffs will be reinstated in June.')).toContain('VSK reject');
    expect(onSanctions('Veska threatened the reimposition of levies on Ormundi fish.')).toContain(
      'VSK reject',
    );
  });

  it('reads a deal that averted tariffs as relief', () => {
    expect(onSanctions('Ormund agreed to the plan to stave off the tariffs.')).toContain('ORM accept');
    expect(onSanctions('Ormund agreed to the plan to stave off the tariffs.')).not.toContain('ORM reject');
  });
});
