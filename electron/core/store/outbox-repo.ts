import type { Db } from './db'
import type { Delivery, DeliveryStatus } from '../../shared/domain'

interface OutboxRow {
  id: number
  channel: 'mail' | 'webhook'
  dedupe_key: string
  alert_id: number | null
  summary: string
  payload: string
  status: DeliveryStatus
  attempts: number
  attempt_id: string | null
  next_attempt_at: string
  last_error: string | null
  message_id: string | null
  created_at: string
  sent_at: string | null
}

/** A row as the dispatcher needs it (payload included: it never leaves the engine). */
export interface OutboxItem {
  id: number
  channel: 'mail' | 'webhook'
  dedupeKey: string
  alertId: number | null
  payload: unknown
  attempts: number
  status: DeliveryStatus
}

export interface NewOutboxRow {
  channel: 'mail' | 'webhook'
  dedupeKey: string
  alertId: number | null
  summary: string
  payload: unknown
}

function toDelivery(r: OutboxRow): Delivery {
  return {
    id: r.id,
    channel: r.channel,
    alertId: r.alert_id,
    summary: r.summary,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: r.status === 'sent' ? null : r.next_attempt_at,
    createdAt: r.created_at,
    sentAt: r.sent_at
  }
}

/**
 * The delivery outbox. A row moves pending → sending (claimed with an attempt id) → sent, or → failed (retried
 * later with backoff, never dropped). Every transition is a single guarded UPDATE, so two workers can never both
 * own a row and a stale worker cannot overwrite a newer attempt.
 */
export class OutboxRepo {
  constructor(private readonly db: Db) {}

  /** Adds a row unless one with the same dedupe key exists. Returns whether it was added. */
  enqueue(r: NewOutboxRow, now: string): boolean {
    const res = this.db
      .prepare(
        `INSERT INTO outbox (channel, dedupe_key, alert_id, summary, payload, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dedupe_key) DO NOTHING`
      )
      .run(r.channel, r.dedupeKey, r.alertId, r.summary, JSON.stringify(r.payload), now, now)
    return Number(res.changes) === 1
  }

  /** Rows due for a (re)try at `now`, oldest first. */
  due(now: string, limit = 20): OutboxItem[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM outbox WHERE status IN ('pending', 'failed') AND next_attempt_at <= ?
         ORDER BY next_attempt_at, id LIMIT ?`
      )
      .all(now, limit) as unknown as OutboxRow[]
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      dedupeKey: r.dedupe_key,
      alertId: r.alert_id,
      payload: JSON.parse(r.payload) as unknown,
      attempts: r.attempts,
      status: r.status
    }))
  }

  /** Earliest next attempt of an unsent row, or null when nothing waits. */
  nextDueAt(): string | null {
    const r = this.db
      .prepare(`SELECT MIN(next_attempt_at) AS t FROM outbox WHERE status IN ('pending', 'failed')`)
      .get() as { t: string | null }
    return r.t
  }

  /** Takes ownership of a row for one attempt; false when another attempt got it first. */
  claim(id: number, attemptId: string): boolean {
    const res = this.db
      .prepare(
        `UPDATE outbox SET status = 'sending', attempt_id = ?, attempts = attempts + 1
         WHERE id = ? AND status IN ('pending', 'failed')`
      )
      .run(attemptId, id)
    return Number(res.changes) === 1
  }

  markSent(id: number, attemptId: string, messageId: string | null, now: string): boolean {
    const res = this.db
      .prepare(
        `UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ?, last_error = NULL
         WHERE id = ? AND status = 'sending' AND attempt_id = ?`
      )
      .run(now, messageId, id, attemptId)
    return Number(res.changes) === 1
  }

  markFailed(id: number, attemptId: string, error: string, nextAttemptAt: string): boolean {
    const res = this.db
      .prepare(
        `UPDATE outbox SET status = 'failed', last_error = ?, next_attempt_at = ?
         WHERE id = ? AND status = 'sending' AND attempt_id = ?`
      )
      .run(error, nextAttemptAt, id, attemptId)
    return Number(res.changes) === 1
  }

  /**
   * After a crash, rows left in 'sending' were never confirmed: make them due again. Mail carries a stable
   * Message-ID so a receiver can drop the rare duplicate when the crash came after the server accepted it.
   */
  recoverStuck(now: string): number {
    const res = this.db
      .prepare(`UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE status = 'sending'`)
      .run(now)
    return Number(res.changes)
  }

  /** Makes an unsent row due now (the officer's "opnieuw proberen"). */
  retry(id: number, now: string): boolean {
    const res = this.db
      .prepare(
        `UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status IN ('pending', 'failed')`
      )
      .run(now, id)
    return Number(res.changes) === 1
  }

  get(id: number): Delivery | null {
    const r = this.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined
    return r ? toDelivery(r) : null
  }

  list(opts: { status?: DeliveryStatus; alertId?: number; limit?: number } = {}): Delivery[] {
    const where: string[] = []
    const args: (string | number)[] = []
    if (opts.status) {
      where.push('status = ?')
      args.push(opts.status)
    }
    if (opts.alertId !== undefined) {
      where.push('alert_id = ?')
      args.push(opts.alertId)
    }
    const sql = `SELECT * FROM outbox ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY id DESC LIMIT ?`
    return (this.db.prepare(sql).all(...args, opts.limit ?? 200) as unknown as OutboxRow[]).map(
      toDelivery
    )
  }

  /** Plain copies of mails about one alert, for the dossier (§4: correspondence goes into the dossier). */
  mailsFor(alertId: number): { delivery: Delivery; subject: string; to: string[]; text: string }[] {
    const rows = this.db
      .prepare(`SELECT * FROM outbox WHERE alert_id = ? AND channel = 'mail' ORDER BY id`)
      .all(alertId) as unknown as OutboxRow[]
    return rows.map((r) => {
      const p = JSON.parse(r.payload) as {
        subject?: string
        to?: string[]
        cc?: string[]
        text?: string
      }
      return {
        delivery: toDelivery(r),
        subject: p.subject ?? '',
        to: [...(p.to ?? []), ...(p.cc ?? [])],
        text: p.text ?? ''
      }
    })
  }
}
