/**
 * The sample corpus against what it was written to contain (examples/expected.yaml): the corpus
 * is ingested with its codebook into a temporary SQLite store and each query is checked against
 * the author's expectations. Expectations the extraction stages do not meet yet stay in the file
 * and are listed in KNOWN_GAPS with the reason: they are skipped (the extraction stages change
 * in parallel; a gap closing must not turn the suite red), and `PARLEY_CHECK_GAPS=1` runs them as
 * `it.fails`, so a gap that has closed shows up as a failure to remove from the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Codebook } from '../../src/core/codebook/codebook.js';
import { polarityOf, type Stance } from '../../src/core/model.js';
import {
  buildBrief,
  changesSince,
  conflicts,
  meetings,
  persons,
  positionsMatrix,
  quotes,
  renderBriefHtml,
  renderBriefMarkdown,
  timeline,
} from '../../src/core/query/index.js';
import type { Store } from '../../src/core/store/store.js';
import { type CorpusStore, corpusStore, repoRoot } from '../server/corpus.js';

interface Expected {
  positions: {
    as_of: string;
    actor: string;
    issue: string;
    stance?: Stance;
    polarity?: 'pro' | 'contra';
    red_line?: boolean;
    conditional?: boolean;
  }[];
  changes: {
    since: string;
    actor: string;
    issue: string;
    kind: string;
    red_line?: 'drawn' | 'dropped';
    date: string;
    before?: Stance;
    after?: Stance;
  }[];
  new_issues: { since: string; issue: string; date: string }[];
  unchanged: { since: string; actor: string; issue: string }[];
  conflicts: {
    as_of: string;
    issue: string;
    for?: string[];
    against?: string[];
    red_lines_collide?: [string, string][];
    common_ground?: 'for' | 'against';
  }[];
  meetings: {
    date: string;
    status: string;
    location?: string;
    actors: string[];
    duration?: string;
    excluded?: string[];
  }[];
  events: {
    type: string;
    date: string;
    actors?: string[];
    source?: string[];
    target?: string[];
    location?: string;
  }[];
  assembly: { excluded_from: string[]; included_in: string[] };
  quotes: { text?: string; actor?: string; speakers: string[] }[];
  persons: { name: string; actor: string; at_least_documents: number }[];
  not_persons: string[];
  brief: {
    since: string;
    changes: { actor: string; issue: string; kind: string; red_line?: string }[];
    red_lines_collide: [string, string][];
    quotes_by: string[];
    timeline_includes: { type: string; date: string; status?: string }[];
  };
}

const expected = parse(readFileSync(join(repoRoot, 'examples', 'expected.yaml'), 'utf8')) as Expected;
// YAML reads unquoted dates as strings here (yaml 1.2 core schema), but be safe.
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** Expectations the extraction does not meet yet, by test name, with the reason. */
const ORM_FISHING =
  'extraction: the summary sentence of 2026-09-28 ("Veska is willing to discuss a shared zone, Ormund demands full access and the Assembly rejects any opening to trawlers") gives Ormund the Assembly\'s "rejects", which outdates Ormund\'s red-line demand of 2026-08-25';
const KNOWN_GAPS: Record<string, string> = {
  'ORM fishing_rights as of 2026-09-30: demand (red line)': ORM_FISHING,
  'since 2026-06-01: ORM fishing_rights hardening, red line drawn on 2026-08-25': ORM_FISHING,
  'fishing_rights as of 2026-09-30: for ORM,VSK against SKA': ORM_FISHING,
  'meeting 2026-03-20 held in Kessel: ORM, TRS':
    'extraction: the place is given only by the dateline (KESSEL) and "at the Grey House", neither resolved to the meeting\'s location',
  'meeting 2026-04-14 held in Lumen: ORM, TRS, VSK':
    'extraction: "a six-hour meeting that excluded the islanders\' own Assembly" — the exclusion of SKA is not found',
  'meeting 2026-06-16 held in Lumen: ORM, TRS, VSK':
    'extraction: "The Skerry Islanders\' Assembly was again excluded from the talks" is not attached to the round as an exclusion',
  'the Assembly is excluded from the early rounds and included later':
    'extraction: the exclusions of 2026-04-14 and 2026-06-16 are not found (see those meetings)',
  'event AGREE 2026-06-17: ORM,VSK':
    'extraction: the place is in the next sentence ("signed in Lumen by …") and is not joined to the agreement',
};

