/**
 * Two issue wordings of a war's bargaining that were not read: the dead handed back ("exchanged
 * the bodies of fallen soldiers", "repatriated the remains") is the prisoners issue, and a bank let
 * back into the SWIFT network ("restoring access to SWIFT") is sanctions eased. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const issuesOf = (text: string, actor: string) =>
  code(text)
    .positions.filter((p) => p.actor === actor)
    .map((p) => `${p.issue}:${p.stance}`);

describe('bodies and remains handed back in a swap', () => {
  it('reads an exchange of the dead as the prisoners issue', () => {
    expect(
      issuesOf('Veska and Ormund exchanged the bodies of 40 fallen soldiers on Friday.', 'VSK'),
    ).toContain('prisoners:accept');
    expect(issuesOf('Ormund agreed to repatriate the remains of the sailors.', 'ORM')).toContain(
      'prisoners:accept',
    );
  });

  it('does not read the verb "remains" as bodies', () => {
    expect(
      issuesOf('Ormund said the harbour remains to be returned to civilian use.', 'ORM').filter((i) =>
        i.startsWith('prisoners'),
      ),
    ).toEqual([]);
  });
});

describe('access to SWIFT restored', () => {
  it('reads a demand for access to SWIFT as sanctions relief', () => {
    expect(
      issuesOf(
        'Ormund demanded the restoration of access to the SWIFT messaging system for its farm bank.',
        'ORM',
      ),
    ).toContain('sanctions_relief:demand');
  });

  it('reads cutting banks off from SWIFT as against relief', () => {
    const got = issuesOf('Veska called for cutting Ormund’s banks off from SWIFT.', 'VSK');
    expect(got.some((i) => i.startsWith('sanctions_relief:') && !i.endsWith('reject'))).toBe(false);
  });
});
