/**
 * Stances in whole wire reports of a round of talks: what a deal left open after "but", a
 * judgement told after "would be", a deal named by a modifier that is not the truce hoped for
 * nearby, and a cue set inside the clause it reports. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('stances across a wire report', () => {
  it('"agreed to free …, but the two sides remained far apart on a ceasefire": the truce is no part of the deal', () => {
    const doc = code(
      'Veska and Ormund agreed in Lumen to free all detained fishermen, but the two sides remained far apart on the terms of a ceasefire.',
    );
    expect(stances(doc)).toContain('VSK prisoners accept');
    expect(stances(doc)).toContain('ORM prisoners accept');
    expect(stances(doc).filter((s) => s.includes('ceasefire'))).toEqual([]);
  });

  it('"any deployment of troops would be an open intervention" rejects the deployment', () => {
    const doc = code(
      'Ormundi Foreign Minister Arvo Sand said any deployment of Tarsian troops in Veska would be an open intervention.',
    );
    expect(stances(doc)).toContain('ORM foreign_troops reject');
    expect(stances(doc)).not.toContain('ORM foreign_troops propose');
  });

  it('"any use of the frozen assets would be theft" rejects their use', () => {
    const doc = code(
      'Ormundi Foreign Minister Arvo Sand said any use of frozen Ormundi assets would be theft.',
    );
    expect(stances(doc)).toContain('ORM reconstruction reject');
  });

  it('"welcomed the humanitarian agreement" does not welcome a truce only hoped for nearby', () => {
    const doc = code(
      [
        'The meeting in Lumen was hosted by Tarsian envoy Mira Solenne, who told the delegations that the world was watching whether they could move from humanitarian steps to a durable truce.',
        'In Port Alder, a Veskan spokeswoman said Veska welcomed the humanitarian agreement.',
      ].join('\n\n'),
    );
    expect(stances(doc)).toContain('VSK humanitarian accept');
    expect(stances(doc)).not.toContain('VSK ceasefire accept');
  });

  it('"Veska, she said, would oppose any easing of sanctions" after a deal is her refusal, no term of the deal', () => {
    const doc = code(
      [
        'Veska and Ormund agreed on Monday to ensure safe navigation in the strait.',
        'Ormund said the arrangement would only come into force after sanctions on its banks were lifted.',
        'Veskan Foreign Minister Ilse Marrow said Ormund was trying to trade a safe strait for concessions. Veska, she said, would oppose any easing of sanctions while Ormundi troops remained on its soil.',
      ].join('\n\n'),
    );
    const relief = stances(doc).filter((s) => s.startsWith('VSK sanctions_relief'));
    expect(relief).toEqual(['VSK sanctions_relief reject']);
    const said = doc.statements.find((s) =>
      doc.text.slice(s.content.start, s.content.end).includes('oppose'),
    );
    expect(said?.speaker).toBe('Ilse Marrow');
  });
});

describe('a reference to a document brought in after the deal', () => {
  it('"handed … a memorandum … dismissed the memorandum" dismisses that document, not the deal told before', () => {
    const doc = code(
      [
        'Veska and Ormund agreed in Lumen to free all detained fishermen.',
        'Ormundi negotiator Petr Vallo said Ormund had handed Veska a memorandum setting out its terms.',
        'Veskan officials dismissed the memorandum as an ultimatum.',
      ].join('\n\n'),
    );
    expect(stances(doc)).toContain('VSK prisoners accept');
    expect(stances(doc)).not.toContain('VSK prisoners reject');
  });
});

describe('a person named after another in a list of titles', () => {
  it('"led by Tarsian Secretary of State Kai Moller and Veska’s … Lev Amsel": Amsel speaks for Veska', () => {
    const doc = code(
      [
        'The talks on Sunday, led by Tarsian Secretary of State Kai Moller and Veska’s national security secretary Lev Amsel, ended in Lumen.',
        'Amsel said the next steps would require decisions by the presidents.',
      ].join('\n\n'),
    );
    const said = doc.statements.find((s) => s.speaker.includes('Amsel'));
    expect(said?.actor).toBe('VSK');
  });
});

describe('a plan and a meeting told by their nouns', () => {
  it('"The 12-point plan, drawn up by Tarsia, would require Veska to cap its army": Tarsia proposes', () => {
    const doc = code(
      'The 12-point plan, drawn up by Tarsia with input from Ormund, would require Veska to cap its army at 60,000 troops.',
    );
    expect(stances(doc)).toContain('TRS demilitarisation propose');
  });

  it('a party’s act told as a term of another’s plan is no stance of its own; its answer to the plan is', () => {
    const doc = code(
      [
        'The 12-point plan, drawn up by Tarsia, would require Veska to cap its army at 60,000 troops and write into its constitution that it will not join the Northern Maritime Council.',
        'Veska would hold elections within 100 days of signing.',
        'Ormund rejected a Tarsian proposal to hold elections in the islands.',
      ].join('\n\n'),
    );
    expect(stances(doc)).toContain('TRS elections propose');
    expect(stances(doc).filter((s) => s.startsWith('VSK'))).toEqual([]);
    expect(stances(doc)).toContain('ORM elections reject');
  });

  it('"ready for a meeting of leaders at any level" proposes a summit', () => {
    const doc = code(
      'Veskan President Anton Brisk said Veska was ready for a meeting of leaders at any level.',
    );
    expect(stances(doc)).toContain('VSK summit propose');
  });
});

describe('a restrictive relative after the issue', () => {
  it('"rejected the 30-day truce that Veska and Tarsia had proposed": the two propose it', () => {
    const doc = code('Ormund rejected the full 30-day truce that Veska and Tarsia had proposed.');
    expect(stances(doc)).toContain('ORM ceasefire reject');
    expect(stances(doc)).toContain('VSK ceasefire propose');
    expect(stances(doc)).toContain('TRS ceasefire propose');
  });
});

describe('a plural pronoun answers each stance told before it', () => {
  it('"We proposed a truce and a meeting of the presidents." "Ormund did not accept either."', () => {
    const doc = code(
      '"We proposed an unconditional truce, and we proposed a meeting between the presidents," Ilse Marrow said. "Ormund did not accept either."',
    );
    expect(stances(doc)).toContain('ORM ceasefire reject');
    expect(stances(doc)).toContain('ORM summit reject');
  });
});

describe('an offer on a condition', () => {
  // Read as a refusal for now in the thirteenth session; on real reports that session did not
  // read ("would lift sanctions only after inspectors confirm compliance") the offer stands, with
  // its condition demanded, and the refusal only made false alarms.
  it('"would lift sanctions only once Ormund withdrew" offers the relief and demands the withdrawal', () => {
    const doc = code(
      'The Northern Maritime Council said it would lift sanctions only once Ormund withdrew from the islands.',
    );
    expect(stances(doc)).toContain('NMC sanctions_relief propose');
    expect(stances(doc)).not.toContain('NMC sanctions_relief reject');
    expect(stances(doc)).toContain('NMC territory demand');
  });
});
