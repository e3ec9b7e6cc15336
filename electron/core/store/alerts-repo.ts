import type { Db } from './db'
import type { Alert, AlertState, CategoryId, RiskLevel } from '../../shared/domain'
import { levelRank } from '../../shared/domain'

interface AlertRow {
  id: number
  kind: Alert['kind']
  dedupe_key: string
  post_id: number | null
  thread_post_id: number | null
  level: RiskLevel
  categories: string
  title: string
  state: AlertState
  owner: string | null
  strategy_id: string | null
  created_at: string
  updated_at: string
}

function toAlert(r: AlertRow): Alert {
  return {
    id: r.id,
    kind: r.kind,
    postId: r.post_id,
    threadPostId: r.thread_post_id,
    level: r.level,
    categories: JSON.parse(r.categories) as CategoryId[],
    title: r.title,
    state: r.state,
    owner: r.owner,
    strategyId: r.strategy_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

export interface AlertUpsert {
  kind: Alert['kind']
  dedupeKey: string
  postId: number | null
  threadPostId: number | null
  level: RiskLevel
  categories: CategoryId[]
  title: string
  strategyId: string | null
}

/** Alerts, one per thread or story (dedupe key), updated as the case evolves. */
export class AlertsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Creates the alert for a dedupe key, or raises the existing one when the new level is higher or categories grew.
   * Returns the alert and whether it was created or changed (so callers notify only on change).
   */
  upsert(a: AlertUpsert, now: string): { alert: Alert; change: 'created' | 'raised' | 'none' } {
    const cur = this.db.prepare('SELECT * FROM alerts WHERE dedupe_key = ?').get(a.dedupeKey) as
      | AlertRow
      | undefined
    if (!cur) {
      const res = this.db
        .prepare(
          `INSERT INTO alerts (kind, dedupe_key, post_id, thread_post_id, level, level_rank, categories, title, strategy_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        )
        .run(
          a.kind,
          a.dedupeKey,
          a.postId,
          a.threadPostId,
          a.level,
          levelRank(a.level),
          JSON.stringify(a.categories),
          a.title,
          a.strategyId,
          now,
          now
        )
      return { alert: this.get(Number(res.lastInsertRowid))!, change: 'created' }
    }
    const curCats = JSON.parse(cur.categories) as CategoryId[]
    const cats = [...new Set([...curCats, ...a.categories])]
    const raised = levelRank(a.level) > levelRank(cur.level) || cats.length > curCats.length
    if (!raised) return { alert: toAlert(cur), change: 'none' }
    const level = levelRank(a.level) > levelRank(cur.level) ? a.level : cur.level
    this.db
      .prepare('UPDATE alerts SET level = ?, level_rank = ?, categories = ?, updated_at = ? WHERE id = ?')
      .run(level, levelRank(level), JSON.stringify(cats), now, cur.id)
    return { alert: this.get(cur.id)!, change: 'raised' }
  }

  get(id: number): Alert | null {
    const row = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined
    return row ? toAlert(row) : null
  }

  list(opts: { state?: string; limit: number }): Alert[] {
    const rows = (
      opts.state
        ? this.db
            .prepare('SELECT * FROM alerts WHERE state = ? ORDER BY updated_at DESC LIMIT ?')
            .all(opts.state, opts.limit)
        : this.db.prepare('SELECT * FROM alerts ORDER BY updated_at DESC LIMIT ?').all(opts.limit)
    ) as unknown as AlertRow[]
    return rows.map(toAlert)
  }

  countOpen(): number {
    return Number(
      (
        this.db
          .prepare(`SELECT COUNT(*) AS n FROM alerts WHERE state NOT IN ('afgerond', 'vals_alarm')`)
          .get() as { n: number }
      ).n
    )
  }
}
