/**
 * Schema migrations of the subscription database, applied in order at start-up. Migration
 * `n` (1-based) brings `PRAGMA user_version` from `n - 1` to `n`. Never edit a released
 * migration; append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: subscriptions, deliveries with their messages, documents sent, archive first-seen times,
  // and the lease that lets one process at a time send.
  `
  CREATE TABLE subscriptions (
    chat_id        INTEGER PRIMARY KEY,
    chat_type      TEXT    NOT NULL DEFAULT 'private',
    time           TEXT    NOT NULL,
    timezone       TEXT    NOT NULL,
    topic          TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    active_since   TEXT    NOT NULL,
    inactive_reason TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
  );
  CREATE INDEX subscriptions_active ON subscriptions (active);

  CREATE TABLE deliveries (
    id          INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    day         TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'empty', 'failed')),
    message_ids TEXT,
    error       TEXT,
    created_at  TEXT    NOT NULL,
    sent_at     TEXT,
    UNIQUE (chat_id, day)
  );
  CREATE INDEX deliveries_status ON deliveries (status);

  CREATE TABLE delivery_messages (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    part        INTEGER NOT NULL,
    html        TEXT    NOT NULL,
    doc_ids     TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    message_id  INTEGER,
    error       TEXT,
    sent_at     TEXT,
    UNIQUE (delivery_id, part)
  );
  CREATE INDEX delivery_messages_open ON delivery_messages (status) WHERE status IN ('queued', 'sending');

  CREATE TABLE sent_documents (
    chat_id INTEGER NOT NULL,
    doc_id  TEXT    NOT NULL,
    sent_at TEXT    NOT NULL,
    PRIMARY KEY (chat_id, doc_id)
  ) WITHOUT ROWID;

  CREATE TABLE archive_documents (
    doc_id        TEXT PRIMARY KEY,
    hash          TEXT NOT NULL,
    first_seen_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE sender_lease (
    name       TEXT PRIMARY KEY,
    owner      TEXT    NOT NULL,
    pid        INTEGER NOT NULL,
    host       TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
  ) WITHOUT ROWID;
  `,
  // 2: the question log behind the curator's /stats and /gaps: when, the normalised question,
  // and whether it was answered. No user or chat ids; rows older than 30 days are pruned.
  `
  CREATE TABLE questions (
    id       INTEGER PRIMARY KEY,
    asked_at TEXT    NOT NULL,
    question TEXT    NOT NULL,
    answered INTEGER NOT NULL CHECK (answered IN (0, 1))
  );
  CREATE INDEX questions_asked_at ON questions (asked_at);
  `,
];
