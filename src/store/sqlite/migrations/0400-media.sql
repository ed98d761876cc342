-- Media triage (issue 8): one row per file found under a bundle's media/ folder, with digests, PDQ,
-- the sniffed type, EXIF facts and any decode error; video frame hashes; known-list matches;
-- near-duplicate stacks; and the links from media to accounts, conversations and messages.
CREATE TABLE media_files (
  id INTEGER PRIMARY KEY,
  -- the bundle folder the file was found in (absolute), and the path relative to its media/ folder
  root TEXT NOT NULL,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL,
  md5 TEXT NOT NULL,
  sha1 TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  mime TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'other')),
  pdq TEXT,
  quality INTEGER,
  pdq_transforms TEXT,
  width INTEGER,
  height INTEGER,
  exif TEXT,
  gps_lat REAL,
  gps_lon REAL,
  taken_at TEXT,
  make TEXT,
  model TEXT,
  thumbnail_distance INTEGER,
  error_code TEXT,
  error_message TEXT,
  hash_ms INTEGER NOT NULL,
  run_id INTEGER NOT NULL,
  UNIQUE (root, path)
) STRICT;
CREATE INDEX media_files_sha256 ON media_files (sha256);

CREATE TABLE media_frames (
  file_id INTEGER NOT NULL REFERENCES media_files (id) ON DELETE CASCADE,
  second INTEGER NOT NULL,
  pdq TEXT NOT NULL,
  quality INTEGER NOT NULL,
  PRIMARY KEY (file_id, second)
) STRICT;

CREATE TABLE media_matches (
  sha256 TEXT NOT NULL,
  list TEXT NOT NULL,
  category TEXT,
  by TEXT NOT NULL CHECK (by IN ('md5', 'sha1', 'sha256', 'pdq')),
  distance INTEGER,
  known_good INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX media_matches_sha256 ON media_matches (sha256);

CREATE TABLE media_stacks (
  sha256 TEXT PRIMARY KEY,
  stack_id TEXT NOT NULL
) STRICT;
CREATE INDEX media_stacks_stack ON media_stacks (stack_id);

CREATE TABLE media_account_links (
  sha256 TEXT NOT NULL,
  platform TEXT NOT NULL,
  handle TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
  conversation_id TEXT,
  message_id TEXT,
  sent_at INTEGER,
  via TEXT NOT NULL CHECK (via IN ('media_link', 'attachment')),
  -- provenance: the media link row or message that names the file
  file_sha256 TEXT NOT NULL,
  line INTEGER NOT NULL
) STRICT;
CREATE INDEX media_account_links_account ON media_account_links (platform, handle);
CREATE INDEX media_account_links_sha256 ON media_account_links (sha256);
