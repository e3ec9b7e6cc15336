import type { Db } from './db'
import type { CategoryId, FeedbackRow } from '../../shared/domain'

interface Row {
  kind: FeedbackRow['kind']
  category: CategoryId | null
  correct_category: CategoryId | null
  source: string | null
  terms: string
}

/** Officer feedback on scores (false alarm, wrong category, missed), kept on the device. */
export class FeedbackRepo {
  constructor(private readonly db: Db) {}

  add(
    f: FeedbackRow & { postId: number | null; alertId: number | null; note?: string | null },
    at: string
  ): number {
    const res = this.db
      .prepare(
        `INSERT INTO feedback (post_id, alert_id, kind, category, correct_category, source, terms, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        f.postId,
        f.alertId,
        f.kind,
        f.category,
        f.correctCategory,
        f.source,
        JSON.stringify(f.terms),
        f.note ?? null,
        at
      )
    return Number(res.lastInsertRowid)
  }

  /** Every row, oldest first, in the shape nlp's buildAdjustments takes. */
  rows(): FeedbackRow[] {
    const rows = this.db
      .prepare('SELECT kind, category, correct_category, source, terms FROM feedback ORDER BY id')
      .all() as unknown as Row[]
    return rows.map((r) => ({
      kind: r.kind,
      category: r.category,
      correctCategory: r.correct_category,
      source: r.source,
      terms: JSON.parse(r.terms) as string[]
    }))
  }

  count(): number {
    return Number((this.db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n)
  }
}
