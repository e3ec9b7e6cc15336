/**
 * Every key a post could be known by (guid, normalised link, content hash) per source, so a source whose guids
 * go missing or start repeating degrades to links or hashes without storing its old posts a second time.
 */
export const sql = `
CREATE TABLE post_keys (
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  PRIMARY KEY (source_id, key)
) WITHOUT ROWID;
CREATE INDEX post_keys_post ON post_keys(post_id);
INSERT OR IGNORE INTO post_keys (source_id, key, post_id) SELECT source_id, dedupe_key, id FROM posts;
`
