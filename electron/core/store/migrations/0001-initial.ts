/** First schema: sources with their poll state, posts with scores, threads, alerts, audit, outbox, feedback, settings. */
export const sql = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'mention' CHECK (kind IN ('own', 'mention')),
  interval_seconds INTEGER NOT NULL DEFAULT 300,
  paused INTEGER NOT NULL DEFAULT 0,
  watch_terms TEXT NOT NULL DEFAULT '[]',
  exclude_terms TEXT NOT NULL DEFAULT '[]',
  preset TEXT,
  -- set for a comment feed that the engine follows under one post
  parent_post_id INTEGER REFERENCES posts(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sources_url ON sources(url);

CREATE TABLE source_state (
  source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  etag TEXT,
  last_modified TEXT,
  last_success_at TEXT,
  last_attempt_at TEXT,
  last_error TEXT,
  last_error_detail TEXT,
  last_error_code TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  items_seen INTEGER NOT NULL DEFAULT 0,
  next_poll_at TEXT,
  repaired INTEGER NOT NULL DEFAULT 0,
  dedupe_mode TEXT NOT NULL DEFAULT 'guid',
  redirect_target TEXT,
  redirect_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  dedupe_key TEXT NOT NULL,
  guid TEXT,
  link TEXT,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  html TEXT NOT NULL DEFAULT '',
  author TEXT,
  published_at TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  edited_at TEXT,
  media INTEGER NOT NULL DEFAULT 0,
  media_urls TEXT NOT NULL DEFAULT '[]',
  language_hint TEXT,
  comments_feed_url TEXT,
  comment_count INTEGER,
  parent_id INTEGER REFERENCES posts(id) ON DELETE CASCADE,
  story_key TEXT,
  story_id INTEGER,
  -- pipeline stage markers: each stage persists its result before the next runs
  scored INTEGER NOT NULL DEFAULT 0,
  evaluated INTEGER NOT NULL DEFAULT 0,
  UNIQUE (source_id, dedupe_key)
);
CREATE INDEX posts_published ON posts(published_at DESC);
CREATE INDEX posts_parent ON posts(parent_id);
CREATE INDEX posts_story ON posts(story_key);
CREATE INDEX posts_pending_score ON posts(scored) WHERE scored = 0;
CREATE INDEX posts_pending_eval ON posts(evaluated) WHERE evaluated = 0;

CREATE TABLE scores (
  post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
  risk INTEGER NOT NULL,
  level TEXT NOT NULL,
  level_rank INTEGER NOT NULL,
  categories TEXT NOT NULL,
  top_category TEXT,
  evidence TEXT NOT NULL,
  language TEXT NOT NULL,
  sentiment REAL NOT NULL,
  model_version TEXT NOT NULL,
  scored_at TEXT NOT NULL
);
CREATE INDEX scores_level ON scores(level_rank);

CREATE TABLE threads (
  root_post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
  derailing_index INTEGER NOT NULL DEFAULT 0,
  trajectory TEXT NOT NULL DEFAULT '[]',
  turning_point INTEGER,
  explanation TEXT NOT NULL DEFAULT '',
  derailing INTEGER NOT NULL DEFAULT 0,
  comment_count INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('post', 'thread', 'spike')),
  -- one alert per thread or story: the key it is deduplicated on
  dedupe_key TEXT NOT NULL UNIQUE,
  post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
  thread_post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
  level TEXT NOT NULL,
  level_rank INTEGER NOT NULL,
  categories TEXT NOT NULL DEFAULT '[]',
  title TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'nieuw',
  owner TEXT,
  strategy_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX alerts_state ON alerts(state);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`
