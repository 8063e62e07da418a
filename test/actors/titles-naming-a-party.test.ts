import { describe, expect, it } from 'vitest';
import { read, speaker } from './helpers.js';

// Titles that name the speaker's party in words the reader used to pass over: a hyphenated
// portfolio, a rank before a name set off by commas, a state's ministry after "in", a ruling
// party or a ruling body with no state named.
describe('the party a title names', () => {
  it('reads the state before a hyphenated portfolio', () => {
    const r = read('Veskan Indo-Pacific Commander Admiral Jon Petter said the drills would go on.');
    expect(speaker(r, 'Jon Petter').actor).toBe('VSK');
  });

  it('reads a title set off before a name that opens with a rank', () => {
    const r = read('The Veskan facilitator, Gen Kamal Abidin, said the talks would resume in May.');
    expect(speaker(r, 'Kamal Abidin').actor).toBe('VSK');
  });

  it('reads the state whose ministry a post is in: "a director general in Veska\'s Ministry"', () => {
    const r = read(
      "Isa Kobra, the Director General in Veska's Ministry of Foreign Affairs, said the talks went well.",
    );
    expect(speaker(r, 'Isa Kobra').actor).toBe('VSK');
  });

  it("gives an officer of the ruling party the story's government", () => {
    const r = read(
      'The Veskan government said coup plotters should not join the talks. Victor Burik, the first deputy chairperson of the ruling party, told the meeting it was wrong to meet them.',
    );
    expect(speaker(r, 'Victor Burik').actor).toBe('VSK');
    // A party that is not the ruling one names no government.
    const other = read(
      'The Veskan government said coup plotters should not join the talks. Victor Burik, the first deputy chairperson of the party, told the meeting it was wrong to meet them.',
    );
    expect(speaker(other, 'Victor Burik').actor).toBeNull();
  });

  it('takes no party from what a post deals with: "head of Ormundi affairs at the Veskan ministry"', () => {
    const r = read(
      'Ana Lenz, head of Ormundi affairs at the Veskan Foreign Ministry, said the talks were useful.',
    );
    expect(speaker(r, 'Ana Lenz').actor).toBe('VSK');
    const before = read(
      'The head of Ormundi affairs at the Veskan Foreign Ministry, Ana Lenz, said the talks were useful.',
    );
    expect(speaker(before, 'Ana Lenz').actor).toBe('VSK');
  });

  it("reads a state's directorate as a body of that state, not as a person", () => {
    const r = read("Veska's National Maritime Directorate said the ceasefire would take effect at noon.");
    expect(speaker(r, "Veska's National Maritime Directorate").actor).toBe('VSK');
  });

  it("gives a ruling body's spokesperson the story's state", () => {
    const r = read(
      'The ruling military council in Veska rejected the offer. Veska said the rebels were criminals. "The time is not for mediation," military council spokesperson Azem Agouna said. Veska later struck the rebels.',
    );
    expect(speaker(r, 'Azem Agouna').actor).toBe('VSK');
  });
});
