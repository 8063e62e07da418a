/**
 * A planned meeting of two parties' leaders is a summit each of them accepts; a planned meeting of
 * ministers, or a meeting already held, is not. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const summit = (text: string) => stances(code(text)).filter((s) => s.includes(' summit '));

describe('summits from planned meetings of leaders', () => {
  it('two leaders who will meet each accept the summit, with the rule that says so', () => {
    const doc = code('Anton Brisk and Davor Kest will meet in Lumen next week to discuss the border.');
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK summit accept', 'ORM summit accept']));
    const rules = doc.positions.filter((p) => p.issue === 'summit').map((p) => p.provenance.rule);
    expect(rules).toContain('position.summit.leaders_to_meet');
  });

  it('a minister meeting a leader, or two leaders who have already met, is no summit accepted', () => {
    expect(summit('Ilse Marrow will meet Davor Kest in Lumen next week to discuss the border.')).toEqual([]);
    expect(summit('Anton Brisk and Davor Kest met in Lumen on Monday to discuss the border.')).toEqual([]);
  });
});

describe('negotiators who agree to meet again', () => {
  it('have agreed to another round, not to a meeting of the leaders', () => {
    expect(
      summit(
        'Veskan and Ormundi negotiators held talks in Kessel on Monday and agreed to meet again next week.',
      ),
    ).toEqual([]);
  });
});

describe('a leader met in another leader’s offer', () => {
  it('has accepted nothing; the leader who offers has', () => {
    const got = summit('Anton Brisk said he was ready to meet Davor Kest in Lumen next week.');
    expect(got).toContain('VSK summit accept');
    expect(got).not.toContain('ORM summit accept');
    expect(
      summit('Davor Kest said he would meet with Veskan President Anton Brisk in Lumen next month.'),
    ).not.toContain('VSK summit accept');
  });

  it('is still a party where the meeting is told as arranged', () => {
    expect(summit('Anton Brisk will meet Davor Kest in Lumen next week.')).toEqual(
      expect.arrayContaining(['VSK summit accept', 'ORM summit accept']),
    );
  });
});

describe('leaders named in another reported clause', () => {
  it('are not the ones who will meet; a meeting of theirs that "was possible" is the speaker’s openness', () => {
    const got = summit(
      'Ilse Marrow told lawmakers she expected to meet her Ormundi counterpart again next month, and that a meeting between Anton Brisk and Davor Kest later this year was possible.',
    );
    expect(got).not.toContain('ORM summit accept');
    expect(got).toContain('VSK summit open');
  });
});

describe('an offer to meet another party’s leader', () => {
  it('"X said he was ready to meet Ormundi President Davor Kest" is the offerer’s summit proposal', () => {
    const got = stances(
      code(
        'Veskan President Anton Brisk said on Monday he was ready to meet Ormundi President Davor Kest at any time to end the border dispute.',
      ),
    );
    expect(got).toContain('VSK summit propose');
    expect(got).not.toContain('ORM summit propose');
  });

  it('"offered to hold talks with his Ormundi counterpart": a leader’s counterpart is a leader', () => {
    const got = stances(
      code(
        'Veskan President Anton Brisk has also offered to hold talks with his Ormundi counterpart Davor Kest.',
      ),
    );
    expect(got).toContain('VSK summit propose');
    const ministers = stances(
      code(
        'Veskan Foreign Minister Ilse Marrow offered to hold talks with her Ormundi counterpart Petr Vallo.',
      ),
    );
    expect(ministers).not.toContain('VSK summit propose');
  });

  it('an offer to meet another party’s negotiator is no summit', () => {
    const got = stances(
      code('Veskan President Anton Brisk said he was ready to meet Ormundi negotiator Petr Vallo in Lumen.'),
    );
    expect(got).not.toContain('VSK summit propose');
  });
});

describe('a leader who agrees to meet another party’s leader', () => {
  it('accepts the summit; the leader met has accepted nothing yet', () => {
    const doc = code(
      'Veskan President Anton Brisk has agreed to meet with his Ormundi counterpart Davor Kest to discuss the border.',
    );
    const got = stances(doc);
    expect(got).toContain('VSK summit accept');
    expect(got).not.toContain('ORM summit accept');
    const rules = doc.positions.filter((p) => p.issue === 'summit').map((p) => p.provenance.rule);
    expect(rules).toContain('position.summit.consent_to_meet_leader');
  });

  it('"agreed to meet his Ormundi counterpart", the counterpart named by the state alone', () => {
    const doc = code('Earlier, the Veskan leader Anton Brisk had agreed to meet his Ormundi counterpart.');
    const summits = doc.positions.filter((p) => p.issue === 'summit');
    expect(summits.map((p) => `${p.actor} ${p.stance} ${p.about}`)).toContain('VSK accept ORM');
  });

  it('an agreement to meet a minister is no summit', () => {
    expect(
      summit(
        'Veskan President Anton Brisk has agreed to meet Ormundi Foreign Minister Ilse Marrow next week.',
      ),
    ).toEqual([]);
  });
});
