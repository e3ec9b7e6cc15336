/**
 * Weekly reports: one row per ISO week the schedule has run for, so a missed Monday is caught up once; and a
 * covering index so the week's aggregation reads only the index, not the posts' text.
 */
export const sql = `
CREATE TABLE report_runs (
  week TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('running', 'sent', 'no_recipients', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 1,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  recipients TEXT NOT NULL DEFAULT '[]',
  error TEXT
);
CREATE INDEX posts_published_cover ON posts(published_at, parent_id, source_id);
`
