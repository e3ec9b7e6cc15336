import type { Db } from './db'
import type { Alert, AlertNote, AlertState, CategoryId, RiskLevel } from '../../shared/domain'
import { levelRank } from '../../shared/domain'

interface AlertRow {
  id: number
  kind: Alert['kind']
  dedupe_key: string
  post_id: number | null
  thread_post_id: number | null
  level: RiskLevel
  level_rank: number
  categories: string
  title: string
  state: AlertState
  owner: string | null
  strategy_id: string | null
  created_at: string
  updated_at: string
  tags: string
  derailing: number
  holding_statement: string | null
  acknowledged_at: string | null
  resolved_at: string | null
  notified_rank: number
  notified_derailing: number
  last_notified_at: string | null
  escalated_at: string | null
  reminders: number
  last_reminder_at: string | null
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
    updatedAt: r.updated_at,
    tags: JSON.parse(r.tags) as string[],
    derailing: r.derailing === 1,
    acknowledgedAt: r.acknowledged_at,
    escalatedAt: r.escalated_at
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
  /** The thread crossed into derailing (sticky once set). */
  derailing?: boolean
}

/** Notification bookkeeping of an alert, for the notify stage and the reminder tick. */
export interface AlertNotifyState {
  alert: Alert
  holdingStatement: string | null
  notifiedRank: number
  notifiedDerailing: boolean
  lastNotifiedAt: string | null
  reminders: number
  lastReminderAt: string | null
}

const CLOSED = `('afgerond', 'vals_alarm')`

