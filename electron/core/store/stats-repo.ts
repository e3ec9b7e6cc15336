import type { Db } from './db'

/** Counts for the dashboard's KPIs. Times are ISO strings in UTC. */
export class StatsRepo {
  constructor(private readonly db: Db) {}

  /**
   * Top-level posts published in [from, to) and how many of them scored negative sentiment. (`+parent_id`: use the
   * published_at range, not the unselective posts_parent index.)
   */
  volume(from: string, to: string): { posts: number; negative: number } {
    const row = this.db
      .prepare(
        // one story told by several sources counts once (cross-source duplicates share a story id)
        `SELECT COUNT(DISTINCT COALESCE(p.story_id, p.id)) AS posts,
           COUNT(DISTINCT CASE WHEN sc.sentiment < -0.1 THEN COALESCE(p.story_id, p.id) END) AS negative
         FROM posts p LEFT JOIN scores sc ON sc.post_id = p.id
         WHERE +p.parent_id IS NULL AND p.published_at >= ? AND p.published_at < ?`
      )
      .get(from, to) as { posts: number; negative: number | null }
    return { posts: Number(row.posts), negative: Number(row.negative ?? 0) }
  }
}
