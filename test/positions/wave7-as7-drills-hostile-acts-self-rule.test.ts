/**
 * Armistice-line talks of earlier rounds: drills halted near a line are forces held back (the halt
 * is the proposition, not its undoing), hostile acts stopped are the fighting stopped, self-rule is
 * a region's status changed by the deal, and family members brought together are the reunions of
 * divided families. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('drills halted are demilitarisation accepted, not refused', () => {
  it('reads "agreed to halt military drills near the line" as accepting demilitarisation', () => {
    const got = stances(code('Veska and Ormund agreed to halt military drills near the ceasefire line.'));
    expect(got).toContain('ORM demilitarisation accept');
    expect(got).not.toContain('ORM demilitarisation reject');
  });

  it('reads "the joint drills will be suspended" as proposing demilitarisation', () => {
    const got = stances(code('Ormund said the joint drills will be suspended.'));
    expect(got).toContain('ORM demilitarisation propose');
    expect(got).not.toContain('ORM demilitarisation reject');
  });
});

describe('hostile acts stopped are a ceasefire', () => {
  it('reads "to halt all hostile acts against each other" as ceasefire', () => {
    expect(
      stances(code('Veska and Ormund agreed on Tuesday to halt all hostile acts against each other.')),
    ).toContain('VSK ceasefire accept');
  });
});

describe('self-rule is a change of territorial status', () => {
  it('reads "self-rule in parts of the north" as territory', () => {
    expect(
      stances(code('Ormund offered the Highland Liberation Front self-rule in parts of the north.')),
    ).toContain('ORM territory propose');
  });
});

describe('family members brought together are humanitarian', () => {
  it('reads "a reunion of family members" as humanitarian', () => {
    expect(stances(code('Veska said it wants a reunion of family members before the holiday.'))).toContain(
      'VSK humanitarian propose',
    );
  });
});