const check = (name: string, fn: () => Promise<void>) => {
  const gap = KNOWN_GAPS[name];
  if (gap) (process.env.PARLEY_CHECK_GAPS === '1' ? it.fails : it.skip)(`${name} — KNOWN GAP: ${gap}`, fn);
  else it(name, fn);
};

let corpus: CorpusStore;
let store: Store;
let codebook: Codebook;
beforeAll(async () => {
  corpus = await corpusStore();
  store = corpus.store;
  codebook = corpus.codebook;
}, 120_000);
afterAll(() => corpus?.cleanup());

describe('positions on the sample corpus', () => {
  for (const e of expected.positions) {
    const want = e.stance ?? e.polarity;
    check(
      `${e.actor} ${e.issue} as of ${iso(e.as_of)}: ${want}${e.red_line ? ' (red line)' : ''}`,
      async () => {
        const cell = (await positionsMatrix(store, { asOf: iso(e.as_of), actor: e.actor, issue: e.issue }))
          .cells[0];
        expect(cell, 'no position found').toBeDefined();
        if (e.stance) expect(cell.stance).toBe(e.stance);
        if (e.polarity) expect(polarityOf(cell.stance)).toBe(e.polarity);
        if (e.red_line !== undefined) expect(cell.redLine).toBe(e.red_line);
        if (e.conditional !== undefined) expect(cell.conditional).toBe(e.conditional);
      },
    );
  }
});

describe('changes on the sample corpus', () => {
  for (const e of expected.changes) {
    check(
      `since ${iso(e.since)}: ${e.actor} ${e.issue} ${e.kind}${e.red_line ? `, red line ${e.red_line}` : ''} on ${iso(e.date)}`,
      async () => {
        const change = (await changesSince(store, iso(e.since), { actor: e.actor, issue: e.issue }))
          .changes[0];
        expect(change, 'no change found').toBeDefined();
        expect(change.kind).toBe(e.kind);
        if (e.red_line) expect(change.redLine).toBe(e.red_line);
        expect(change.date).toBe(iso(e.date));
        if (e.before) expect(change.before?.stance).toBe(e.before);
        if (e.after) expect(change.after.stance).toBe(e.after);
        expect(change.after.text.length).toBeGreaterThan(0);
      },
    );
  }
  for (const e of expected.new_issues) {
    check(`since ${iso(e.since)}: ${e.issue} newly on the table on ${iso(e.date)}`, async () => {
      const entry = (await changesSince(store, iso(e.since))).newIssues.find((n) => n.issue === e.issue);
      expect(entry, 'not reported as new').toBeDefined();
      expect(entry?.date).toBe(iso(e.date));
    });
  }
  for (const e of expected.unchanged) {
    check(`since ${iso(e.since)}: ${e.actor} ${e.issue} did not move`, async () => {
      expect((await changesSince(store, iso(e.since), { actor: e.actor, issue: e.issue })).changes).toEqual(
        [],
      );
      expect((await positionsMatrix(store, { actor: e.actor, issue: e.issue })).cells).toHaveLength(1);
    });
  }
});

