import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { openDatabase, transaction } from '../../../../electron/core/store/db'
import { ensureSearchIndex, toFtsQuery } from '../../../../electron/core/store/search-index'
import { tempDir } from '../../../helpers/tmp'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys and the current schema version', () => {
    const t = tempDir()
    cleanup = t.cleanup
    const db = openDatabase(join(t.dir, 'sub', 'u.db'))
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal')
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1)
    expect((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBeGreaterThan(0)
    db.close()
  })

  it('applies only newer migrations on reopen, keeping data', () => {
    const t = tempDir()
    cleanup = t.cleanup
    const path = join(t.dir, 'u.db')
    const db = openDatabase(path)
    db.prepare(`INSERT INTO settings (key, value) VALUES ('a', '1')`).run()
    db.close()
    const extra = [{ version: 999, sql: 'CREATE TABLE extra (x INTEGER)' }]
    const db2 = openDatabase(path, { migrations: extra })
    expect(db2.prepare('SELECT value FROM settings WHERE key = ?').get('a')).toEqual({ value: '1' })
    db2.prepare('INSERT INTO extra (x) VALUES (1)').run()
    db2.close()
    // reopening with the same migration does not run it again (it would fail: table exists)
    const db3 = openDatabase(path, { migrations: extra })
    expect((db3.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(999)
    db3.close()
  })

  it('rolls back a failed transaction completely', () => {
    const db = openDatabase(':memory:')
    expect(() =>
      transaction(db, () => {
        db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run()
        throw new Error('boom')
      })
    ).toThrow('boom')
    expect(db.prepare(`SELECT COUNT(*) AS n FROM settings`).get()).toEqual({ n: 0 })
  })

  it('enforces foreign keys', () => {
    const db = openDatabase(':memory:')
    expect(() =>
      db
        .prepare(
          `INSERT INTO posts (source_id, dedupe_key, content_hash, published_at, fetched_at) VALUES (42, 'k', 'h', 'x', 'x')`
        )
        .run()
    ).toThrow(/FOREIGN KEY/)
  })
})

describe('search index', () => {
  it('indexes posts when FTS5 exists and quotes user input', () => {
    const db = new DatabaseSync(':memory:')
    const mem = openDatabase(':memory:')
    expect(typeof ensureSearchIndex(mem)).toBe('boolean')
    db.close()
    expect(toFtsQuery('Almere "College" OR x*')).toBe('"Almere"* "College"* "OR"* "x"*')
    expect(toFtsQuery('  !!  ')).toBeNull()
  })
})
