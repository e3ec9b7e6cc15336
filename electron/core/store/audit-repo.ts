import { createHash } from 'node:crypto'
import type { Db } from './db'
import type { AuditEntry } from '../../shared/domain'

interface AuditRow {
  id: number
  alert_id: number | null
  at: string
  actor: string
  action: string
  detail: string
  prev_hash: string
  hash: string
}

const GENESIS = '0'.repeat(64)

/** The canonical form a row's hash covers: every field but the hashes, in a fixed order. */
export function canonicalAuditRow(r: {
  id: number
  alertId: number | null
  at: string
  actor: string
  action: string
  detail: string
}): string {
  return JSON.stringify([r.id, r.alertId, r.at, r.actor, r.action, r.detail])
}

function hashOf(prev: string, canonical: string): string {
  return createHash('sha256')
    .update(prev + canonical)
    .digest('hex')
}

/** Result of verifying the chain: ok, or the first row that does not match. */
export type AuditVerification =
  { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; reason: string }

/**
 * The append-only audit log. Each row's hash = sha256(prev_hash + canonical row), so editing, deleting or inserting
 * a row anywhere breaks the chain from that row on; triggers refuse UPDATE and DELETE through SQL.
 */
export class AuditRepo {
  constructor(private readonly db: Db) {}

  /** Appends one entry; must run inside the caller's transaction when it records part of a larger change. */
  append(
    e: { alertId: number | null; actor: string; action: string; detail?: Record<string, unknown> },
    at: string
  ): AuditEntry {
    const last = this.db
      .prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1')
      .get() as { id: number; hash: string } | undefined
    const prev = last?.hash ?? GENESIS
    const id = (last?.id ?? 0) + 1
    const detail = JSON.stringify(e.detail ?? {})
    const hash = hashOf(
      prev,
      canonicalAuditRow({ id, alertId: e.alertId, at, actor: e.actor, action: e.action, detail })
    )
    this.db
      .prepare(
        'INSERT INTO audit_log (id, alert_id, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
      )
      .run(id, e.alertId, at, e.actor, e.action, detail, prev, hash)
    return {
      id,
      alertId: e.alertId,
      at,
      actor: e.actor,
      action: e.action,
      detail: e.detail ?? {},
      hash
    }
  }

  forAlert(alertId: number): AuditEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM audit_log WHERE alert_id = ? ORDER BY id')
      .all(alertId) as unknown as AuditRow[]
    return rows.map((r) => ({
      id: r.id,
      alertId: r.alert_id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      hash: r.hash
    }))
  }

  /** Recomputes the whole chain; reports the first row whose hash or link does not match. */
  verify(): AuditVerification {
    let prev = GENESIS
    let n = 0
    let expectId = 1
    for (const r of this.db
      .prepare('SELECT * FROM audit_log ORDER BY id')
      .iterate() as Iterable<AuditRow>) {
      n++
      if (r.id !== expectId)
        return { ok: false, rows: n, brokenAt: r.id, reason: 'ontbrekende regel vóór deze' }
      if (r.prev_hash !== prev)
        return { ok: false, rows: n, brokenAt: r.id, reason: 'schakel met vorige regel klopt niet' }
      const h = hashOf(
        prev,
        canonicalAuditRow({
          id: r.id,
          alertId: r.alert_id,
          at: r.at,
          actor: r.actor,
          action: r.action,
          detail: r.detail
        })
      )
      if (h !== r.hash) return { ok: false, rows: n, brokenAt: r.id, reason: 'inhoud gewijzigd' }
      prev = r.hash
      expectId++
    }
    return { ok: true, rows: n }
  }
}
