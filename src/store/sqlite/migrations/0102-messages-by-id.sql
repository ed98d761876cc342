-- Evidence links and the conversation viewer open a message by (platform, message_id).
CREATE INDEX IF NOT EXISTS messages_message_id ON messages (platform, message_id);
