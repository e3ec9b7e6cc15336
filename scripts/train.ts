/**
 * Train the learned layer and write resources/nlp/model.json.
 * Data: data/nlp-school/train.jsonl (the team's own examples), data/nlp-school/train-extra/*.jsonl (examples
 * written by other hands), the held-out sets already scored once (RETIRED_HELDOUT in training.ts) plus
 * HateCheck-NL dev when ../shared/data exists. Held-out sets not yet scored are never read here.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { trainModel, type TrainingExample } from '../electron/core/nlp/model.ts'
import {
  mhcExample,
  readMhc,
  readSchoolTraining,
  REPO_ROOT,
  schoolExample
} from '../electron/core/nlp/training.ts'
import { MODEL_VERSION } from '../electron/core/nlp/version.ts'

const started = performance.now()
const school = readSchoolTraining()
const examples: TrainingExample[] = school.rows.map(schoolExample)
const sources = [...school.sources]
const attribution: string[] = []
const mhc = readMhc()
if (mhc) {
  const rows = mhc.map(mhcExample).filter((e): e is TrainingExample => e !== null)
  examples.push(...rows)
  sources.push(`mhc-nl-dev.jsonl (${rows.length} of ${mhc.length})`)
  attribution.push('Multilingual HateCheck (Röttger et al., 2022), Dutch dev split, CC BY 4.0')
} else {
  console.error('Let op: ../shared/data/nlp ontbreekt; alleen op de schooldata getraind.')
}
const version = `${MODEL_VERSION}+${new Date().toISOString().slice(0, 10)}`
const model = trainModel(examples, { version, sources, attribution })
const out = resolve(REPO_ROOT, 'resources/nlp/model.json')
writeFileSync(out, JSON.stringify(model) + '\n')
const weights = Object.values(model.categories).reduce(
  (n, c) => n + Object.keys(c.weights).length,
  0
)
console.log(
  JSON.stringify({
    model: out,
    version,
    examples: examples.length,
    categories: Object.keys(model.categories),
    weights,
    seconds: Math.round(performance.now() - started) / 1000
  })
)
