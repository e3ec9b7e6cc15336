import type { TimeSeriesPoint } from '@shared/api'

export interface Bucket {
  /** Start of the bucket (local time). */
  start: Date
  posts: number
  negative: number
  positive: number
  risky: number
  /** Share of negative posts 0..1, null without posts. */
  negativeShare: number | null
  /** Post-weighted mean risk 0..100, null without scored posts. */
  meanRisk: number | null
}

/** Start of the local hour or local day that `d` falls in. */
export function bucketStart(d: Date, size: 'hour' | 'day'): Date {
  const s = new Date(d)
  s.setMinutes(0, 0, 0)
  if (size === 'day') s.setHours(0)
  return s
}

/**
 * Folds the engine's UTC hours into local hours or days from `from` to `to`, filling empty buckets with zeros so
 * the chart's x-axis is continuous. Local days follow the browser's time zone (Europe/Amsterdam at the school).
 */
export function foldSeries(points: TimeSeriesPoint[], from: Date, to: Date, size: 'hour' | 'day'): Bucket[] {
  const buckets: Bucket[] = []
  const index = new Map<number, Bucket>()
  const riskSum = new Map<number, { sum: number; n: number }>()
  for (let t = bucketStart(from, size); t < to; ) {
    const b: Bucket = { start: new Date(t), posts: 0, negative: 0, positive: 0, risky: 0, negativeShare: null, meanRisk: null }
    buckets.push(b)
    index.set(t.getTime(), b)
    const next = new Date(t)
    if (size === 'day') next.setDate(next.getDate() + 1)
    else next.setHours(next.getHours() + 1)
    t = next
  }
  for (const p of points) {
    const key = bucketStart(new Date(p.hour), size).getTime()
    const b = index.get(key)
    if (!b) continue
    b.posts += p.posts
    b.negative += p.negative
    b.positive += p.positive
    b.risky += p.risky
    if (p.meanRisk !== null) {
      const r = riskSum.get(key) ?? { sum: 0, n: 0 }
      r.sum += p.meanRisk * p.posts
      r.n += p.posts
      riskSum.set(key, r)
    }
  }
  for (const b of buckets) {
    b.negativeShare = b.posts ? b.negative / b.posts : null
    const r = riskSum.get(b.start.getTime())
    b.meanRisk = r && r.n ? Math.round((r.sum / r.n) * 10) / 10 : null
  }
  return buckets
}
