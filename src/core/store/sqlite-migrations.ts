/**
 * Versioned schema migrations of the SQLite store. Each migration runs once, in order, inside a
 * transaction; `PRAGMA user_version` and the `schema_version` table record how far a database has
 * come, so an older store is brought up to date when it is opened. Never edit a released
 * migration: add a new one.
 */
import type Database from 'better-sqlite3';
import { minhashBandKeys, nearDuplicateKeys } from './lsh.js';
import { nonStoryBlocks, signatureFromBlob, signatureToBlob } from './rows.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Data work after the schema change (in the same transaction), e.g. a backfill. */
  after?: (db: Database.Database) => void;
}

const factColumns = `
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  doc_date TEXT NOT NULL,
  -- the fact's index in its document's annotation list (statements[idx], positions[idx], …)
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  cue TEXT,
  confidence REAL NOT NULL,
  -- the sentence the fact is in, so a fact can be shown without loading its document
  evidence_text TEXT NOT NULL`;

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'documents with near-duplicate bands, facts, full-text indexes',
    sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  title TEXT,
  url TEXT,
  source TEXT,
  byline TEXT,
  lang TEXT NOT NULL,
  words INTEGER NOT NULL,
  duplicate_of TEXT REFERENCES documents(id),
  status TEXT NOT NULL CHECK (status IN ('stored', 'extracted', 'skipped')),
  -- 64-bit SimHash as 16 hex digits, and its four 16-bit LSH bands: two fingerprints within
  -- Hamming distance 3 share at least one band, so a lookup reads only the rows of four indexes.
  fingerprint TEXT NOT NULL,
  band0 INTEGER NOT NULL,
  band1 INTEGER NOT NULL,
  band2 INTEGER NOT NULL,
  band3 INTEGER NOT NULL,
  layout TEXT,
  text TEXT NOT NULL,
  -- the annotated ParleyDocument without text/norm/tokens (recomputable), for the reader view
  doc_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
CREATE INDEX documents_band0 ON documents(band0);
CREATE INDEX documents_band1 ON documents(band1);
CREATE INDEX documents_band2 ON documents(band2);
CREATE INDEX documents_band3 ON documents(band3);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');

CREATE TABLE statements (${factColumns},
  speaker TEXT NOT NULL,
  actor TEXT,
  role TEXT,
  direct INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  content_text TEXT NOT NULL,
  fact TEXT NOT NULL
);
CREATE INDEX statements_doc ON statements(doc_id);
CREATE INDEX statements_date ON statements(doc_date);
CREATE VIRTUAL TABLE statements_fts USING fts5(content_text, speaker);

CREATE TABLE positions (${factColumns},
  actor TEXT NOT NULL,
  issue TEXT NOT NULL,
  about TEXT,
  stance TEXT NOT NULL,
  red_line INTEGER NOT NULL,
  statement_idx INTEGER,
  reported_by TEXT,
  date TEXT,
  fact TEXT NOT NULL
);
CREATE INDEX positions_doc ON positions(doc_id);
CREATE INDEX positions_actor_issue ON positions(actor, issue);
CREATE INDEX positions_issue ON positions(issue);
CREATE INDEX positions_date ON positions(doc_date);

