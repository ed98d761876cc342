-- The analysis history: a compact snapshot of every analysis, so the next one can be compared with
-- it (`vigil diff --since RUN`). Only ever added to; the live analysis tables are replaced each run.
CREATE TABLE analysis_snapshots (
  id INTEGER PRIMARY KEY,
  taken_at INTEGER NOT NULL,
  started_at INTEGER NOT NULL,
  -- the newest ingest run that had started before the analysis did
  last_run INTEGER,
  persons INTEGER NOT NULL,
  leads INTEGER NOT NULL,
  -- NULL: the analysis produced no networks to record
  networks INTEGER
) STRICT;

CREATE TABLE snapshot_persons (
  snapshot_id INTEGER NOT NULL REFERENCES analysis_snapshots (id),
  person_id TEXT NOT NULL,
  member_key TEXT NOT NULL,
  members INTEGER NOT NULL,
  -- JSON array: every account member and the first few payer records, to match across analyses
  anchors TEXT NOT NULL,
  name TEXT,
  role TEXT NOT NULL,
  score REAL NOT NULL,
  culpability REAL NOT NULL,
  actionability REAL NOT NULL,
  country TEXT,
  lead INTEGER NOT NULL,
  urgent INTEGER NOT NULL,
  rank INTEGER,
  messages INTEGER NOT NULL,
  transfers INTEGER NOT NULL,
  ip_events INTEGER NOT NULL,
  locations INTEGER NOT NULL,
  PRIMARY KEY (snapshot_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE snapshot_networks (
  snapshot_id INTEGER NOT NULL REFERENCES analysis_snapshots (id),
  network_id TEXT NOT NULL,
  label TEXT,
  -- JSON array of member ids, sorted
  members TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, network_id)
) STRICT, WITHOUT ROWID;
