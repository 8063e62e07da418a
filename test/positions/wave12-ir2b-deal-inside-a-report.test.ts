/**
 * "Talks that Ormund could derail came shortly after Veska said it had agreed a roadmap": a deal
 * told inside a statement covers what the statement tells, not what its sentence named before the
 * statement began (the talks a relative clause mentions). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const dealIssues = (text: string, actor: string) =>
  code(text)
    .positions.filter((p) => p.actor === actor && p.provenance.rule === 'position.deal.content')
    .map((p) => p.issue);

describe('a deal told inside a statement', () => {
  it('holds none of the issues named before the statement', () => {
    const issues = dealIssues(
      'The move by Ormund, which could derail months of indirect talks between Veska and Tarsia in Lumen, came shortly after Veska said it had agreed a roadmap with Tarsia to lift sanctions.',
      'VSK',
    );
    expect(issues).not.toContain('talks_inclusion');
    expect(issues).toContain('sanctions_relief');
  });

  it('keeps what the same sentence names inside the statement', () => {
    expect(
      dealIssues(
        'Veska said it had agreed with Tarsia to hold indirect talks with Ormund and to lift sanctions.',
        'VSK',
      ),
    ).toContain('sanctions_relief');
  });
});
