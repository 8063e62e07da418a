/**
 * Versioned schema migrations of the PostgreSQL store. Each runs once, in order, in a transaction
 * that holds the store's migration lock (so that two processes opening a new store at once do not
 * both migrate it); `schema_version` records how far a database has come. Never edit a released
 * migration: add a new one.
 *
 * The schema is the SQLite store's (sqlite-migrations.ts) as it stands at its version 9, in
 * PostgreSQL's terms: text compared byte by byte (COLLATE "C", as SQLite compares), full-text
 * search over the words rows.ts makes (a tsvector of them, GIN-indexed), and `position_records`
 * with the same key and by-stance index, so that the shared reading (position-records.ts) finds
 * the same records in the same order.
 */

export interface PostgresMigration {
  version: number;
  description: string;
  sql: string;
}

const factColumns = `
  doc_id text COLLATE "C" NOT NULL REFERENCES documents(id),
  doc_date text COLLATE "C" NOT NULL,
  -- the fact's index in its document's annotation list (statements[idx], positions[idx], …)
  idx integer NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  rule text NOT NULL,
  cue text,
  confidence double precision NOT NULL,
  -- the sentence the fact is in, so a fact can be shown without loading its document
  evidence_text text NOT NULL`;

export const postgresMigrations: PostgresMigration[] = [
  {
    version: 1,
    description:
      'documents, facts, full-text words, near-duplicate keys, position records and the recorded codebook (the SQLite schema of version 9)',
    sql: `
CREATE TABLE documents (
  seq bigserial PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  hash text COLLATE "C" NOT NULL UNIQUE,
  date text COLLATE "C" NOT NULL,
  title text,
  url text,
  source text,
  byline text,
  lang text NOT NULL,
  words integer NOT NULL,
  duplicate_of text COLLATE "C" REFERENCES documents(id),
  status text NOT NULL CHECK (status IN ('stored', 'extracted', 'skipped')),
  -- the 64-bit SimHash as a signed integer, and the MinHash signature (little-endian uint32s)
  fingerprint bigint NOT NULL,
  minhash bytea,
  layout text,
  non_story text,
  text text NOT NULL,
  -- the search words (rows.ts, searchWords) of the title and the text
  search_words tsvector NOT NULL,
  -- the annotated ParleyDocument without text/norm/tokens and facts, for the reader view
  doc_json text NOT NULL,
  ingested_at text NOT NULL
);
CREATE INDEX documents_date ON documents (date, seq);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX documents_search ON documents USING gin (search_words);

CREATE TABLE statements (
  id bigserial PRIMARY KEY,${factColumns},
  speaker text NOT NULL,
  actor text,
  role text,
  direct smallint NOT NULL,
  anonymous smallint NOT NULL,
  content_text text NOT NULL,
  -- the search words of the content and the speaker
  search_words tsvector NOT NULL,
  fact text NOT NULL
);
CREATE INDEX statements_doc ON statements (doc_id, idx);
CREATE INDEX statements_date ON statements (doc_date);
CREATE INDEX statements_search ON statements USING gin (search_words);

CREATE TABLE positions (
  id bigserial PRIMARY KEY,${factColumns},
  actor text COLLATE "C" NOT NULL,
  issue text COLLATE "C" NOT NULL,
  about text,
  stance text NOT NULL,
  red_line smallint NOT NULL,
  statement_idx integer,
  reported_by text,
  date text COLLATE "C",
  fact text NOT NULL
);
CREATE INDEX positions_doc ON positions (doc_id, idx);
CREATE INDEX positions_issue ON positions (issue);
CREATE INDEX positions_date ON positions (doc_date);

CREATE TABLE events (
  id bigserial PRIMARY KEY,${factColumns},
  type text NOT NULL,
  actors text NOT NULL,
  status text,
  date text,
  location text,
  fact text NOT NULL
);
CREATE INDEX events_doc ON events (doc_id, idx);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (doc_date);

-- Every actor a fact involves, so that "facts about VSK" is one indexed lookup for all three kinds.
CREATE TABLE fact_actors (
  kind text NOT NULL CHECK (kind IN ('statement', 'position', 'event')),
  fact_id bigint NOT NULL,
  actor text COLLATE "C" NOT NULL,
  PRIMARY KEY (actor, kind, fact_id)
);
CREATE INDEX fact_actors_fact ON fact_actors (kind, fact_id);

-- Each position with its evidence and source strength (position-records.ts reads it): a cell's
-- newest records are read from the primary key, backwards, with what deciding a run needs.
CREATE TABLE position_records (
  actor text COLLATE "C" NOT NULL,
  issue text COLLATE "C" NOT NULL,
  doc_date text COLLATE "C" NOT NULL,
  -- positions.id
  id bigint NOT NULL,
  doc_id text COLLATE "C" NOT NULL,
  -- when the stance was taken: the position's own date if not after its document's, else the document's
  date text COLLATE "C" NOT NULL,
  stance text NOT NULL,
  red_line smallint NOT NULL,
  conditional smallint NOT NULL,
  about text,
  strength text NOT NULL CHECK (strength IN ('official', 'reported', 'anonymous')),
  speaker text,
  reported_by text,
  rule text NOT NULL,
  confidence double precision NOT NULL,
  evidence text NOT NULL,
  PRIMARY KEY (actor, issue, doc_date, id)
);
-- Where a long-held stance began: the newest record of each other stance, the run's first red line.
CREATE INDEX position_records_stance ON position_records (actor, issue, stance, red_line, doc_date, id);
CREATE INDEX position_records_position ON position_records (id);

-- Each original under its SimHash bands and MinHash band keys (lsh.ts), newest first under a key.
CREATE TABLE near_duplicate_keys (
  key bigint NOT NULL,
  -- documents.seq
  seq bigint NOT NULL,
  doc_id text COLLATE "C" NOT NULL REFERENCES documents(id),
  fingerprint bigint NOT NULL,
  PRIMARY KEY (key, seq)
);
CREATE TABLE near_duplicate_signatures (
  doc_id text COLLATE "C" PRIMARY KEY REFERENCES documents(id),
  minhash bytea NOT NULL
);

-- The codebook the store was built with (codebook-sources.ts): one row, or none while unknown.
CREATE TABLE store_codebook (
  id integer PRIMARY KEY CHECK (id = 1),
  sources text NOT NULL,
  recorded_at text NOT NULL
);
`,
  },
  {
    version: 2,
    description:
      'runs of the shared ingest queue: the batches committed in order, the ones prepared early, what became of each',
    // Written by postgres-queue.ts. The queue's jobs themselves are pg-boss's (schema pgboss); these
    // tables say where each run stands, so that its batches commit in the order they were sent
    // whichever worker prepared them, and none twice.
    sql: `
CREATE TABLE ingest_runs (
  run text PRIMARY KEY,
  -- JSON: what the run's batches are prepared with (the codebook)
  meta text NOT NULL,
  -- the ticket of the next batch to commit
  next_ticket integer NOT NULL DEFAULT 0,
  -- how many batches the run has, once all are sent
  batches integer,
  created_at text NOT NULL
);
-- Batches prepared before their turn, waiting for the batch before them.
CREATE TABLE ingest_staged (
  run text NOT NULL REFERENCES ingest_runs(run),
  ticket integer NOT NULL,
  payload text NOT NULL,
  PRIMARY KEY (run, ticket)
);
-- What became of each committed batch (JSON), written in the transaction that committed it.
CREATE TABLE ingest_outcomes (
  run text NOT NULL REFERENCES ingest_runs(run),
  ticket integer NOT NULL,
  outcome text NOT NULL,
  PRIMARY KEY (run, ticket)
);
`,
  },
  {
    version: 3,
    description:
      'parley watch: the state of each watched feed, alerts and their deliveries, marks (the last digest)',
    // Written and read by postgres-watch.ts (see watch-state.ts), the SQLite schema's version 10.
    // Times are ISO timestamps kept as text, compared byte by byte (COLLATE "C").
    sql: `
CREATE TABLE IF NOT EXISTS watch_feeds (
  url text COLLATE "C" PRIMARY KEY,
  kind text NOT NULL,
  interval_seconds integer NOT NULL,
  etag text,
  last_modified text,
  next_due text COLLATE "C" NOT NULL,
  consecutive_errors integer NOT NULL DEFAULT 0,
  last_error text,
  last_status integer,
  last_polled_at text,
  last_success_at text,
  items_seen integer NOT NULL DEFAULT 0,
  last_new integer NOT NULL DEFAULT 0,
  -- JSON: the article links of an index page already read, newest first
  seen_links text,
  -- the watch process polling the feed now, and until when its claim holds
  claimed_by text,
  claimed_until text COLLATE "C"
);
CREATE TABLE IF NOT EXISTS watch_alerts (
  id bigserial PRIMARY KEY,
  key text COLLATE "C" NOT NULL UNIQUE,
  kind text NOT NULL,
  actor text,
  issue text,
  date text NOT NULL,
  summary text NOT NULL,
  -- JSON: the change, its before and after evidence, sources, reader links
  detail text NOT NULL,
  -- JSON: the names of the rules that matched
  rules text NOT NULL,
  created_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_deliveries (
  alert_id bigint NOT NULL REFERENCES watch_alerts(id),
  channel text COLLATE "C" NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'delivered')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  next_attempt text COLLATE "C" NOT NULL,
  delivered_at text,
  claimed_by text,
  claimed_until text COLLATE "C",
  PRIMARY KEY (alert_id, channel)
);
CREATE INDEX IF NOT EXISTS watch_deliveries_due ON watch_deliveries (status, next_attempt);
CREATE TABLE IF NOT EXISTS watch_marks (
  name text COLLATE "C" PRIMARY KEY,
  value text NOT NULL
);
`,
  },
  {
    version: 4,
    description:
      "the analyst's corrections, kept apart from the extraction, with an audit log; each position record's review status",
    // The SQLite store's migration 11 in PostgreSQL's terms (see there).
    sql: `
CREATE TABLE corrections (
  id bigserial PRIMARY KEY,
  doc_id text COLLATE "C" NOT NULL REFERENCES documents(id),
  kind text NOT NULL CHECK (kind IN ('statement', 'position', 'event')),
  action text NOT NULL CHECK (action IN ('confirm', 'correct', 'reject', 'add')),
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  target text,
  fields text NOT NULL,
  user_name text NOT NULL,
  at text NOT NULL,
  state text NOT NULL DEFAULT 'holds' CHECK (state IN ('holds', 'agrees', 'conflict')),
  note text
);
CREATE INDEX corrections_doc ON corrections (doc_id, id);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at text NOT NULL,
  user_name text NOT NULL,
  action text NOT NULL,
  correction_id bigint NOT NULL,
  doc_id text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  before text,
  after text,
  undoes bigint
);
CREATE INDEX audit_log_doc ON audit_log (doc_id, id);
CREATE TABLE review_machine_facts (
  doc_id text COLLATE "C" PRIMARY KEY REFERENCES documents(id),
  facts text NOT NULL
);
ALTER TABLE position_records ADD COLUMN status text NOT NULL DEFAULT 'machine';
`,
  },
  {
    version: 5,
    description: 'negotiations: which each document and fact belongs to, and those the user made or changed',
    // As SQLite's migration 12 (sqlite-migrations.ts).
    sql: `
CREATE TABLE document_negotiations (
  negotiation text COLLATE "C" NOT NULL,
  doc_id text COLLATE "C" NOT NULL REFERENCES documents(id),
  doc_date text COLLATE "C" NOT NULL,
  main smallint NOT NULL,
  reason text NOT NULL,
  blocks text NOT NULL,
  by_user smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (negotiation, doc_id)
);
CREATE INDEX document_negotiations_doc ON document_negotiations (doc_id);
CREATE TABLE fact_negotiations (
  kind text COLLATE "C" NOT NULL,
  fact_id bigint NOT NULL,
  negotiation text COLLATE "C" NOT NULL,
  PRIMARY KEY (kind, fact_id, negotiation)
);
CREATE INDEX fact_negotiations_negotiation ON fact_negotiations (negotiation, kind, fact_id);
CREATE TABLE store_negotiations (
  id text COLLATE "C" PRIMARY KEY,
  definition text NOT NULL,
  updated_at text NOT NULL
);
`,
  },
];

export const latestPostgresVersion = postgresMigrations[postgresMigrations.length - 1].version;
