import type { Db } from './db'
import { transaction } from './db'
import type { Source, SourceHealth, SourceKind } from '../../shared/domain'
import type { SourceWithHealth } from '../../shared/api'

interface SourceRow {
  id: number
  name: string
  url: string
  kind: SourceKind
  interval_seconds: number
  paused: number
  watch_terms: string
  exclude_terms: string
  preset: string | null
  parent_post_id: number | null
  created_at: string
  etag: string | null
  last_modified: string | null
  last_success_at: string | null
  last_attempt_at: string | null
  last_error: string | null
  last_error_detail: string | null
  last_error_code: string | null
  consecutive_failures: number | null
  items_seen: number | null
  next_poll_at: string | null
  repaired: number | null
  dedupe_mode: string | null
  redirect_target: string | null
  redirect_count: number | null
}

/** Poll state that the poller reads before and writes after each fetch. */
export interface SourcePollState {
  etag: string | null
  lastModified: string | null
  consecutiveFailures: number
  dedupeMode: string
  redirectTarget: string | null
  redirectCount: number
}

export interface NewSource {
  name: string
  url: string
  kind: SourceKind
  intervalSeconds: number
  watchTerms: string[]
  excludeTerms: string[]
  preset?: string | null
  parentPostId?: number | null
}

const SELECT = `SELECT s.*, st.etag, st.last_modified, st.last_success_at, st.last_attempt_at, st.last_error,
  st.last_error_detail, st.last_error_code, st.consecutive_failures, st.items_seen, st.next_poll_at, st.repaired,
  st.dedupe_mode, st.redirect_target, st.redirect_count
  FROM sources s LEFT JOIN source_state st ON st.source_id = s.id`

function toSource(r: SourceRow): SourceWithHealth & { parentPostId: number | null } {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    kind: r.kind,
    intervalSeconds: r.interval_seconds,
    paused: r.paused === 1,
    watchTerms: JSON.parse(r.watch_terms) as string[],
    excludeTerms: JSON.parse(r.exclude_terms) as string[],
    createdAt: r.created_at,
    parentPostId: r.parent_post_id,
    health: toHealth(r)
  }
}

function toHealth(r: SourceRow): SourceHealth {
  return {
    sourceId: r.id,
    lastSuccessAt: r.last_success_at,
    lastAttemptAt: r.last_attempt_at,
    lastError: r.last_error,
    lastErrorDetail: r.last_error_detail,
    consecutiveFailures: r.consecutive_failures ?? 0,
    itemsSeen: r.items_seen ?? 0,
    nextPollAt: r.next_poll_at,
    repaired: r.repaired === 1
  }
}

/** Sources and their poll state. */
export class SourcesRepo {
  constructor(private readonly db: Db) {}

