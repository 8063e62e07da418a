/**
 * A sanction kept beyond its term ("extend the embargo", "the renewal of the sanctions") is no
 * relief, and the party whose bid it is stands against relief even where another party blocks the
 * bid. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a bid to extend a sanction', () => {
  it('"blocked a bid by Veska to extend the embargo": the bid’s owner against relief, the blocker for it', () => {
    const got = stances(
      code('Ormund blocked a bid by Veska to extend the embargo on Tarsia on Friday.', '2026-06-14'),
    );
    expect(got).toContain('VSK sanctions_relief reject');
    expect(got.filter((s) => s.startsWith('ORM sanctions_relief'))).not.toEqual([]);
    expect(got).not.toContain('ORM sanctions_relief reject');
  });

  it('"backed the renewal of the sanctions", "opposed extending the embargo"', () => {
    const got = stances(
      code(
        'Tarsia backed the renewal of the sanctions on Ormund. Veska opposed extending the embargo on Ormund.',
        '2026-06-14',
      ),
    );
    expect(got).toContain('TRS sanctions_relief reject');
    expect(got.filter((s) => s.startsWith('VSK sanctions_relief'))).not.toEqual([]);
    expect(got).not.toContain('VSK sanctions_relief reject');
  });

  it('the owner named with its article after "by": "a bid by the United States to lift …"', () => {
    const got = stances(
      code('Veska rejected a bid by the United States to lift the sanctions on Ormund.', '2026-06-14'),
    );
    expect(got).toContain('USA sanctions_relief propose');
    expect(got).toContain('VSK sanctions_relief reject');
  });
});
