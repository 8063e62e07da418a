/**
 * Hand-made documents with hand-made facts (no extraction involved), about the invented
 * Veska–Ormund talks: each sentence may carry a statement, positions and events, with spans
 * pointing at the sentence. Loaded into any Store, so the fake and SQLite stores see the same facts.
 */

import type { NegotiationEvent, ParleyDocument, Position, Stance, Statement } from '../../src/core/model.js';
import { createDocument } from '../../src/core/pipeline.js';
import type { Store } from '../../src/core/store/store.js';

export interface SentenceSpec {
  text: string;
  statement?: Pick<Statement, 'speaker' | 'actor'> &
    Partial<Pick<Statement, 'anonymous' | 'direct' | 'role'>>;
  positions?: (Pick<Position, 'actor' | 'issue'> & { stance: Stance } & Partial<Position>)[];
  events?: (Pick<NegotiationEvent, 'type' | 'actors'> & Partial<NegotiationEvent>)[];
}

const provenance = { rule: 'hand-made', confidence: 0.9 };

export function makeDoc(date: string, title: string, sentences: SentenceSpec[]): ParleyDocument {
  const text = sentences.map((s) => s.text).join('\n\n');
  const doc = createDocument(text, { date, title, source: 'test' });
  let at = 0;
  sentences.forEach((spec, block) => {
    const span = { start: at, end: at + spec.text.length };
    doc.blocks.push({ ...span, kind: 'paragraph' });
    doc.sentences.push({ ...span, block });
    let statement: number | undefined;
    if (spec.statement) {
      statement = doc.statements.length;
      doc.statements.push({
        ...span,
        content: span,
        direct: false,
        provenance,
        ...spec.statement,
      });
    }
    for (const p of spec.positions ?? [])
      doc.positions.push({ ...span, evidence: span, statement, provenance, ...p });
    for (const e of spec.events ?? []) doc.events.push({ ...span, evidence: span, provenance, ...e });
    at = span.end + 2;
  });
  return doc;
}

