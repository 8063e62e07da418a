/** A hand-annotated document about the Veska–Ormund talks, and how the store tests put one in. */
import { fingerprintText } from '../../src/core/analyse/fingerprints.js';
import { layoutStage } from '../../src/core/analyse/layout.js';
import type { NegotiationEvent, ParleyDocument, Position, Statement } from '../../src/core/model.js';
import { createDocument } from '../../src/core/pipeline.js';
import type { StoredDocument, StoreWriter } from '../../src/core/store/store.js';

export const TEXT = [
  'Veska and Ormund met in Lumen on Monday.',
  'Foreign Minister Ilse Marrow said Veska would never give up the Skerry Islands. Ormund said it wanted a ceasefire at sea.',
].join('\n\n');

/** A document with one statement, one position and one event, as later stages would annotate it. */
export function annotated(text = TEXT, date = '2026-03-09'): ParleyDocument {
  const doc = createDocument(text, { date, title: 'Talks in Lumen', lang: 'eng' });
  layoutStage.run(doc, { codebook: {} as never, cache: new Map() });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  // Sentences as the sentence stage would mark them: each ends at its full stop.
  for (const [index, block] of doc.blocks.entries()) {
    const pattern = /[^.]+\./g;
    const body = text.slice(block.start, block.end);
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      doc.sentences.push({
        start: block.start + m.index + lead,
        end: block.start + m.index + m[0].length,
        block: index,
      });
    }
  }
  const said = at('Foreign Minister Ilse Marrow said Veska would never give up the Skerry Islands.');
  const content = at('Veska would never give up the Skerry Islands');
  const statement: Statement = {
    ...said,
    speaker: 'Ilse Marrow',
    actor: 'VSK',
    role: 'Foreign Minister',
    content,
    direct: false,
    provenance: { rule: 'statement.reported.said-after', cue: 'said', confidence: 0.9 },
  };
  const position: Position = {
    ...content,
    actor: 'VSK',
    issue: 'territory',
    about: 'SKA',
    stance: 'reject',
    redLine: true,
    statement: 0,
    evidence: content,
    provenance: { rule: 'position.never', cue: 'never', confidence: 0.8 },
  };
  const met = at('Veska and Ormund met in Lumen on Monday');
  const event: NegotiationEvent = {
    ...met,
    type: 'CONSULT',
    actors: ['VSK', 'ORM'],
    location: { name: 'Lumen', country: 'TRS' },
    status: 'held',
    evidence: met,
    provenance: { rule: 'event.consult.met', cue: 'met', confidence: 0.85 },
  };
  doc.statements.push(statement);
  doc.positions.push(position);
  doc.events.push(event);
  return doc;
}

export async function put(
  store: StoreWriter,
  doc: ParleyDocument,
  extra: Partial<StoredDocument> = {},
): Promise<void> {
  const { simhash, minhash } = fingerprintText(doc.text);
  await store.putDocument(
    doc,
    {
      id: doc.id,
      hash: `${doc.id}-full-hash`,
      date: doc.date,
      title: doc.title,
      lang: 'eng',
      words: 30,
      status: 'extracted',
      ...extra,
    },
    simhash,
    minhash,
  );
}