/** Alerts, one per thread or story (dedupe key), updated as the case evolves. */
export class AlertsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Creates the alert for a dedupe key, or raises the existing one when the new level is higher, categories grew or
   * the thread newly derails. Returns the alert and whether it was created or changed (so callers notify only on
   * change).
   */
  upsert(a: AlertUpsert, now: string): { alert: Alert; change: 'created' | 'raised' | 'none' } {
    const cur = this.row(a.dedupeKey)
    if (!cur) {
      const res = this.db
        .prepare(
          `INSERT INTO alerts (kind, dedupe_key, post_id, thread_post_id, level, level_rank, categories, title,
             strategy_id, derailing, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
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
          a.derailing ? 1 : 0,
          now,
          now
        )
      return { alert: this.get(Number(res.lastInsertRowid))!, change: 'created' }
    }
    const curCats = JSON.parse(cur.categories) as CategoryId[]
    const cats = [...new Set([...curCats, ...a.categories])]
    const higher = levelRank(a.level) > levelRank(cur.level)
    const derails = a.derailing === true && cur.derailing === 0
    if (!higher && !derails && cats.length === curCats.length)
      return { alert: toAlert(cur), change: 'none' }
    const level = higher ? a.level : cur.level
    // a derailing thread's strategy takes over from the single post's one
    const strategy = derails ? a.strategyId : (cur.strategy_id ?? a.strategyId)
    this.db
      .prepare(
        `UPDATE alerts SET level = ?, level_rank = ?, categories = ?, derailing = ?, strategy_id = ?, updated_at = ?
         WHERE id = ?`
      )
      .run(
        level,
        levelRank(level),
        JSON.stringify(cats),
        cur.derailing || derails ? 1 : 0,
        strategy,
        now,
        cur.id
      )
    return { alert: this.get(cur.id)!, change: 'raised' }
  }

  private row(dedupeKey: string): AlertRow | undefined {
    return this.db.prepare('SELECT * FROM alerts WHERE dedupe_key = ?').get(dedupeKey) as
      AlertRow | undefined
  }

  get(id: number): Alert | null {
    const row = this.db.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined
    return row ? toAlert(row) : null
  }

  getByKey(dedupeKey: string): Alert | null {
    const row = this.row(dedupeKey)
    return row ? toAlert(row) : null
  }

  list(opts: { state?: string; limit: number }): Alert[] {
    const rows = (opts.state
      ? this.db
          .prepare('SELECT * FROM alerts WHERE state = ? ORDER BY updated_at DESC, id DESC LIMIT ?')
          .all(opts.state, opts.limit)
      : this.db
          .prepare('SELECT * FROM alerts ORDER BY updated_at DESC, id DESC LIMIT ?')
          .all(opts.limit)) as unknown as AlertRow[]
    return rows.map(toAlert)
  }

  /** Every alert (for precision); small tables, so no paging. */
  all(): Alert[] {
    return (this.db.prepare('SELECT * FROM alerts ORDER BY id').all() as unknown as AlertRow[]).map(
      toAlert
    )
  }

  countOpen(): number {
    return Number(
      (
        this.db.prepare(`SELECT COUNT(*) AS n FROM alerts WHERE state NOT IN ${CLOSED}`).get() as {
          n: number
        }
      ).n
    )
  }

  holdingStatement(id: number): string | null {
    const r = this.db.prepare('SELECT holding_statement FROM alerts WHERE id = ?').get(id) as
      { holding_statement: string | null } | undefined
    return r?.holding_statement ?? null
  }

  setState(id: number, state: AlertState, now: string): void {
    this.db
      .prepare(
        `UPDATE alerts SET state = ?, updated_at = ?,
           acknowledged_at = CASE WHEN ? <> 'nieuw' THEN COALESCE(acknowledged_at, ?) ELSE acknowledged_at END,
           resolved_at = CASE WHEN ? IN ${CLOSED} THEN ? ELSE NULL END
         WHERE id = ?`
      )
      .run(state, now, state, now, state, now, id)
  }

  setOwner(id: number, owner: string | null, now: string): void {
    this.db.prepare('UPDATE alerts SET owner = ?, updated_at = ? WHERE id = ?').run(owner, now, id)
  }

  setTags(id: number, tags: string[], now: string): void {
    this.db
      .prepare('UPDATE alerts SET tags = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(tags), now, id)
  }

  setHoldingStatement(id: number, text: string, now: string): void {
    this.db
      .prepare('UPDATE alerts SET holding_statement = ?, updated_at = ? WHERE id = ?')
      .run(text, now, id)
  }

  /** Open alerts whose level or derailing flag is ahead of what was notified. */
  pendingNotify(limit = 100): AlertNotifyState[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM alerts WHERE state NOT IN ${CLOSED}
           AND (level_rank > notified_rank OR (derailing = 1 AND notified_derailing = 0))
         ORDER BY level_rank DESC, id LIMIT ?`
      )
      .all(limit) as unknown as AlertRow[]
    return rows.map(toNotifyState)
  }

  /** Escalated alerts nobody has acknowledged yet: candidates for a reminder. */
  unacknowledgedEscalated(): AlertNotifyState[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM alerts WHERE state = 'nieuw' AND escalated_at IS NOT NULL ORDER BY id`
      )
      .all() as unknown as AlertRow[]
    return rows.map(toNotifyState)
  }

  markNotified(
    id: number,
    rank: number,
    derailing: boolean,
    now: string,
    escalated: boolean
  ): void {
    this.db
      .prepare(
        `UPDATE alerts SET notified_rank = ?, notified_derailing = ?, last_notified_at = ?,
           escalated_at = CASE WHEN ? THEN COALESCE(escalated_at, ?) ELSE escalated_at END
         WHERE id = ?`
      )
      .run(rank, derailing ? 1 : 0, now, escalated ? 1 : 0, now, id)
  }

  addNote(alertId: number, actor: string, text: string, now: string): AlertNote {
    const res = this.db
      .prepare('INSERT INTO alert_notes (alert_id, at, actor, text) VALUES (?, ?, ?, ?)')
      .run(alertId, now, actor, text)
    this.db.prepare('UPDATE alerts SET updated_at = ? WHERE id = ?').run(now, alertId)
    return { id: Number(res.lastInsertRowid), alertId, at: now, actor, text }
  }

  notes(alertId: number): AlertNote[] {
    return (
      this.db
        .prepare('SELECT * FROM alert_notes WHERE alert_id = ? ORDER BY id')
        .all(alertId) as unknown as {
        id: number
        alert_id: number
        at: string
        actor: string
        text: string
      }[]
    ).map((r) => ({ id: r.id, alertId: r.alert_id, at: r.at, actor: r.actor, text: r.text }))
  }

  markReminded(id: number, now: string): void {
    this.db
      .prepare('UPDATE alerts SET reminders = reminders + 1, last_reminder_at = ? WHERE id = ?')
      .run(now, id)
  }
}

function toNotifyState(r: AlertRow): AlertNotifyState {
  return {
    alert: toAlert(r),
    holdingStatement: r.holding_statement,
    notifiedRank: r.notified_rank,
    notifiedDerailing: r.notified_derailing === 1,
    lastNotifiedAt: r.last_notified_at,
    reminders: r.reminders,
    lastReminderAt: r.last_reminder_at
  }
}