  /** Adds a source (or returns the existing one with the same URL) with an empty poll state, due at once. */
  add(s: NewSource, now: string): SourceWithHealth {
    return transaction(this.db, () => {
      const existing = this.db.prepare('SELECT id FROM sources WHERE url = ?').get(s.url) as
        | { id: number }
        | undefined
      if (existing) return this.get(existing.id)!
      const res = this.db
        .prepare(
          `INSERT INTO sources (name, url, kind, interval_seconds, watch_terms, exclude_terms, preset, parent_post_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          s.name,
          s.url,
          s.kind,
          s.intervalSeconds,
          JSON.stringify(s.watchTerms),
          JSON.stringify(s.excludeTerms),
          s.preset ?? null,
          s.parentPostId ?? null,
          now
        )
      const id = Number(res.lastInsertRowid)
      this.db.prepare('INSERT INTO source_state (source_id, next_poll_at) VALUES (?, ?)').run(id, now)
      return this.get(id)!
    })
  }

  get(id: number): (SourceWithHealth & { parentPostId: number | null }) | null {
    const row = this.db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SourceRow | undefined
    return row ? toSource(row) : null
  }

  /** Top-level sources (not the comment feeds the engine follows by itself), oldest first. */
  list(): SourceWithHealth[] {
    const rows = this.db.prepare(`${SELECT} WHERE s.parent_post_id IS NULL ORDER BY s.id`).all() as unknown as SourceRow[]
    return rows.map(toSource)
  }

  /** Every source, comment feeds included. */
  listAll(): (SourceWithHealth & { parentPostId: number | null })[] {
    const rows = this.db.prepare(`${SELECT} ORDER BY s.id`).all() as unknown as SourceRow[]
    return rows.map(toSource)
  }

  /** Sources due for a poll at `now`, not paused, most overdue first. */
  due(now: string, limit = 100): (SourceWithHealth & { parentPostId: number | null })[] {
    const rows = this.db
      .prepare(
        `${SELECT} WHERE s.paused = 0 AND (st.next_poll_at IS NULL OR st.next_poll_at <= ?)
         ORDER BY st.next_poll_at LIMIT ?`
      )
      .all(now, limit) as unknown as SourceRow[]
    return rows.map(toSource)
  }

  /** The earliest next poll among active sources, for the scheduler's sleep. */
  nextDueAt(): string | null {
    const row = this.db
      .prepare(
        `SELECT MIN(st.next_poll_at) AS at FROM sources s JOIN source_state st ON st.source_id = s.id WHERE s.paused = 0`
      )
      .get() as { at: string | null }
    return row.at
  }

  pollState(id: number): SourcePollState {
    const r = this.db.prepare('SELECT * FROM source_state WHERE source_id = ?').get(id) as
      | SourceRow
      | undefined
    return {
      etag: r?.etag ?? null,
      lastModified: r?.last_modified ?? null,
      consecutiveFailures: r?.consecutive_failures ?? 0,
      dedupeMode: r?.dedupe_mode ?? 'guid',
      redirectTarget: r?.redirect_target ?? null,
      redirectCount: r?.redirect_count ?? 0
    }
  }

  /** Writes the outcome of a poll. Call inside the transaction that stored the poll's posts. */
  recordPoll(
    id: number,
    o: {
      at: string
      ok: boolean
      etag?: string | null
      lastModified?: string | null
      error?: { message: string; detail: string; code: string } | null
      newItems: number
      nextPollAt: string
      repaired?: boolean
      dedupeMode?: string
      redirectTarget?: string | null
      redirectCount?: number
    }
  ): void {
    if (o.ok) {
      this.db
        .prepare(
          `UPDATE source_state SET etag = ?, last_modified = ?, last_success_at = ?, last_attempt_at = ?,
             last_error = NULL, last_error_detail = NULL, last_error_code = NULL, consecutive_failures = 0,
             items_seen = items_seen + ?, next_poll_at = ?, repaired = ?, dedupe_mode = COALESCE(?, dedupe_mode),
             redirect_target = ?, redirect_count = ?
           WHERE source_id = ?`
        )
        .run(
          o.etag ?? null,
          o.lastModified ?? null,
          o.at,
          o.at,
          o.newItems,
          o.nextPollAt,
          o.repaired ? 1 : 0,
          o.dedupeMode ?? null,
          o.redirectTarget ?? null,
          o.redirectCount ?? 0,
          id
        )
    } else {
      this.db
        .prepare(
          `UPDATE source_state SET last_attempt_at = ?, last_error = ?, last_error_detail = ?, last_error_code = ?,
             consecutive_failures = consecutive_failures + 1, next_poll_at = ? WHERE source_id = ?`
        )
        .run(o.at, o.error?.message ?? null, o.error?.detail ?? null, o.error?.code ?? null, o.nextPollAt, id)
    }
  }

  update(id: number, patch: Partial<NewSource> & { paused?: boolean }): SourceWithHealth | null {
    const cur = this.get(id)
    if (!cur) return null
    this.db
      .prepare(
        `UPDATE sources SET name = ?, url = ?, kind = ?, interval_seconds = ?, watch_terms = ?, exclude_terms = ?,
           paused = ? WHERE id = ?`
      )
      .run(
        patch.name ?? cur.name,
        patch.url ?? cur.url,
        patch.kind ?? cur.kind,
        patch.intervalSeconds ?? cur.intervalSeconds,
        JSON.stringify(patch.watchTerms ?? cur.watchTerms),
        JSON.stringify(patch.excludeTerms ?? cur.excludeTerms),
        (patch.paused ?? cur.paused) ? 1 : 0,
        id
      )
    return this.get(id)
  }

  /** Makes a source due now (for "probeer nu" and "poll all"). */
  makeDue(id: number | undefined, now: string): number {
    const res =
      id === undefined
        ? this.db.prepare('UPDATE source_state SET next_poll_at = ?').run(now)
        : this.db.prepare('UPDATE source_state SET next_poll_at = ? WHERE source_id = ?').run(now, id)
    return Number(res.changes)
  }

  remove(id: number): boolean {
    return Number(this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes) > 0
  }

  findByUrl(url: string): Source | null {
    const row = this.db.prepare(`${SELECT} WHERE s.url = ?`).get(url) as SourceRow | undefined
    return row ? toSource(row) : null
  }
}
