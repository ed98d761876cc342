-- The case's records as ingested, with provenance, quarantine and the runs that brought them.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed')),
  report TEXT
) STRICT;

-- A source file, by content: the same bytes at another path are the same source.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  kind TEXT NOT NULL,
  first_run INTEGER NOT NULL REFERENCES runs (id)
) STRICT;

CREATE TABLE source_runs (
  run_id INTEGER NOT NULL REFERENCES runs (id),
  source_id INTEGER NOT NULL REFERENCES sources (id),
  path TEXT NOT NULL,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_stored INTEGER NOT NULL DEFAULT 0,
  rows_quarantined INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  PRIMARY KEY (run_id, source_id)
) STRICT;

-- Rows that could not be read, never dropped. `key` makes re-ingesting the same bad row a no-op.
CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  kind TEXT NOT NULL,
  line INTEGER NOT NULL,
  raw TEXT NOT NULL,
  reason TEXT NOT NULL
) STRICT;

-- Every (platform, handle) seen in any record.
CREATE TABLE handles (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  UNIQUE (platform, handle)
) STRICT;

-- Record tables: `key`/`key2` are the two halves of a 128-bit digest of the record's identity.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  sent_at_text TEXT NOT NULL,
  sender TEXT NOT NULL,
  recipients TEXT NOT NULL,
  body TEXT NOT NULL,
  attachments TEXT NOT NULL,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX messages_conversation ON messages (conversation_id, sent_at);
CREATE INDEX messages_sender ON messages (platform, sender, sent_at);
CREATE INDEX messages_sent_at ON messages (sent_at);

CREATE VIRTUAL TABLE messages_fts USING fts5 (
  body,
  content = 'messages',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  display_name TEXT,
  emails TEXT NOT NULL,
  phones TEXT NOT NULL,
  registered_at INTEGER,
  registration_ip TEXT,
  role_hint TEXT,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX accounts_handle ON accounts (platform, handle);

CREATE TABLE transactions (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  transaction_id TEXT NOT NULL,
  provider TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  sent_at_text TEXT NOT NULL,
  amount TEXT NOT NULL,
  currency TEXT NOT NULL,
  sender_name TEXT,
  sender_dob TEXT,
  sender_address TEXT,
  sender_city TEXT,
  sender_country TEXT,
  sender_phone TEXT,
  sender_email TEXT,
  sender_account TEXT,
  receiver_name TEXT,
  receiver_city TEXT,
  receiver_country TEXT,
  receiver_phone TEXT,
  receiver_account TEXT,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX transactions_tid ON transactions (transaction_id);

CREATE TABLE ip_events (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  ip TEXT NOT NULL,
  port INTEGER,
  seen_at INTEGER NOT NULL,
  seen_at_text TEXT NOT NULL,
  event TEXT,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX ip_events_handle ON ip_events (platform, handle, seen_at);
CREATE INDEX ip_events_ip ON ip_events (ip, seen_at);

CREATE TABLE locations (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  observed_at INTEGER NOT NULL,
  observed_at_text TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  accuracy_m REAL,
  source TEXT,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX locations_handle ON locations (platform, handle, observed_at);

CREATE TABLE media_links (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  file TEXT NOT NULL,
  platform TEXT,
  sender TEXT,
  recipients TEXT NOT NULL,
  sent_at INTEGER,
  sent_at_text TEXT,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX media_links_file ON media_links (file);

CREATE TABLE hashlist (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL UNIQUE,
  key2 INTEGER NOT NULL,
  md5 TEXT,
  sha1 TEXT,
  sha256 TEXT,
  pdq TEXT,
  category TEXT,
  list TEXT,
  source_id INTEGER NOT NULL,
  line INTEGER NOT NULL
) STRICT;
