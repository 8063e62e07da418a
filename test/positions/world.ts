/**
 * The invented negotiation that the positions, events and dates tests code: Veska (VSK), Ormund
 * (ORM), the mediator Tarsia (TRS), the Skerry Islanders' Assembly (SKA), the Northern Maritime
 * Council (NMC), the Lumen Group of the three (LMG), the format of the Lumen Harbour Talks (LHT)
 * and the Coastal Three (CP3) that face Ormund. Every sentence the tests feed the pipeline
 * is written for the tests. The codebook is the default one without its stance reader.
 */
import { CodebookSchema, loadCodebook, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import type { ParleyDocument } from '../../src/core/model.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

// The rules alone: these tests say what each rule reads and leaves. The stance reader (an optional
// codebook, which may read a stance where a rule deliberately leaves none) has its tests of its own
// (test/positions/stance-reader.test.ts).
const { stance_model: _, ...rules } = loadCodebook();

export const worldCodebook = mergeCodebooks(
  rules,
  CodebookSchema.parse({
    actors: [
      {
        code: 'VSK',
        kind: 'state',
        name: 'Veska',
        demonyms: ['Veskan', 'Veskans'],
        capitals: ['Port Alder'],
        seats: ['the Alder Palace'],
        companies: ['Veskoil', 'Alder Shipping'],
      },
      {
        code: 'ORM',
        kind: 'state',
        name: 'Ormund',
        demonyms: ['Ormundi'],
        capitals: ['Kessel'],
        seats: ['the Grey House'],
      },
      { code: 'TRS', kind: 'state', name: 'Tarsia', demonyms: ['Tarsian'], capitals: ['Lumen'] },
      {
        code: 'SKA',
        kind: 'group',
        name: "Skerry Islanders' Assembly",
        aliases: ["the Skerry Islanders' Assembly"],
      },
      {
        code: 'NMC',
        kind: 'org',
        name: 'Northern Maritime Council',
        aliases: ['the Northern Maritime Council'],
      },
      // An armed group that faces Ormund's government ("Ormund's warring parties" are the two).
      { code: 'HLF', kind: 'group', name: 'Highland Liberation Front', opposes: 'ORM' },
      // A named format of the three that stands for its members ("the Lumen Group met").
      { code: 'LMG', kind: 'collective', name: 'Lumen Group', members: ['VSK', 'ORM', 'TRS'] },
      // A format named by its meeting word, and the powers that face Ormund ("Ormund and coastal
      // powers held talks": the three only where Ormund is named).
      {
        code: 'LHT',
        kind: 'collective',
        name: 'Lumen Harbour Talks',
        members: ['VSK', 'ORM', 'TRS', 'SKA', 'HLF'],
      },
      {
        code: 'CP3',
        kind: 'collective',
        name: 'Coastal Three',
        members: ['VSK', 'TRS', 'NMC'],
        facing: { actor: 'ORM', aliases: ['coastal powers'] },
      },
    ],
    persons: [
      { id: 'ilse-marrow', name: 'Ilse Marrow', roles: [{ title: 'Foreign Minister', actor: 'VSK' }] },
      { id: 'anton-brisk', name: 'Anton Brisk', roles: [{ title: 'President', actor: 'VSK' }] },
      { id: 'davor-kest', name: 'Davor Kest', roles: [{ title: 'President', actor: 'ORM' }] },
      { id: 'petr-vallo', name: 'Petr Vallo', roles: [{ title: 'chief negotiator', actor: 'ORM' }] },
      { id: 'mira-solenne', name: 'Mira Solenne', roles: [{ title: 'envoy', actor: 'TRS' }] },
      { id: 'oskar-fenn', name: 'Oskar Fenn', roles: [{ title: 'chairman', actor: 'SKA' }] },
    ],
  }),
);

const pipeline = defaultPipeline(worldCodebook);

/** Run the whole default pipeline over a text of the invented world. */
export function code(text: string, date = '2026-06-16'): ParleyDocument {
  return pipeline.run(createDocument(text, { date }));
}

export const pipelineContext = pipeline.ctx;

/** "ACTOR issue stance" triples, for readable assertions. */
export const stances = (doc: ParleyDocument): string[] =>
  doc.positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);

/** The distinct holders of positions on one issue, sorted, for readable assertions. */
export const holdersOn = (text: string, issue: string): string[] =>
  [
    ...new Set(
      code(text)
        .positions.filter((p) => p.issue === issue)
        .map((p) => p.actor),
    ),
  ].sort();
