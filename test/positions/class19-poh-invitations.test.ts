/**
 * Whose invitation it is: the inviter proposes what its guests accept, decline or plan to meet
 * on; the guests keep their own stance. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the inviter of an accepted invitation', () => {
  it('gives the possessor of the invitation the proposal of the summit its guest accepts', () => {
    const got = stances(
      code("Veska's president accepted Ormund's invitation to Kessel for the regional summit next year."),
    );
    expect(got).toContain('VSK summit accept');
    expect(got).toContain('ORM summit propose');
  });

  it('reads the inviter named after "an invitation by"', () => {
    const got = stances(
      code(
        'Veska and Ormund said they have accepted an invitation by Tarsia to participate in peace talks aimed at ending the war.',
      ),
    );
    expect(got).toContain('VSK talks_inclusion accept');
    expect(got).toContain('TRS talks_inclusion propose');
  });

  it('reads an inviter named by its adjective, and one whose invitation is declined', () => {
    expect(
      stances(
        code('Veska accepted the Tarsian invitation to resume negotiations shortly after it was proposed.'),
      ),
    ).toContain('TRS talks_inclusion propose');
    const declined = stances(code("Veska declined Tarsia's invitation to the summit in Lumen."));
    expect(declined).toContain('VSK summit reject');
    expect(declined).toContain('TRS summit propose');
  });

  it('gives the host of a meeting held "at the invitation of" it the meeting it offers', () => {
    const got = stances(
      code("The leaders of Veska and Ormund will meet at the invitation of Tarsia's prime minister."),
    );
    expect(got).toContain('TRS summit propose');
  });

  it('gives the inviter nothing of a stance that does not answer its invitation', () => {
    const got = stances(
      code(
        "Veska, which had received Ormund's invitation in May, demanded the withdrawal of foreign troops from the islands.",
      ),
    );
    expect(got.filter((s) => s.startsWith('ORM '))).toEqual([]);
  });
});
