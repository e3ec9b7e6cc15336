import type { CategoryId, PostScore, ScoreInput } from '../../../../electron/shared/domain.ts'
import { createScorer } from '../../../../electron/core/nlp/index.ts'

/** Rules-only scorer: the detector tests check the rule layer, independent of the trained model. */
export const rules = createScorer()

export function score(text: string, extra: Partial<ScoreInput> = {}): PostScore {
  return rules.score({ text, ...extra })
}

export function cats(s: PostScore): CategoryId[] {
  return s.categories.map((c) => c.id)
}

export function conf(s: PostScore, id: CategoryId): number {
  return s.categories.find((c) => c.id === id)?.confidence ?? 0
}