describe('conflicts on the sample corpus', () => {
  for (const e of expected.conflicts) {
    const what = e.common_ground ? `common ground (${e.common_ground})` : `for ${e.for} against ${e.against}`;
    check(`${e.issue} as of ${iso(e.as_of)}: ${what}`, async () => {
      const issue = (await conflicts(store, { asOf: iso(e.as_of) })).issues.find((i) => i.issue === e.issue);
      expect(issue, 'no positions on the issue').toBeDefined();
      if (!issue) return;
      const pro = issue.for.map((s) => s.actor);
      const contra = issue.against.map((s) => s.actor);
      // At least the parties the corpus was written with; no party on both sides.
      for (const a of e.for ?? []) expect(pro).toContain(a);
      for (const a of e.against ?? []) expect(contra).toContain(a);
      for (const [p, c] of e.red_lines_collide ?? []) expect(issue.redLineCollisions).toContainEqual([p, c]);
      if (e.common_ground) expect(issue.commonGround).toBe(e.common_ground);
    });
  }
});

describe('meetings and the timeline of the sample corpus', () => {
  for (const e of expected.meetings) {
    check(
      `meeting ${iso(e.date)} ${e.status}${e.location ? ` in ${e.location}` : ''}: ${e.actors.join(', ')}`,
      async () => {
        const found = (await meetings(store)).filter(
          (m) =>
            m.date.startsWith(iso(e.date)) &&
            m.status === e.status &&
            (!e.location || m.location?.name === e.location) &&
            e.actors.every((a) => m.actors.includes(a)),
        );
        expect(found.length, 'no such meeting').toBeGreaterThan(0);
        if (e.duration) expect(found.map((m) => m.duration)).toContain(e.duration);
        for (const x of e.excluded ?? []) expect(found.some((m) => m.excluded.includes(x))).toBe(true);
      },
    );
  }
  check('meetings are listed in date order', async () => {
    const dates = (await meetings(store)).map((m) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
  });
  for (const e of expected.events) {
    const who = e.source ? `${e.source} → ${e.target}` : `${e.actors}`;
    check(`event ${e.type} ${iso(e.date)}: ${who}`, async () => {
      const found = (await timeline(store, { types: [e.type as 'CONSULT'] })).filter(
        (t) =>
          t.date === iso(e.date) &&
          (e.actors ?? []).every((a) => t.actors.includes(a)) &&
          (e.source ?? []).every((a) => (t.source ?? t.actors).includes(a)) &&
          (e.target ?? []).every((a) => (t.target ?? t.actors).includes(a)) &&
          (!e.location || t.location?.name === e.location),
      );
      expect(found.length, 'no such event').toBeGreaterThan(0);
    });
  }
  check('the Assembly is excluded from the early rounds and included later', async () => {
    const held = (await meetings(store)).filter((m) => m.status === 'held');
    for (const d of expected.assembly.excluded_from) {
      const round = held.filter((m) => m.date === iso(d));
      expect(
        round.some((m) => m.excluded.includes('SKA')),
        `SKA excluded on ${iso(d)}`,
      ).toBe(true);
    }
    for (const d of expected.assembly.included_in) {
      const round = held.filter((m) => m.date === iso(d));
      expect(
        round.some((m) => m.actors.includes('SKA')),
        `SKA present on ${iso(d)}`,
      ).toBe(true);
    }
  });
});

describe('quotes and persons of the sample corpus', () => {
  for (const e of expected.quotes) {
    check(
      `quotes ${e.text ? `with "${e.text}"` : `by ${e.actor}`} include ${e.speakers.join(', ')}`,
      async () => {
        const found = await quotes(store, { text: e.text, actor: e.actor }, codebook);
        const speakers = new Set(found.map((q) => q.speaker));
        for (const s of e.speakers) expect([...speakers]).toContain(s);
        if (e.text)
          for (const q of found)
            for (const w of e.text.split(' ')) expect(q.text.toLowerCase()).toContain(w.toLowerCase());
      },
    );
  }
  for (const e of expected.persons) {
    check(
      `${e.name} (${e.actor}) is one person across at least ${e.at_least_documents} articles`,
      async () => {
        const person = (await persons(store, codebook)).find((p) => p.name === e.name);
        expect(person, 'not found').toBeDefined();
        expect(person?.actor).toBe(e.actor);
        expect(person?.documents).toBeGreaterThanOrEqual(e.at_least_documents);
      },
    );
  }
  check('parties and places that speak are not listed as persons', async () => {
    const names = (await persons(store, codebook)).map((p) => p.name.toLowerCase());
    for (const n of expected.not_persons) expect(names).not.toContain(n.toLowerCase());
  });
});

describe('the brief of the sample corpus', () => {
  const e = expected.brief;
  check(
    `the brief since ${iso(e.since)} shows the moves, the colliding red lines, quotes and events`,
    async () => {
      const brief = await buildBrief(store, { since: iso(e.since), codebook });
      for (const c of e.changes) {
        const found = brief.changes.changes.find((x) => x.actor === c.actor && x.issue === c.issue);
        expect(found?.kind, `${c.actor} ${c.issue}`).toBe(c.kind);
        if (c.red_line) expect(found?.redLine).toBe(c.red_line);
      }
      const collisions = brief.conflicts.issues.flatMap((i) => i.redLineCollisions);
      for (const pair of e.red_lines_collide) expect(collisions).toContainEqual(pair);
      const speakers = brief.quotes.map((q) => q.speaker);
      for (const s of e.quotes_by) expect(speakers).toContain(s);
      for (const t of e.timeline_includes)
        expect(
          brief.timeline.some(
            (x) => x.type === t.type && x.date === iso(t.date) && (!t.status || x.status === t.status),
          ),
          `${t.type} ${iso(t.date)}`,
        ).toBe(true);
      // …and the Markdown says so in words.
      const md = renderBriefMarkdown(brief);
      expect(md).toContain('Ormund (ORM) on talks_inclusion: softening');
      expect(md).toContain('red line dropped');
    },
  );

  check('reads as a brief: positions, conflicts, changes with sources, quotes and a timeline', async () => {
    const brief = await buildBrief(store, { since: '2026-06-01', codebook });
    const md = renderBriefMarkdown(brief);
    expect(md).toContain('## Where the parties stand');
    expect(md).toContain('Veska');
    expect(md).toContain('Ormund');
    expect(brief.quotes.length).toBeGreaterThan(0);
    expect(brief.changes.changes.length).toBeGreaterThan(0);
    expect(brief.timeline.length).toBeGreaterThan(0);
    const html = renderBriefHtml(brief);
    // Article text with quotation marks and apostrophes arrives escaped.
    expect(html).toMatch(/&#39;|&quot;|“/);
    expect(html).not.toMatch(
      /<(?!\/?(html|head|meta|title|style|body|div|h1|h2|p|table|tr|th|td|ul|li|strong|em|code|blockquote|footer)\b|!doctype)/i,
    );
  });

  check('cites its sources apart, as links to the reader when given where the reader is', async () => {
    const brief = await buildBrief(store, { since: '2026-06-01', codebook });
    const sourceHref = (id: string) => `/documents/${id}`;
    const md = renderBriefMarkdown(brief);
    // Two source ids never run together ("`53ebe3c2``8fae00ea`").
    expect(md).not.toMatch(/``/);
    expect(md).toMatch(/`[0-9a-f]{8}`, `[0-9a-f]{8}`/);
    const html = renderBriefHtml(brief, { sourceHref });
    const links = [...html.matchAll(/<a class="source" href="([^"]+)">([0-9a-f]{8})<\/a>/g)];
    expect(links.length).toBeGreaterThan(5);
    for (const [, href, id] of links) {
      expect(href).toMatch(new RegExp(`^/documents/${id}[0-9a-f]+$`));
      expect(store.getDocument(href.slice('/documents/'.length))).toBeDefined();
    }
    expect(renderBriefMarkdown(brief, { sourceHref })).toMatch(/\[`[0-9a-f]{8}`\]\(\/documents\/[0-9a-f]+\)/);
    // It fits a phone's screen and has a style for paper.
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print');
  });
});
