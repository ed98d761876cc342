-- Background jobs started from the workbench (ingest, analysis, package builds) and how they ended.
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('ingest', 'analyze', 'package')),
  params TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued'
    CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
  user TEXT NOT NULL,
  countries TEXT,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  finished_at INTEGER,
  progress TEXT,
  result TEXT,
  error TEXT
) STRICT;
CREATE INDEX jobs_unfinished ON jobs (status) WHERE status IN ('queued', 'running');