CREATE TABLE events (${factColumns},
  type TEXT NOT NULL,
  actors TEXT NOT NULL,
  status TEXT,
  date TEXT,
  location TEXT,
  fact TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(doc_date);

-- Every actor a fact involves (a statement's speaker may stand for several; an event has several
-- participants), so that "facts about VSK" is one indexed lookup for all three kinds.
CREATE TABLE fact_actors (
  kind TEXT NOT NULL CHECK (kind IN ('statement', 'position', 'event')),
  fact_id INTEGER NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (actor, kind, fact_id)
) WITHOUT ROWID;
CREATE INDEX fact_actors_fact ON fact_actors(kind, fact_id);
`,
  },
  {
    version: 2,
    description: 'MinHash signatures that confirm near-duplicate candidates',
    sql: 'ALTER TABLE documents ADD COLUMN minhash BLOB;',
  },
  {
    version: 3,
    description: 'MinHash LSH band keys of original documents, for near-duplicate candidates',
    sql: `
CREATE TABLE minhash_keys (
  key INTEGER NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX minhash_keys_key ON minhash_keys(key);
CREATE INDEX minhash_keys_doc ON minhash_keys(doc_id);
`,
    after(db) {
      const insert = db.prepare('INSERT INTO minhash_keys (key, doc_id) VALUES (?, ?)');
      // all(), not iterate(): the connection cannot insert while a read is open on it.
      const rows = db
        .prepare('SELECT id, minhash FROM documents WHERE minhash IS NOT NULL AND duplicate_of IS NULL')
        .all() as { id: string; minhash: Buffer }[];
      for (const row of rows) {
        for (const key of minhashBandKeys(signatureFromBlob(row.minhash))) insert.run(key, row.id);
      }
    },
  },
  {
    version: 4,
    description: 'the non-story blocks of each document (headings, link lines, …), for listings',
    sql: 'ALTER TABLE documents ADD COLUMN non_story TEXT;',
    after(db) {
      const update = db.prepare('UPDATE documents SET non_story = ? WHERE id = ?');
      const rows = db.prepare('SELECT id, text, doc_json FROM documents').all() as {
        id: string;
        text: string;
        doc_json: string;
      }[];
      for (const row of rows) {
        const blocks = (
          JSON.parse(row.doc_json) as { blocks?: { kind: string; start: number; end: number }[] }
        ).blocks;
        update.run(JSON.stringify(nonStoryBlocks(row.text, blocks ?? [])), row.id);
      }
    },
  },
  {
    version: 5,
    description: 'covering index for the latest stance per actor × issue cell (positions, changes)',
    // Dropped by migration 6.
    sql: 'CREATE INDEX IF NOT EXISTS positions_cell ON positions(actor, issue, doc_date, stance, red_line, date, about, doc_id);',
  },
  {
    version: 6,
    description:
      'position records: each position with its evidence and source strength, clustered by actor × issue and date (positions, changes)',
    // Read through position-records.ts, written with each position by SqliteStore.insertFacts.
    // A cell's newest records are a few adjacent pages of this table, and
    // need no join (the source strength comes from the position's own statement, known when the
    // position is written). It takes over from the covering index positions_cell (migration 5).
    // The trigger keeps it in step with every deletion of a position (reprocess, a cascade).
    sql: `
CREATE TABLE position_records (
  actor TEXT NOT NULL,
  issue TEXT NOT NULL,
  doc_date TEXT NOT NULL,
  -- positions.id
  id INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  -- when the stance was taken: the position's own date if not after its document's, else the document's
  date TEXT NOT NULL,
  stance TEXT NOT NULL,
  red_line INTEGER NOT NULL,
  conditional INTEGER NOT NULL,
  about TEXT,
  strength TEXT NOT NULL CHECK (strength IN ('official', 'reported', 'anonymous')),
  speaker TEXT,
  reported_by TEXT,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (actor, issue, doc_date, id)
) WITHOUT ROWID;
CREATE TRIGGER position_records_delete AFTER DELETE ON positions BEGIN
  DELETE FROM position_records
  WHERE actor = old.actor AND issue = old.issue AND doc_date = old.doc_date AND id = old.id;
END;
DROP INDEX IF EXISTS positions_cell;
`,
    after(db) {
      // One INSERT … SELECT in key order. The effective date and the source strength are spelled
      // out here as they were defined when this migration was written (src/core/records.ts now),
      // so that the migration does the same whatever later code does.
      db.exec(`
INSERT INTO position_records (actor, issue, doc_date, id, doc_id, date, stance, red_line, conditional, about,
  strength, speaker, reported_by, rule, confidence, evidence)
SELECT p.actor, p.issue, p.doc_date, p.id, p.doc_id,
  CASE WHEN p.date IS NOT NULL AND p.date <= p.doc_date THEN p.date ELSE p.doc_date END,
  p.stance, p.red_line, json_extract(p.fact, '$.condition') IS NOT NULL, p.about,
  CASE
    WHEN s.anonymous = 1 THEN 'anonymous'
    WHEN p.reported_by IS NOT NULL AND p.reported_by <> p.actor THEN 'reported'
    WHEN s.actor IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(s.actor) a WHERE a.value = p.actor) THEN 'official'
    ELSE 'reported'
  END,
  s.speaker, p.reported_by, p.rule, p.confidence, p.evidence_text
FROM positions p LEFT JOIN statements s ON s.doc_id = p.doc_id AND s.idx = p.statement_idx
ORDER BY p.actor, p.issue, p.doc_date, p.id;
`);
    },
  },
  {
    version: 7,
    description: 'position records by stance: where a long-held stance began (positions, changes)',
    // Read by sqlite-records.ts (INDEXED BY) for a cell whose run is longer
    // than it reads at once: the newest record of each other stance, and the run's first red line.
    sql: 'CREATE INDEX position_records_stance ON position_records(actor, issue, stance, red_line, doc_date);',
  },
  {
    version: 8,
    description:
      'near-duplicate keys: each original under its SimHash bands and MinHash band keys, with its fingerprint',
    // A lookup used to read the band indexes, then each candidate's row for its fingerprint: on a
    // store of 100,000 similar articles, some 860 random rows per new article, in the writer's
    // critical section. Now one covering table answers it (SimHash band keys are negative, MinHash
    // keys not), newest first under each key so that a lookup reads a bounded number of them, and
    // only the few candidates within reach read their signature, from a table of their own rather
    // than the end of a document row.
    sql: `
CREATE TABLE near_duplicate_keys (
  key INTEGER NOT NULL,
  -- documents.seq: under each key, the newest originals come first
  seq INTEGER NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  -- the 64-bit SimHash as a signed integer
  fingerprint INTEGER NOT NULL,
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE TABLE near_duplicate_signatures (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  minhash BLOB NOT NULL
) WITHOUT ROWID;
DROP TABLE minhash_keys;
DROP INDEX documents_band0;
DROP INDEX documents_band1;
DROP INDEX documents_band2;
DROP INDEX documents_band3;
`,
    after(db) {
      const rows = db
        .prepare(
          'SELECT seq, id, fingerprint, minhash FROM documents WHERE duplicate_of IS NULL ORDER BY seq',
        )
        .all() as { seq: number; id: string; fingerprint: string; minhash: Buffer | null }[];
      const statements = new Map<string, Database.Statement>();
      const sql = (text: string) => {
        let statement = statements.get(text);
        if (!statement) statements.set(text, (statement = db.prepare(text)));
        return statement;
      };
      for (const row of rows) {
        const minhash = row.minhash ? signatureFromBlob(row.minhash) : undefined;
        writeNearDuplicateKeys(sql, { seq: row.seq, id: row.id }, BigInt(`0x${row.fingerprint}`), minhash);
      }
    },
  },
  {
    version: 9,
    description: 'the codebook the store was built with: the user codebook files merged over the default',
    // Written by an ingest into an empty store and by a reprocess of the whole store; read by the
    // commands over the store (src/core/codebook/codebook-sources.ts). One row, or none while unknown
    // (a store built before this migration).
    sql: `
CREATE TABLE store_codebook (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- JSON: [{path, sha256, codebook}], in the order they merge over the default ([]: the default alone)
  sources TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
`,
  },
  {
    version: 10,
    description:
      'parley watch: the state of each watched feed, alerts and their deliveries, marks (the last digest)',
    // Written and read by sqlite-watch.ts (see watch-state.ts). Times are ISO timestamps (text).
    // IF NOT EXISTS: a store made to look older (tests drop the tables of later versions) keeps these.
    sql: `
CREATE TABLE IF NOT EXISTS watch_feeds (
  url TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  interval_seconds INTEGER NOT NULL,
  etag TEXT,
  last_modified TEXT,
  next_due TEXT NOT NULL,
  consecutive_errors INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  last_status INTEGER,
  last_polled_at TEXT,
  last_success_at TEXT,
  items_seen INTEGER NOT NULL DEFAULT 0,
  last_new INTEGER NOT NULL DEFAULT 0,
  -- JSON: the article links of an index page already read, newest first
  seen_links TEXT,
  -- the watch process polling the feed now, and until when its claim holds
  claimed_by TEXT,
  claimed_until TEXT
);
CREATE TABLE IF NOT EXISTS watch_alerts (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  actor TEXT,
  issue TEXT,
  date TEXT NOT NULL,
  summary TEXT NOT NULL,
  -- JSON: the change, its before and after evidence, sources, reader links
  detail TEXT NOT NULL,
  -- JSON: the names of the rules that matched
  rules TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_deliveries (
  alert_id INTEGER NOT NULL REFERENCES watch_alerts(id),
  channel TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt TEXT NOT NULL,
  delivered_at TEXT,
  claimed_by TEXT,
  claimed_until TEXT,
  PRIMARY KEY (alert_id, channel)
);
CREATE INDEX IF NOT EXISTS watch_deliveries_due ON watch_deliveries (status, next_attempt);
CREATE TABLE IF NOT EXISTS watch_marks (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    version: 11,
    description:
      "the analyst's corrections, kept apart from the extraction, with an audit log; each position record's review status",
    // Written and read through corrections.ts and the review commands: a correction is anchored to
    // its document, the fact's span and the fact as the extraction gave it, so that it outlives a
    // reprocess. The extraction's facts of a corrected document are kept beside its record (the
    // fact tables hold the record: the extraction with the corrections applied).
    sql: `
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('statement', 'position', 'event')),
  action TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject', 'add')),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  -- JSON: the fact as the extraction gave it when the person acted (NULL: added by hand)
  target TEXT,
  -- JSON: the fields as the person left them; for an added fact, the whole fact
  fields TEXT NOT NULL,
  user_name TEXT NOT NULL,
  at TEXT NOT NULL,
  -- against the latest extraction: holds, agrees, or conflict (the correction wins; note says why)
  state TEXT NOT NULL DEFAULT 'holds' CHECK (state IN ('holds', 'agrees', 'conflict')),
  note TEXT
);
CREATE INDEX corrections_doc ON corrections(doc_id, id);
-- Every change to the corrections, who made it and when, with the correction before and after.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  action TEXT NOT NULL,
  correction_id INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  before TEXT,
  after TEXT,
  undoes INTEGER
);
CREATE INDEX audit_log_doc ON audit_log(doc_id, id);
CREATE TABLE review_machine_facts (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  -- JSON: {statements, positions, events} as the extraction gave them
  facts TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE position_records ADD COLUMN status TEXT NOT NULL DEFAULT 'machine';
`,
  },
  {
    version: 12,
    description: 'negotiations: which each document and fact belongs to, and those the user made or changed',
    // Written with a document's facts from the `negotiations` stage's annotations (code/negotiations.ts);
    // read by the questions asked of one negotiation (`-n ID`) and by `parley negotiations`. A store
    // built before this has no assignments until `parley reprocess` or `parley negotiations --reassign`.
    sql: `
CREATE TABLE document_negotiations (
  negotiation TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  doc_date TEXT NOT NULL,
  -- 1: the negotiation the document is mostly about
  main INTEGER NOT NULL,
  reason TEXT NOT NULL,
  -- JSON: the blocks (from 1) whose facts go to it
  blocks TEXT NOT NULL,
  by_user INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (negotiation, doc_id)
) WITHOUT ROWID;
CREATE INDEX document_negotiations_doc ON document_negotiations (doc_id);
CREATE TABLE fact_negotiations (
  kind TEXT NOT NULL,
  fact_id INTEGER NOT NULL,
  negotiation TEXT NOT NULL,
  PRIMARY KEY (kind, fact_id, negotiation)
) WITHOUT ROWID;
CREATE INDEX fact_negotiations_negotiation ON fact_negotiations (negotiation, kind, fact_id);
-- Negotiations created or changed by the user (parley negotiations add, assign), merged over the codebook's.
CREATE TABLE store_negotiations (
  id TEXT PRIMARY KEY,
  -- JSON: the negotiation as the codebook schema has it
  definition TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
  },
];

/** The keys an original is found by as a near-duplicate candidate (see `nearDuplicateKeys`). */
export function writeNearDuplicateKeys(
  sql: (text: string) => Database.Statement,
  doc: { seq: number | bigint; id: string },
  fingerprint: bigint,
  minhash?: Uint32Array,
): void {
  const insertKey = sql(
    'INSERT OR IGNORE INTO near_duplicate_keys (key, seq, doc_id, fingerprint) VALUES (?, ?, ?, ?)',
  );
  const signed = BigInt.asIntN(64, fingerprint);
  for (const key of nearDuplicateKeys(fingerprint, minhash)) insertKey.run(key, doc.seq, doc.id, signed);
  if (minhash) {
    sql('INSERT INTO near_duplicate_signatures (doc_id, minhash) VALUES (?, ?)').run(
      doc.id,
      signatureToBlob(minhash),
    );
  }
}

export const latestVersion = migrations[migrations.length - 1].version;
