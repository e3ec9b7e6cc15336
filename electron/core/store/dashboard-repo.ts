import type { Db } from './db'
import type { TimeSeries, TimeSeriesPoint } from '../../shared/api'
import type { CategoryId } from '../../shared/domain'
import { CATEGORY_IDS, RISK_LEVELS } from '../../shared/domain'

/** Aggregates for the dashboard's charts. Times are ISO strings in UTC; the renderer folds hours into local days. */
export class DashboardRepo {
  constructor(private readonly db: Db) {}

  /**
   * Volume, sentiment and risk per UTC hour for top-level posts published in [from, to), plus counts by category
   * and by level. Uses the published_at index for the range (`+parent_id` keeps SQLite off the unselective
   * posts_parent index), so it stays fast on a large database.
   */
  timeSeries(from: string, to: string): TimeSeries {
    const f = new Date(from).toISOString()
    const t = new Date(to).toISOString()
    const rows = this.db
      .prepare(
        `SELECT substr(p.published_at, 1, 13) AS hour, COUNT(*) AS posts,
           SUM(CASE WHEN sc.sentiment < -0.1 THEN 1 ELSE 0 END) AS negative,
           SUM(CASE WHEN sc.sentiment > 0.1 THEN 1 ELSE 0 END) AS positive,
           SUM(CASE WHEN sc.level_rank >= 2 THEN 1 ELSE 0 END) AS risky,
           AVG(sc.risk) AS mean_risk, AVG(sc.sentiment) AS mean_sentiment
         FROM posts p LEFT JOIN scores sc ON sc.post_id = p.id
         WHERE p.published_at >= ? AND p.published_at < ? AND +p.parent_id IS NULL
         GROUP BY hour ORDER BY hour`
      )
      .all(f, t) as unknown as {
      hour: string
      posts: number
      negative: number | null
      positive: number | null
      risky: number | null
      mean_risk: number | null
      mean_sentiment: number | null
    }[]
    const points: TimeSeriesPoint[] = rows.map((r) => ({
      hour: `${r.hour}:00:00.000Z`,
      posts: Number(r.posts),
      negative: Number(r.negative ?? 0),
      positive: Number(r.positive ?? 0),
      risky: Number(r.risky ?? 0),
      meanRisk: r.mean_risk === null ? null : Math.round(r.mean_risk * 10) / 10,
      meanSentiment: r.mean_sentiment === null ? null : Math.round(r.mean_sentiment * 1000) / 1000
    }))
    const cats = this.db
      .prepare(
        `SELECT json_extract(c.value, '$.id') AS category, COUNT(*) AS n
         FROM posts p JOIN scores sc ON sc.post_id = p.id, json_each(sc.categories) c
         WHERE p.published_at >= ? AND p.published_at < ? AND +p.parent_id IS NULL AND sc.level_rank >= 1
         GROUP BY category`
      )
      .all(f, t) as unknown as { category: string; n: number }[]
    const catCount = new Map(cats.map((c) => [c.category, Number(c.n)]))
    const levels = this.db
      .prepare(
        `SELECT sc.level_rank AS rank, COUNT(*) AS n FROM posts p JOIN scores sc ON sc.post_id = p.id
         WHERE p.published_at >= ? AND p.published_at < ? AND +p.parent_id IS NULL GROUP BY sc.level_rank`
      )
      .all(f, t) as unknown as { rank: number; n: number }[]
    const levelCount = new Map(levels.map((l) => [Number(l.rank), Number(l.n)]))
    return {
      points,
      byCategory: CATEGORY_IDS.map((category: CategoryId) => ({ category, count: catCount.get(category) ?? 0 })),
      byLevel: RISK_LEVELS.map((level, i) => ({ level, count: levelCount.get(i) ?? 0 }))
    }
  }
}
