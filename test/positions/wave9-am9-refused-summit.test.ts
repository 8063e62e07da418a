/**
 * A leader who refuses to attend a planned meeting with another leader rejects the summit; the
 * leader left waiting has accepted nothing. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const summit = (text: string) => stances(code(text)).filter((s) => s.includes(' summit '));

describe('a leader who refuses a planned meeting', () => {
  it('rejects the summit, and the other leader accepts nothing', () => {
    const got = summit(
      'Anton Brisk has refused to attend the meeting with Davor Kest scheduled for October 5 in Lumen.',
    );
    expect(got).toContain('VSK summit reject');
    expect(got).not.toContain('ORM summit accept');
    expect(got).not.toContain('VSK summit accept');
  });

  it('declining to take part is a refusal too', () => {
    const got = summit('Davor Kest declined to take part in next week’s meeting with Anton Brisk in Lumen.');
    expect(got).toContain('ORM summit reject');
    expect(got).not.toContain('VSK summit accept');
  });

  it('a meeting both leaders will attend stays a summit each accepts', () => {
    const got = summit('Anton Brisk and Davor Kest will attend the meeting in Lumen next week.');
    expect(got).not.toContain('VSK summit reject');
  });
});
