/**
 * "easing parts of the Ormundi blockade of the port": a part of a siege or blockade lifted, with
 * its besieger named, lets aid and people through (humanitarian) like the whole of it. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const issuesOf = (text: string, actor: string) =>
  code(text)
    .positions.filter((p) => p.actor === actor)
    .map((p) => p.issue);

describe('part of a blockade or siege eased', () => {
  it('names humanitarian for "easing parts of the Ormundi blockade"', () => {
    expect(
      issuesOf('Veska called for easing parts of the Ormundi blockade of the Skerry port.', 'VSK'),
    ).toContain('humanitarian');
  });

  it('names humanitarian for "relax part of the naval siege"', () => {
    expect(issuesOf('Ormund said it was ready to relax part of the long naval siege.', 'ORM')).toContain(
      'humanitarian',
    );
  });
});
