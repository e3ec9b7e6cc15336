/**
 * Alerts, part 2: case fields (tags, holding statement, notification state), the hash-chained audit log, the
 * delivery outbox and officer feedback.
 */
export const sql = `
ALTER TABLE alerts ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE alerts ADD COLUMN derailing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN holding_statement TEXT;
ALTER TABLE alerts ADD COLUMN acknowledged_at TEXT;
ALTER TABLE alerts ADD COLUMN resolved_at TEXT;
-- what has been notified so far: the notify stage works on alerts whose level or derailing flag is ahead of these
ALTER TABLE alerts ADD COLUMN notified_rank INTEGER NOT NULL DEFAULT -1;
ALTER TABLE alerts ADD COLUMN notified_derailing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN last_notified_at TEXT;
ALTER TABLE alerts ADD COLUMN escalated_at TEXT;
ALTER TABLE alerts ADD COLUMN reminders INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN last_reminder_at TEXT;
CREATE INDEX alerts_pending_notify ON alerts(notified_rank, level_rank);

CREATE TABLE alert_notes (
  id INTEGER PRIMARY KEY,
  alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX alert_notes_alert ON alert_notes(alert_id);

-- append-only and hash-chained: hash = sha256(prev_hash || canonical row)
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  alert_id INTEGER,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_alert ON audit_log(alert_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  channel TEXT NOT NULL CHECK (channel IN ('mail', 'webhook')),
  -- one row per logical message: enqueueing the same key twice is a no-op
  dedupe_key TEXT NOT NULL UNIQUE,
  alert_id INTEGER,
  summary TEXT NOT NULL DEFAULT '',
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  attempt_id TEXT,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  message_id TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX outbox_alert ON outbox(alert_id);

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  post_id INTEGER,
  alert_id INTEGER,
  kind TEXT NOT NULL CHECK (kind IN ('false_alarm', 'wrong_category', 'missed')),
  category TEXT,
  correct_category TEXT,
  source TEXT,
  terms TEXT NOT NULL DEFAULT '[]',
  note TEXT,
  created_at TEXT NOT NULL
);
`
