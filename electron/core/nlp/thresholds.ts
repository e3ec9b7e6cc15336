/**
 * The one place where scores become levels. Change calibration here only.
 * Levels were set so that "hoog" needs a confident, targeted signal (a threat, a slur at someone, doxxing);
 * an untargeted or weak cue stays at "laag".
 */
import type { CategoryId, RiskLevel } from '../../shared/domain.ts'

/** Lower bound of each level on the 0..100 risk scale. */
export const LEVEL_FLOORS: { level: RiskLevel; min: number }[] = [
  { level: 'kritiek', min: 80 },
  { level: 'hoog', min: 60 },
  { level: 'middel', min: 40 },
  { level: 'laag', min: 15 },
  { level: 'geen', min: 0 }
]

/** Highest risk a category can reach at confidence 1 (from the typical severity in PRODUCT.md). */
export const CATEGORY_CEILING: Record<CategoryId, number> = {
  threat: 100,
  bullying: 85,
  harassment: 88,
  defamation: 80,
  personal_info: 95,
  media_without_consent: 92,
  staff_conduct: 55,
  negative_press: 55
}

/** A category is reported when its confidence reaches this (before feedback shifts). */
export const CATEGORY_MIN_CONFIDENCE = 0.3

/** How the rule layer and the learned layer are blended: conf = max(rule·(a + b·p), c·p). */
export const BLEND = { ruleBase: 0.7, ruleModel: 0.3, modelOnly: 0.8 }

/** Map a 0..100 risk to its level. */
export function levelFor(risk: number): RiskLevel {
  for (const f of LEVEL_FLOORS) if (risk >= f.min) return f.level
  return 'geen'
}

/** Thread derailing: index at or above this counts as derailing. */
export const DERAIL_THRESHOLD = 50
/** A comment counts as risky for the thread from this post risk. */
export const RISKY_COMMENT = 40
