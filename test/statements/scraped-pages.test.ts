import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml, laid out
// as a scraped news page lays out a statement quoted paragraph by paragraph.
describe('a statement quoted over several paragraphs of a scraped page', () => {
  const page = [
    '“Veska and Ormund welcome the start of talks on the islands in Kessel on Monday,” a joint Veskan-Ormundi statement released on state news agency ONA said.',
    'Advertisement',
    'For all the latest headlines follow our channel on Google News.',
    '“Veska and Ormund urge both delegations to engage seriously in the talks.”',
    '“Finally, Veska and Ormund call for a fishing truce around the islands.”',
  ].join('\n\n');

  it('gives the paragraphs after the page furniture the statement’s speaker', () => {
    const s = statementsOf(page);
    const urge = s.find((x) => x.content.includes('urge both delegations'));
    const truce = s.find((x) => x.content.includes('fishing truce'));
    expect(urge?.speaker).toMatch(/statement/);
    expect(truce?.speaker).toMatch(/statement/);
  });

  it('takes the text, not the agency that carried it, for the speaker, with both parties of its modifier', () => {
    const first = statementsOf(page).find((x) => x.content.includes('welcome the start'));
    expect(first?.speaker).toMatch(/^a joint Veskan-Ormundi statement/);
    expect([first?.actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('leaves a quotation after an ordinary paragraph of the report without that speaker', () => {
    const s = statementsOf(
      [
        '“We welcome the talks,” Veskan Foreign Minister Ilse Marrow said on Monday.',
        'The islands have been disputed since the war of 1994, when Ormund took the largest of them by force and settled its fishermen there.',
        '“The islands are ours.”',
      ].join('\n\n'),
    );
    expect(s.find((x) => x.content.includes('islands are ours'))?.speaker ?? '').not.toMatch(/Marrow/);
  });
});

describe('a dateline in title case', () => {
  it('"Port Alder — …, the minister said" leaves the dateline out of the content', () => {
    const s = statementsOf(
      'Talks resume next week.\n\nPort Alder — Veska has accepted an invitation to talks on the islands, the foreign minister said on Wednesday.',
    );
    expect(s.find((x) => x.content.includes('accepted an invitation'))?.content).toMatch(
      /^Veska has accepted/,
    );
  });
});
