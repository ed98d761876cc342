-- The messages' identity key moves from a column constraint to a named unique index, so that a bulk
-- load can drop it, append rows in file order, and build it once, sorted, at the end (see
-- deferred-indexes.ts). Row ids are kept, so the full-text index stays valid.
CREATE TABLE messages_rebuilt (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL,
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
INSERT INTO messages_rebuilt SELECT id, key, key2, message_id, platform, conversation_id, sent_at,
  sent_at_text, sender, recipients, body, attachments, source_id, line FROM messages;
DROP TABLE messages;
ALTER TABLE messages_rebuilt RENAME TO messages;
CREATE UNIQUE INDEX messages_key ON messages (key);
CREATE INDEX messages_conversation ON messages (conversation_id, sent_at);
CREATE INDEX messages_sender ON messages (platform, sender, sent_at);
CREATE INDEX messages_sent_at ON messages (sent_at);
CREATE INDEX messages_message_id ON messages (platform, message_id);
