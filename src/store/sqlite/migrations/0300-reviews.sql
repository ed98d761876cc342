-- The investigators' review of each lead: status, assignee, tags, comments, and the history of
-- status changes. Kept by person id; every update bumps `version` (optimistic concurrency).
CREATE TABLE lead_reviews (
  person_id TEXT PRIMARY KEY,
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'in_review', 'developed', 'approved', 'disseminated', 'discarded')),
  assignee TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  discard_reason TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  updated_by TEXT,
  updated_at INTEGER
) STRICT;
CREATE INDEX lead_reviews_status ON lead_reviews (status);

CREATE TABLE lead_comments (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL,
  author TEXT NOT NULL,
  at INTEGER NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE INDEX lead_comments_person ON lead_comments (person_id, id);

CREATE TABLE lead_status_history (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  user TEXT NOT NULL,
  at INTEGER NOT NULL,
  reason TEXT
) STRICT;
CREATE INDEX lead_status_history_person ON lead_status_history (person_id, id);
