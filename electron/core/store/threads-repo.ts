import type { Db } from './db'
import type { ThreadDerailing } from '../../shared/domain'
import type { ThreadSummary } from '../../shared/api'

interface ThreadRow {
  root_post_id: number
  derailing_index: number
  trajectory: string
  turning_point: number | null
  explanation: string
  derailing: number
  comment_count: number
  updated_at: string
  title: string
  source_name: string
}

const SELECT = `SELECT t.*, p.title, s.name AS source_name FROM threads t
  JOIN posts p ON p.id = t.root_post_id JOIN sources s ON s.id = p.source_id`

function toSummary(r: ThreadRow): ThreadSummary {
  return {
    rootPostId: r.root_post_id,
    title: r.title,
    sourceName: r.source_name,
    commentCount: r.comment_count,
    updatedAt: r.updated_at,
    derailing: {
      index: r.derailing_index,
      trajectory: JSON.parse(r.trajectory) as number[],
      turningPoint: r.turning_point,
      explanation: r.explanation,
      derailing: r.derailing === 1
    }
  }
}

/** Derailing state per thread (a root post with its comments). */
export class ThreadsRepo {
  constructor(private readonly db: Db) {}

  save(rootPostId: number, d: ThreadDerailing, commentCount: number, at: string): void {
    this.db
      .prepare(
        `INSERT INTO threads (root_post_id, derailing_index, trajectory, turning_point, explanation, derailing, comment_count, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(root_post_id) DO UPDATE SET derailing_index = excluded.derailing_index,
           trajectory = excluded.trajectory, turning_point = excluded.turning_point, explanation = excluded.explanation,
           derailing = excluded.derailing, comment_count = excluded.comment_count, updated_at = excluded.updated_at`
      )
      .run(
        rootPostId,
        d.index,
        JSON.stringify(d.trajectory),
        d.turningPoint,
        d.explanation,
        d.derailing ? 1 : 0,
        commentCount,
        at
      )
  }

  get(rootPostId: number): ThreadSummary | null {
    const row = this.db.prepare(`${SELECT} WHERE t.root_post_id = ?`).get(rootPostId) as
      | ThreadRow
      | undefined
    return row ? toSummary(row) : null
  }

  /** Threads, most derailed and most recently active first. */
  list(limit: number): ThreadSummary[] {
    const rows = this.db
      .prepare(`${SELECT} ORDER BY t.derailing DESC, t.updated_at DESC LIMIT ?`)
      .all(limit) as unknown as ThreadRow[]
    return rows.map(toSummary)
  }

  countDerailing(): number {
    return Number(
      (this.db.prepare('SELECT COUNT(*) AS n FROM threads WHERE derailing = 1').get() as { n: number }).n
    )
  }
}
