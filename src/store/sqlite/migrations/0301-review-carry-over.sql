-- Reviews survive re-analysis (issue 6): each review remembers the members its person had, so when
-- linkage gives the person another id, splits or merges it, the review follows its members.
CREATE TABLE lead_review_members (
  person_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  PRIMARY KEY (person_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX lead_review_members_member ON lead_review_members (member_id);

-- How a review came to its person when it was carried over: {kind: moved|split|merged, from, at}.
ALTER TABLE lead_reviews ADD COLUMN carried TEXT;

-- The analysis (last analysis_stages id) the reviews were last placed against.
CREATE TABLE lead_review_sync (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stage_id INTEGER NOT NULL
) STRICT;

INSERT INTO lead_review_members (person_id, member_id)
  SELECT r.person_id, m.member_id FROM lead_reviews r JOIN person_members m ON m.person_id = r.person_id;
INSERT INTO lead_review_sync (id, stage_id) SELECT 1, coalesce(max(id), 0) FROM analysis_stages;
