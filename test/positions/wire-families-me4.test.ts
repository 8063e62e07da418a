/**
 * Wordings of Palestinian reconciliation and Gaza truce reports that Parley misread: terms that an
 * author the codebook does not know "set out", told beside the story's deal, are not the deal's
 * content. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('terms someone else set out are not the content of the story’s deal', () => {
  it('keeps a reacting party’s demand its own, not the signatories’ acceptance', () => {
    const got = stances(
      code(
        'Veska and the Highland Liberation Front signed a unity deal on Thursday. Ormund viewed the accord warily, saying it must abide by terms set out by the river commission, including a ban on foreign troops.',
      ),
    );
    expect(got).not.toContain('VSK foreign_troops accept');
    expect(got).not.toContain('HLF foreign_troops accept');
  });
  it('still gives terms a known author set out to that author', () => {
    const got = stances(
      code(
        'Veska and the Highland Liberation Front signed a unity deal on Thursday. Ormund viewed the accord warily, saying it must abide by terms set out by Tarsia, including the disarming of the front.',
      ),
    );
    expect(got).toContain('TRS demilitarisation propose');
  });
});

describe('a territory’s administration handed to another government is a change of government', () => {
  it('reads "hand over administrative control" and "transfer administrative powers" as elections', () => {
    expect(
      stances(
        code(
          'The Highland Liberation Front agreed to hand over administrative control of the valley to Veska.',
        ),
      ),
    ).toContain('HLF elections accept');
    expect(
      stances(
        code('Ormund proposed the transfer of administrative powers in the islands to a joint council.'),
      ),
    ).toContain('ORM elections propose');
  });
});

describe('a territory’s closures eased are aid let through', () => {
  it('reads an offer of "a limited easing of the closures" as humanitarian', () => {
    expect(
      stances(code('Veska is offering a limited easing of the closures on the islands, officials said.')),
    ).toContain('VSK humanitarian propose');
  });
});

describe('a clause that "and" opens with its verb shares the subject before the comma', () => {
  it('gives the second verb’s stance to the first clause’s subject', () => {
    expect(
      stances(
        code('Veska is demanding a halt to the shelling, and wants Ormund to free the prisoners it holds.'),
      ),
    ).toContain('VSK prisoners propose');
  });
  it('leaves a clause with a subject of its own to that subject', () => {
    const got = stances(code('Veska rejected the plan, and Ormund wants a ceasefire.'));
    expect(got).toContain('ORM ceasefire propose');
    expect(got).not.toContain('VSK ceasefire propose');
  });
});
