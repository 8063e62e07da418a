/**
 * "declined to comment on the truce talks" says nothing for or against the truce: silence about
 * an issue is no refusal of it, while "declined to sign the truce" still is. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a refusal to comment', () => {
  it('is no stance on the issue it would have commented on', () => {
    const got = stances(
      code('Ormund declined to comment publicly on the ceasefire talks in Lumen.', '2026-06-17'),
    );
    expect(got.filter((s) => s.startsWith('ORM ceasefire'))).toEqual([]);
  });

  it('nor is a refusal to confirm a prisoner exchange', () => {
    const got = stances(code('Veska refused to confirm the prisoner exchange on Monday.', '2026-06-17'));
    expect(got.filter((s) => s.startsWith('VSK prisoners'))).toEqual([]);
  });

  it('keeps "declined to sign the ceasefire" a rejection', () => {
    const got = stances(code('Veska declined to sign the ceasefire agreement on Monday.', '2026-06-17'));
    expect(got).toContain('VSK ceasefire reject');
  });
});