let fingerprintSeed = 1n;
export async function load(store: Store, docs: ParleyDocument[]): Promise<void> {
  for (const doc of docs) {
    // Far-apart fingerprints: these documents are not near-duplicates of each other.
    fingerprintSeed = (fingerprintSeed * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    await store.putDocument(
      doc,
      {
        id: doc.id,
        hash: doc.id,
        date: doc.date,
        title: doc.title,
        source: doc.source,
        lang: 'eng',
        words: doc.text.split(/\s+/).length,
        status: 'extracted',
      },
      fingerprintSeed,
    );
  }
}

const marrow = { speaker: 'Ilse Marrow', actor: 'VSK', role: 'Foreign Minister', direct: true };
const hale = { speaker: 'Jonas Hale', actor: 'ORM', role: 'foreign ministry spokesman', direct: true };
const kest = { speaker: 'Davor Kest', actor: 'ORM', role: 'President', direct: true };
const vallo = { speaker: 'Petr Vallo', actor: 'ORM', direct: false };

/** The story in short: moves the query layer must find. */
export function scenario(): ParleyDocument[] {
  return [
    makeDoc('2026-03-10', 'Clash at sea', [
      {
        text: '"There must be a ceasefire at sea," Foreign Minister Ilse Marrow said.',
        statement: marrow,
        positions: [{ actor: 'VSK', issue: 'ceasefire', stance: 'demand' }],
      },
      {
        text: 'Ormund rejected the call for a ceasefire.',
        positions: [{ actor: 'ORM', issue: 'ceasefire', stance: 'reject' }],
      },
    ]),
    makeDoc('2026-03-18', 'Marrow in Port Alder', [
      {
        text: '"Veska will never cede the islands," Marrow said.',
        statement: { ...marrow, speaker: 'Marrow', role: undefined },
        positions: [{ actor: 'VSK', issue: 'territory', stance: 'reject', redLine: true }],
      },
      {
        text: 'Envoy Mira Solenne met Marrow in Port Alder for three hours.',
        events: [
          {
            type: 'CONSULT',
            actors: ['TRS', 'VSK'],
            date: '2026-03-18',
            location: { name: 'Port Alder', country: 'VSK' },
            duration: 'PT3H',
          },
        ],
      },
    ]),
    makeDoc('2026-04-08', 'Ormund red line', [
      {
        text: '"Ormund will never sit at the same table as the Assembly. That is our red line," Hale said.',
        statement: hale,
        positions: [
          { actor: 'ORM', issue: 'talks_inclusion', about: 'SKA', stance: 'reject', redLine: true },
        ],
      },
      {
        text: 'Tarsia said the first round would be held in Lumen on April 14.',
        events: [
          {
            type: 'CONSULT',
            actors: ['VSK', 'ORM', 'TRS'],
            date: '2026-04-14',
            status: 'planned',
            location: { name: 'Lumen', country: 'TRS' },
          },
        ],
      },
    ]),
    makeDoc('2026-04-14', 'First round', [
      {
        text: 'Veska and Ormund held six hours of talks in Lumen, a meeting that excluded the Assembly.',
        events: [
          {
            type: 'CONSULT',
            actors: ['VSK', 'ORM', 'TRS'],
            date: '2026-04-14',
            location: { name: 'Lumen', country: 'TRS' },
            duration: 'PT6H',
            excluded: ['SKA'],
          },
        ],
      },
    ]),
    makeDoc('2026-04-15', 'Fishing', [
      {
        text: 'Ormund proposed a shared fishing zone, Vallo said.',
        statement: vallo,
        positions: [{ actor: 'ORM', issue: 'fishing_rights', stance: 'propose' }],
      },
      {
        text: 'Opening Skerry waters to trawlers is out of the question, Marrow said.',
        statement: { ...marrow, direct: false },
        positions: [{ actor: 'VSK', issue: 'fishing_rights', stance: 'reject' }],
      },
      {
        text: 'The first round on Tuesday lasted six hours and excluded the Assembly.',
        events: [
          {
            type: 'CONSULT',
            actors: ['VSK', 'ORM'],
            date: '2026-04-14',
            location: { name: 'Lumen', country: 'TRS' },
            excluded: ['SKA'],
          },
        ],
      },
    ]),
    makeDoc('2026-04-22', 'Sanctions', [
      {
        text: 'Veska will not ease sanctions on Ormund, Marrow said.',
        statement: { ...marrow, speaker: 'Marrow', direct: false },
        positions: [{ actor: 'VSK', issue: 'sanctions_relief', stance: 'reject' }],
      },
    ]),
    // Veska comes round on sanctions, wavering between "open" and "propose" once it has.
    ...(
      [
        ['2026-06-24', 'open', true],
        ['2026-07-28', 'open', false],
        ['2026-08-26', 'propose', false],
        ['2026-09-27', 'open', false],
      ] as const
    ).map(([date, stance, anonymous]) =>
      makeDoc(date, `Sanctions ${date}`, [
        {
          text: `Veska is ready to talk about easing sanctions (${date}).`,
          statement: anonymous ? { speaker: 'Veskan officials', actor: 'VSK', anonymous: true } : marrow,
          positions: [{ actor: 'VSK', issue: 'sanctions_relief', stance }],
        },
      ]),
    ),
    makeDoc('2026-06-02', 'Fishermen', [
      {
        text: '"The fishermen must be released," President Davor Kest said.',
        statement: kest,
        positions: [{ actor: 'ORM', issue: 'prisoners', stance: 'demand' }],
      },
      {
        text: 'Kest accused Veska of piracy.',
        events: [{ type: 'ACCUSE', actors: ['ORM', 'VSK'], source: ['ORM'], target: ['VSK'] }],
      },
    ]),
    makeDoc('2026-06-09', 'Ormund accepts', [
      {
        text: '"Ormund accepts a ceasefire at sea," Kest said.',
        statement: kest,
        positions: [{ actor: 'ORM', issue: 'ceasefire', stance: 'accept' }],
      },
    ]),
    makeDoc('2026-06-09', 'Anonymous doubts', [
      {
        text: 'A senior Ormundi official said Kessel would still not accept a ceasefire.',
        statement: { speaker: 'A senior Ormundi official', actor: 'ORM', anonymous: true },
        positions: [{ actor: 'ORM', issue: 'ceasefire', stance: 'reject' }],
      },
    ]),
    makeDoc('2026-06-12', 'Fishermen again', [
      {
        text: 'Ormund again demanded the release of the fishermen, Hale said.',
        statement: { ...hale, direct: false },
        positions: [{ actor: 'ORM', issue: 'prisoners', stance: 'demand' }],
      },
    ]),
    makeDoc('2026-07-20', 'Ormund drops objection', [
      {
        text: '"Ormund accepts that the Assembly takes part in the next round <script>alert(1)</script>," Hale said.',
        statement: hale,
        positions: [{ actor: 'ORM', issue: 'talks_inclusion', about: 'SKA', stance: 'accept' }],
      },
      {
        // A stance of the past retold: dated by the text, it must not count as the latest.
        text: 'In April, Ormund had said it would never sit at the same table as the Assembly.',
        positions: [
          {
            actor: 'ORM',
            issue: 'talks_inclusion',
            about: 'SKA',
            stance: 'reject',
            redLine: true,
            date: '2026-04',
          },
        ],
      },
    ]),
    makeDoc('2026-08-25', 'Ormund hardens', [
      {
        text: '"Full access for our fleet is non-negotiable," Vallo said.',
        statement: { ...vallo, direct: true },
        positions: [{ actor: 'ORM', issue: 'fishing_rights', stance: 'demand', redLine: true }],
      },
      {
        text: "Recognition of Ormund's sovereignty remains non-negotiable, Vallo said.",
        statement: vallo,
        positions: [{ actor: 'ORM', issue: 'territory', stance: 'demand', redLine: true }],
      },
    ]),
    makeDoc('2026-09-28', 'Summit postponed', [
      {
        // Restated without the words "red line": the red line of March still holds.
        text: 'Veska again refused to cede the islands, Marrow said.',
        statement: { ...marrow, speaker: 'Marrow', direct: false },
        positions: [{ actor: 'VSK', issue: 'territory', stance: 'reject' }],
      },
      {
        text: 'The summit planned for October was postponed until November.',
        events: [
          {
            type: 'CONSULT',
            actors: ['VSK', 'ORM'],
            date: '2026-10',
            status: 'postponed',
          },
        ],
      },
    ]),
    makeDoc('2026-09-08', 'Summit planned', [
      {
        text: 'The presidents are to meet in Lumen on October 20.',
        events: [
          {
            type: 'CONSULT',
            actors: ['VSK', 'ORM', 'TRS'],
            date: '2026-10-20',
            status: 'planned',
            location: { name: 'Lumen', country: 'TRS' },
          },
        ],
      },
    ]),
  ];
}
