/**
 * The learned layer: one logistic regression per category over sparse features, trained offline by
 * scripts/train.ts and shipped as JSON. Pure data in, numbers out; no natural classifier at run time,
 * because natural's classifiers serialise every training document and load slowly.
 */
import { readFileSync } from 'node:fs'
import { CATEGORY_IDS, type CategoryId } from '../../shared/domain.ts'
import { resolveResource } from './resources.ts'

export interface CategoryWeights {
  bias: number
  weights: Record<string, number>
}

export interface Model {
  version: string
  createdAt: string
  /** Categories the model was trained for; others fall back to the rule layer alone. */
  categories: Partial<Record<CategoryId, CategoryWeights>>
  training: { examples: number; sources: string[] }
  attribution: string[]
}

export interface TrainingExample {
  features: string[]
  labels: CategoryId[]
  /** Which categories this example may teach (positives and negatives); all when absent. */
  teaches?: CategoryId[]
  weight?: number
}

/** Read and check a model JSON file (default: resources/nlp/model.json). */
export function loadModel(path?: string): Model {
  const file = path ?? resolveResource('nlp/model.json')
  const data = JSON.parse(readFileSync(file, 'utf8')) as Model
  if (typeof data.version !== 'string' || typeof data.categories !== 'object')
    throw new Error(`Het taalmodel in ${file} is onleesbaar of van een onbekende versie.`)
  return data
}

let shipped: Model | null | undefined

/**
 * The shipped model (resources/nlp/model.json), read once per process: the engine rebuilds its scorer after every
 * settings or feedback change and must not read 1 MB of JSON each time. Undefined when the file is missing or
 * unreadable; the scorer then runs on its rules and says so in `modelVersion` ("rules-only").
 */
export function shippedModel(): Model | undefined {
  if (shipped === undefined) {
    try {
      shipped = loadModel()
    } catch {
      shipped = null
    }
  }
  return shipped ?? undefined
}

/** Probability per trained category for one feature list. */
export function predict(model: Model, features: string[]): Partial<Record<CategoryId, number>> {
  const out: Partial<Record<CategoryId, number>> = {}
  for (const id of CATEGORY_IDS) {
    const w = model.categories[id]
    if (!w) continue
    let z = w.bias
    for (const f of features) z += w.weights[f] ?? 0
    out[id] = 1 / (1 + Math.exp(-z))
  }
  return out
}

/**
 * Train per-category logistic regressions with SGD and L2, balancing positives and negatives.
 * Deterministic: examples are shuffled with a fixed seed.
 */
export function trainModel(
  examples: TrainingExample[],
  opts: {
    version: string
    epochs?: number
    rate?: number
    l2?: number
    sources?: string[]
    attribution?: string[]
  }
): Model {
  const epochs = opts.epochs ?? 20
  const rate = opts.rate ?? 0.15
  const l2 = opts.l2 ?? 1e-4
  const categories: Model['categories'] = {}
  for (const id of CATEGORY_IDS) {
    const rows = examples.filter((e) => !e.teaches || e.teaches.includes(id))
    const pos = rows.filter((e) => e.labels.includes(id)).length
    if (pos < 5) continue
    const neg = rows.length - pos
    const wPos = rows.length / (2 * pos)
    const wNeg = rows.length / (2 * Math.max(1, neg))
    const weights = new Map<string, number>()
    let bias = 0
    let seed = 12345
    const order = rows.map((_, i) => i)
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        const j = seed % (i + 1)
        ;[order[i], order[j]] = [order[j], order[i]]
      }
      const lr = rate / (1 + epoch * 0.3)
      for (const k of order) {
        const e = rows[k]
        const y = e.labels.includes(id) ? 1 : 0
        let z = bias
        for (const f of e.features) z += weights.get(f) ?? 0
        const p = 1 / (1 + Math.exp(-z))
        const g = (p - y) * (y ? wPos : wNeg) * (e.weight ?? 1)
        bias -= lr * g
        for (const f of e.features) {
          const w = weights.get(f) ?? 0
          weights.set(f, w - lr * (g + l2 * w))
        }
      }
    }
    const kept: Record<string, number> = {}
    for (const [f, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (Math.abs(w) >= 0.05) kept[f] = Math.round(w * 1000) / 1000
    categories[id] = { bias: Math.round(bias * 1000) / 1000, weights: kept }
  }
  return {
    version: opts.version,
    createdAt: new Date().toISOString(),
    categories,
    training: { examples: examples.length, sources: opts.sources ?? [] },
    attribution: opts.attribution ?? []
  }
}
