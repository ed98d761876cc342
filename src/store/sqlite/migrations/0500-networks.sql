-- Seller networks (issue 7). Each analysis adds a snapshot; older snapshots stay so runs can be
-- compared. A network's whole picture is its JSON doc; members and buyers are indexed for lookups.
CREATE TABLE network_snapshots (
  id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  ingest_run INTEGER
) STRICT;

CREATE TABLE networks (
  snapshot_id INTEGER NOT NULL REFERENCES network_snapshots (id),
  network_id TEXT NOT NULL,
  known INTEGER NOT NULL,
  candidate_rank INTEGER,
  country TEXT,
  still_active INTEGER NOT NULL,
  summary TEXT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, network_id)
) STRICT;

CREATE TABLE network_members (
  snapshot_id INTEGER NOT NULL,
  network_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  relation TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, person_id, network_id, relation)
) STRICT;
