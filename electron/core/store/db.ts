import { DatabaseSync } from 'node:sqlite'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { MIGRATIONS } from './migrations/index'

export type Db = DatabaseSync

export interface OpenOptions {
  /** Extra migrations after the built-in ones (tests use this to prove upgrades). */
  migrations?: { version: number; sql: string }[]
}

/**
 * Opens (creating if needed) the Uitkijk database: WAL journal, foreign keys on, a busy timeout so a second
 * process (the CLI next to a running app) waits instead of failing, and all pending migrations applied.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new DatabaseSync(path)
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA foreign_keys = ON')
  db.exec('PRAGMA busy_timeout = 5000')
  db.exec('PRAGMA synchronous = NORMAL')
  migrate(db, [...MIGRATIONS, ...(opts.migrations ?? [])])
  return db
}

/** Applies every migration newer than `PRAGMA user_version`, each in its own transaction. */
export function migrate(db: Db, migrations: { version: number; sql: string }[]): number {
  const current = Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version)
  let applied = current
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= applied) continue
    transaction(db, () => {
      db.exec(m.sql)
      db.exec(`PRAGMA user_version = ${m.version}`)
    })
    applied = m.version
  }
  return applied
}

/** Runs `fn` in one transaction; rolls back and rethrows on error. Nested calls join the outer transaction. */
export function transaction<T>(db: Db, fn: () => T): T {
  if (db.isTransaction) return fn()
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = fn()
    db.exec('COMMIT')
    return result
  } catch (err) {
    db.exec('ROLLBACK')
    throw err
  }
}

/** True when this SQLite build has FTS5; search falls back to LIKE where it has not. */
export function hasFts5(db: Db): boolean {
  try {
    db.exec('CREATE VIRTUAL TABLE temp.__fts5_probe USING fts5(x)')
    db.exec('DROP TABLE temp.__fts5_probe')
    return true
  } catch {
    return false
  }
}
