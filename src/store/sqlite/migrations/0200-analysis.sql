-- What analysis derives. Each stage replaces its own tables; decisions are kept across runs.
CREATE TABLE identifiers (
  id INTEGER PRIMARY KEY,
  message_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  sender TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  raw TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  country TEXT
) STRICT;

CREATE TABLE account_profiles (
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  profile TEXT NOT NULL,
  PRIMARY KEY (platform, handle)
) STRICT;

CREATE TABLE persons (
  person_id TEXT PRIMARY KEY,
  role TEXT NOT NULL DEFAULT 'other',
  score REAL NOT NULL DEFAULT 0,
  lead INTEGER NOT NULL DEFAULT 0,
  urgent INTEGER NOT NULL DEFAULT 0,
  country TEXT,
  rank INTEGER,
  doc TEXT
) STRICT;
CREATE INDEX persons_rank ON persons (lead, rank);
CREATE INDEX persons_country ON persons (country, rank);

CREATE TABLE person_members (
  member_id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL
) STRICT;
CREATE INDEX person_members_person ON person_members (person_id);

CREATE TABLE person_links (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  weight REAL NOT NULL,
  probability REAL NOT NULL,
  status TEXT NOT NULL,
  bridge INTEGER NOT NULL,
  breakdown TEXT NOT NULL
) STRICT;
CREATE INDEX person_links_person ON person_links (person_id);

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('confirm', 'split', 'merge')),
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  user TEXT NOT NULL,
  note TEXT,
  at INTEGER NOT NULL
) STRICT;

CREATE TABLE analysis_stages (
  id INTEGER PRIMARY KEY,
  stage TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  stats TEXT NOT NULL
) STRICT;
