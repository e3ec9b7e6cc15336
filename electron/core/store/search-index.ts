import type { Db } from './db'
import { hasFts5 } from './db'

/**
 * Creates the full-text index over posts when this SQLite build has FTS5 (kept in sync by triggers), and reports
 * whether it exists. Builds without FTS5 fall back to LIKE search in the posts repository.
 */
export function ensureSearchIndex(db: Db): boolean {
  if (!hasFts5(db)) return false
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS posts_fts USING fts5(
      title, text, author, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER IF NOT EXISTS posts_fts_ai AFTER INSERT ON posts BEGIN
      INSERT INTO posts_fts(rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
    END;
    CREATE TRIGGER IF NOT EXISTS posts_fts_ad AFTER DELETE ON posts BEGIN
      INSERT INTO posts_fts(posts_fts, rowid, title, text, author) VALUES ('delete', old.id, old.title, old.text, old.author);
    END;
    CREATE TRIGGER IF NOT EXISTS posts_fts_au AFTER UPDATE OF title, text, author ON posts BEGIN
      INSERT INTO posts_fts(posts_fts, rowid, title, text, author) VALUES ('delete', old.id, old.title, old.text, old.author);
      INSERT INTO posts_fts(rowid, title, text, author) VALUES (new.id, new.title, new.text, new.author);
    END;
  `)
  return true
}

/** Turns user input into a safe FTS5 prefix query: each word quoted, so operators in the input do nothing. */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}@#_-]+/u)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => w.length > 0)
  if (words.length === 0) return null
  return words.map((w) => `"${w}"*`).join(' ')
}
