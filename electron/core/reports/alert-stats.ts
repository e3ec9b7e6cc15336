/**
 * Alerts of the week with their response times. The lifecycle columns (acknowledged_at, resolved_at) come from the
 * alerts migration 0002; on a database without them the resolve time falls back to updated_at of closed alerts,
 * and the report says which basis it used.
 */
import type { Db } from '../store/db'
import type { RiskLevel } from '../../shared/domain'
import { ALERT_STATES, RISK_LEVELS } from '../../shared/domain'
import type { ReportAlertStats } from '../../shared/api-reports'
import type { WeekRange } from './week'
import type { Pseudonymiser } from './pseudonymise'

/** Median of a list of numbers (mean of the middle two for an even count), null for an empty list. */
export function median(xs: number[]): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function columns(db: Db): Set<string> {
  const rows = db.prepare('PRAGMA table_info(alerts)').all() as unknown as { name: string }[]
  return new Set(rows.map((r) => r.name))
}

const minutes = (from: string, to: string | null): number | null => {
  if (!to) return null
  const d = (Date.parse(to) - Date.parse(from)) / 60_000
  return Number.isFinite(d) && d >= 0 ? d : null
}

/** Counts and response times (minutes, median and max) of the alerts created in the week. */
export function alertStats(db: Db, w: WeekRange, ps: Pseudonymiser): ReportAlertStats {
  const cols = columns(db)
  const lifecycle = cols.has('acknowledged_at') && cols.has('resolved_at')
  const rows = db
    .prepare(
      `SELECT id, title, level, state, created_at, updated_at,
              ${lifecycle ? 'acknowledged_at, resolved_at' : 'NULL AS acknowledged_at, NULL AS resolved_at'}
       FROM alerts WHERE created_at >= ? AND created_at < ? ORDER BY level_rank DESC, created_at`
    )
    .all(w.from, w.to) as unknown as {
    id: number
    title: string
    level: RiskLevel
    state: string
    created_at: string
    updated_at: string
    acknowledged_at: string | null
    resolved_at: string | null
  }[]
  const byLevel = Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>
  const byState: Record<string, number> = Object.fromEntries(ALERT_STATES.map((s) => [s, 0]))
  const ack: number[] = []
  const res: number[] = []
  for (const r of rows) {
    byLevel[r.level] = (byLevel[r.level] ?? 0) + 1
    byState[r.state] = (byState[r.state] ?? 0) + 1
    const closed = r.state === 'afgerond' || r.state === 'vals_alarm'
    const a = minutes(r.created_at, lifecycle ? r.acknowledged_at : null)
    const z = minutes(r.created_at, lifecycle ? r.resolved_at : closed ? r.updated_at : null)
    if (a !== null) ack.push(a)
    if (z !== null) res.push(z)
  }
  return {
    total: rows.length,
    byLevel,
    byState,
    acknowledged: ack.length,
    acknowledgeMedianMinutes: median(ack),
    acknowledgeMaxMinutes: ack.length ? Math.max(...ack) : null,
    resolved: res.length,
    resolveMedianMinutes: median(res),
    resolveMaxMinutes: res.length ? Math.max(...res) : null,
    timingBasis: lifecycle ? 'columns' : rows.length ? 'updated_at' : 'none',
    items: rows.slice(0, 25).map((r) => ({
      id: r.id,
      title: ps.text(r.title),
      level: r.level,
      state: r.state,
      createdAt: r.created_at
    }))
  }
}
