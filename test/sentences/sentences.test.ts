import { describe, expect, it } from 'vitest';
import { layoutStage } from '../../src/core/analyse/layout.js';
import { MAX_SENTENCE_TOKENS, sentencesStage } from '../../src/core/analyse/sentences.js';
import { createContext, createDocument } from '../../src/core/pipeline.js';

function analyse(text: string) {
  const doc = createDocument(text, { date: '2026-03-01' });
  const ctx = createContext();
  layoutStage.run(doc, ctx);
  sentencesStage.run(doc, ctx);
  return doc;
}
const sentencesOf = (text: string) => {
  const doc = analyse(text);
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
};

describe('sentences stage', () => {
  it('does not end a sentence at titles, months, initials or U.S. inside a sentence', () => {
    expect(
      sentencesOf(
        'Gen. Petr Vallo met Mr. J. R. Hale on Feb. 3 in Kessel. The U.S. envoy was absent. Talks resumed.',
      ),
    ).toEqual([
      'Gen. Petr Vallo met Mr. J. R. Hale on Feb. 3 in Kessel.',
      'The U.S. envoy was absent.',
      'Talks resumed.',
    ]);
  });

  it('ends a sentence at an acronym when a sentence starter follows', () => {
    expect(sentencesOf('Veska signed a pact with the U.S. The deal angered Ormund.')).toEqual([
      'Veska signed a pact with the U.S.',
      'The deal angered Ormund.',
    ]);
  });

  it('ends a sentence at a lone letter after a lower-case word ("on X."), not at an initial', () => {
    expect(
      sentencesOf(
        'The envoy wrote in a post on X. He said the talks would resume. Gen. Ana T. Vallo agreed.',
      ),
    ).toEqual([
      'The envoy wrote in a post on X.',
      'He said the talks would resume.',
      'Gen. Ana T. Vallo agreed.',
    ]);
  });

  it('keeps closing quotation marks with their sentence and splits quoted sentences', () => {
    const text = '“We will not sign,” Marrow said. “Ormund must leave the islands.” Hale disagreed.';
    expect(sentencesOf(text)).toEqual([
      '“We will not sign,” Marrow said.',
      '“Ormund must leave the islands.”',
      'Hale disagreed.',
    ]);
  });

  it('keeps offsets into the original text and lower-cases tokens', () => {
    const doc = analyse('PORT ALDER, March 3 (Tidewire) - Veska’s envoy said “no.”');
    const words = doc.tokens.map((t) => t.text);
    expect(words).toEqual(['Veska', "'s", 'envoy', 'said', '"', 'no', '.', '"']);
    for (const t of doc.tokens) expect(doc.norm.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens[0].lower).toBe('veska');
    expect(doc.tokens.every((t) => t.sentence === 0)).toBe(true);
  });

  it('pairs quotation marks and marks a quote left open at the end of a paragraph', () => {
    const text = '“The islands are ours. We will not give them up.\n\n“Nor will we pay,” Kest said.';
    const doc = analyse(text);
    const quotes = doc.quotes.map((q) => [doc.text.slice(q.inner.start, q.inner.end), q.continued ?? false]);
    expect(quotes).toEqual([
      ['The islands are ours. We will not give them up.', true],
      ['Nor will we pay,', false],
    ]);
  });

  it('carries a quote over a paragraph break that has no reopening mark when the next paragraph closes it', () => {
    const text = '"We will meet again in March.\n\nThe annex is not yet final," Kest said. "It will be."';
    const doc = analyse(text);
    const quotes = doc.quotes.map((q) => doc.text.slice(q.inner.start, q.inner.end));
    expect(quotes).toEqual(['We will meet again in March.', 'The annex is not yet final,', 'It will be.']);
    // A paragraph that reopens the quote, or one with no mark at all, is not carried over.
    const reopened = analyse('“We will meet again.\n\n“Nor will we pay,” Kest said.\n\nThe talks ended.');
    expect(reopened.quotes.map((q) => reopened.text.slice(q.inner.start, q.inner.end))).toEqual([
      'We will meet again.',
      'Nor will we pay,',
    ]);
  });

  it('ends a straight-marked quote never closed where a new one opens after a sentence', () => {
    const doc = analyse(
      '"Ormund proposed several changes. We discussed them with Tarsia. "Some of the changes are workable," Kest said.',
    );
    expect(doc.quotes.map((q) => doc.text.slice(q.inner.start, q.inner.end))).toEqual([
      'Ormund proposed several changes. We discussed them with Tarsia.',
      'Some of the changes are workable,',
    ]);
    // Straight marks that close a quote after its words still pair as before.
    const paired = analyse('He called it "a step" and "a start." "We will see," Kest said.');
    expect(paired.quotes.map((q) => paired.text.slice(q.inner.start, q.inner.end))).toEqual([
      'a step',
      'a start.',
      'We will see,',
    ]);
  });

  it("pairs doubled single marks (''…'') as quotation marks, but not inches", () => {
    const doc = analyse("''We will sign,'' Vallo said. The envoy is 6'3'' tall.");
    expect(doc.quotes.map((q) => doc.text.slice(q.inner.start, q.inner.end))).toEqual(['We will sign,']);
    expect(doc.sentences).toHaveLength(2);
  });

  it('pairs single curly marks (‘…’) as quotation marks, but not apostrophes', () => {
    const text =
      'Veska’s envoy spoke in Kessel. ‘We don’t accept the parties’ terms,’ Marrow said. ‘This is in everyone’s interest.’ She warned that ‘the ’90s must not return’ and left.';
    const doc = analyse(text);
    expect(doc.quotes.map((q) => doc.text.slice(q.inner.start, q.inner.end))).toEqual([
      'We don’t accept the parties’ terms,',
      'This is in everyone’s interest.',
      'the ’90s must not return',
    ]);
    expect(doc.tokens.filter((t) => t.kind === 'quote')).toHaveLength(6);
    expect(sentencesOf(text)).toHaveLength(4);
  });

  it('leaves single curly marks as text when nothing closes them or the article quotes with double marks', () => {
    // An opening mark with only apostrophes after it ("Ormund’s", "Tarsians’ boats") stays text.
    const open = analyse('The ‘islands of Ormund’s coast are the Tarsians’ boats.\n\nTalks ended.');
    expect(open.quotes).toEqual([]);
    expect(open.tokens.some((t) => t.kind === 'quote')).toBe(false);
    // A word with a mark inside is no opening ("Veska‘s"), nor is a mark before a space.
    expect(analyse('Veska‘s envoy said ‘ no’ twice.').quotes).toEqual([]);
    // With double marks in the article, ‘…’ is a quote within a quote or a headline's style.
    const nested = analyse('Veska rejects ‘final text’\n\n“They called it ‘final’ today,” Kest said.');
    expect(nested.quotes.map((q) => nested.text.slice(q.inner.start, q.inner.end))).toEqual([
      'They called it ‘final’ today,',
    ]);
  });

  it('keeps party-and-state tags and initials inside the sentence', () => {
    expect(sentencesOf('Sen. Ana Veldt (R-S.C.) said the talks would go on. Kest agreed.')).toEqual([
      'Sen. Ana Veldt (R-S.C.) said the talks would go on.',
      'Kest agreed.',
    ]);
  });

  it('reads dotted acronyms, after a hyphen too, as one word, however many periods they have', () => {
    const tokens = (text: string) => analyse(text).tokens.map((t) => t.text);
    expect(tokens('The A.B.C.D.E.F. accord and the Veska-U.N. plan were signed.')).toEqual([
      'The',
      'A.B.C.D.E.F.',
      'accord',
      'and',
      'the',
      'Veska-U.N.',
      'plan',
      'were',
      'signed',
      '.',
    ]);
    // A digit breaks the acronym: the word ends at the period after it.
    expect(tokens('Codes A.B1.C were used.').slice(0, 3)).toEqual(['Codes', 'A.B1', '.']);
  });

  it('ends a sentence without punctuation at a comma near the limit, else at the limit', () => {
    const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(' ');
    const plain = analyse(`Lumen ${words(2 * MAX_SENTENCE_TOKENS + 9)}`);
    expect(plain.sentences).toHaveLength(3);
    const lengths = plain.sentences.map((_, s) => plain.tokens.filter((t) => t.sentence === s).length);
    expect(lengths).toEqual([MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 10]);
    // A comma in the last quarter before the limit ends the sentence there.
    const listed = analyse(`Lumen ${words(MAX_SENTENCE_TOKENS - 20)}, ${words(100, 1000)}`);
    const first = listed.sentences[0];
    expect(listed.text.slice(first.start, first.end)).toMatch(/word379,$/);
  });

  it('only analyses story paragraphs', () => {
    const doc = analyse('VESKA AND ORMUND MEET AGAIN\n\nThe talks began.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['The talks began.']);
  });
});

describe('an em dash between two words with no space', () => {
  const tokensOf = (text: string) => analyse(text).tokens.map((t) => t.text);

  it('stands apart from the words it sets off, as a spaced one does', () => {
    expect(tokensOf('Talks stalled\u2014a setback for Veska\u2014and resumed.')).toEqual([
      'Talks',
      'stalled',
      '-',
      'a',
      'setback',
      'for',
      'Veska',
      '-',
      'and',
      'resumed',
      '.',
    ]);
  });

  it('leaves hyphens and en dashes inside names and compounds joined', () => {
    expect(tokensOf('A Veska-Ormund deal on the Kessel\u2013Lumen road was signed.')).toContain(
      'Veska-Ormund',
    );
    expect(tokensOf('A Veska-Ormund deal on the Kessel\u2013Lumen road was signed.')).toContain(
      'Kessel-Lumen',
    );
  });
});
