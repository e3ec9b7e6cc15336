/**
 * Local Dutch risk scoring and thread derailing for Uitkijk. Imports only natural submodules (never its
 * index, which loads database clients and prints dotenv banners).
 */
import { loadModel as loadModelFile, type Model } from './model.ts'
export { shippedModel } from './model.ts'

export { createScorer, analyse, type Scorer, type ScorerOptions } from './scorer.ts'
export { buildAdjustments, EMPTY_ADJUSTMENTS, type FeedbackAdjustments } from './feedback.ts'
export type { StaffRegister } from './detect-school.ts'
export { resolveResource } from './resources.ts'
export { scoreThread } from './thread.ts'
export { detectSpikes, hourOfWeek, type SpikeOptions, type HourlyCount } from './spikes.ts'
export { scoreJsonlLine, scoreThreadJson } from './cli.ts'
export { levelFor } from './thresholds.ts'
export { isValidBsn } from './detect-privacy.ts'
export type { Model } from './model.ts'
export { MODEL_VERSION } from './version.ts'

/** Load the trained model (default resources/nlp/model.json, found via resolveResource). */
export function loadModel(path?: string): Model {
  return loadModelFile(path)
}
