/**
 * Officer feedback turned into on-device adjustments: no retraining, just a few numbers the scorer applies.
 */
import type { CategoryId, FeedbackRow } from '../../shared/domain.ts'

export interface FeedbackAdjustments {
  /** Multiplier on every confidence for posts from this source (false alarms from a source make it quieter). */
  sourceFactor: Record<string, number>
  /** Multiplier for a category whose evidence contains a term; key `category|term`, category `*` for all. */
  termFactor: Record<string, number>
  /** Added to a category's minimum confidence (positive = stricter). */
  categoryShift: Partial<Record<CategoryId, number>>
  /** Terms the officer said were missed: their presence gives the category this confidence. */
  boostTerms: { term: string; category: CategoryId; confidence: number }[]
}

export const EMPTY_ADJUSTMENTS: FeedbackAdjustments = {
  sourceFactor: {},
  termFactor: {},
  categoryShift: {},
  boostTerms: []
}

const SHIFT_STEP = 0.03
const SHIFT_MAX = 0.25

/** Build the adjustments from stored feedback rows; the same rows always give the same object. */
export function buildAdjustments(rows: FeedbackRow[]): FeedbackAdjustments {
  const sourceCount = new Map<string, number>()
  const termCount = new Map<string, number>()
  const shift = new Map<CategoryId, number>()
  const boost = new Map<string, { term: string; category: CategoryId; n: number }>()
  const bump = (c: CategoryId | null, d: number) => {
    if (c) shift.set(c, (shift.get(c) ?? 0) + d)
  }
  for (const r of rows) {
    const terms = r.terms.map((t) => t.trim().toLowerCase()).filter(Boolean)
    if (r.kind === 'false_alarm') {
      if (r.source) sourceCount.set(r.source, (sourceCount.get(r.source) ?? 0) + 1)
      for (const t of terms) inc(termCount, `${r.category ?? '*'}|${t}`)
      bump(r.category, SHIFT_STEP)
    } else if (r.kind === 'wrong_category') {
      for (const t of terms) if (r.category) inc(termCount, `${r.category}|${t}`)
      bump(r.category, SHIFT_STEP)
      bump(r.correctCategory, -SHIFT_STEP)
      if (r.correctCategory) for (const t of terms) addBoost(boost, t, r.correctCategory)
    } else {
      bump(r.correctCategory ?? r.category, -SHIFT_STEP)
      const c = r.correctCategory ?? r.category
      if (c) for (const t of terms) addBoost(boost, t, c)
    }
  }
  const sourceFactor: Record<string, number> = {}
  for (const [s, n] of sourceCount) sourceFactor[s] = Math.max(0.5, 0.9 ** n)
  const termFactor: Record<string, number> = {}
  for (const [k, n] of termCount) termFactor[k] = Math.max(0.2, 0.6 ** n)
  const categoryShift: Partial<Record<CategoryId, number>> = {}
  for (const [c, v] of shift)
    if (v) categoryShift[c] = Math.max(-SHIFT_MAX, Math.min(SHIFT_MAX, Math.round(v * 1000) / 1000))
  const boostTerms = [...boost.values()].map((b) => ({
    term: b.term,
    category: b.category,
    confidence: Math.min(0.75, 0.45 + 0.1 * (b.n - 1))
  }))
  return { sourceFactor, termFactor, categoryShift, boostTerms }
}

function inc(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1)
}

function addBoost(
  m: Map<string, { term: string; category: CategoryId; n: number }>,
  term: string,
  category: CategoryId
): void {
  const k = `${category}|${term}`
  const b = m.get(k)
  if (b) b.n++
  else m.set(k, { term, category, n: 1 })
}
