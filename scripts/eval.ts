/**
 * Evaluate the scorer.
 * 1. HateCheck-NL dev (hateful = level middel or higher), per functionality: rules alone, and rules + learned
 *    layer by template-grouped 5-fold cross-validation (the model never sees a template it is tested on).
 * 2. The team's held-out school set (data/nlp-school/heldout.jsonl, never used in training): precision and
 *    recall per category with the shipped model.
 * Prints a readable table to stderr and one JSON object to stdout.
 */
import { existsSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { CATEGORY_IDS, levelRank, type CategoryId } from '../electron/shared/domain.ts'
import {
  loadModel,
  trainModel,
  type Model,
  type TrainingExample
} from '../electron/core/nlp/model.ts'
import { createScorer, type Scorer } from '../electron/core/nlp/scorer.ts'
import {
  DEMO_STAFF,
  mhcExample,
  PRODUCT_DISAGREES,
  readMhc,
  readSchool,
  readSchoolTraining,
  REPO_ROOT,
  schoolExample,
  templateGroup,
  type MhcRow
} from '../electron/core/nlp/training.ts'

const FOLDS = 5
const log = (s = '') => process.stderr.write(s + '\n')

interface BinaryStats {
  tp: number
  fp: number
  tn: number
  fn: number
}

function f1(s: BinaryStats): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  }
}

/** Macro-F1 over the two classes (hateful, non-hateful). */
function macroF1(s: BinaryStats): number {
  const pos = f1(s).f1
  const neg = f1({ tp: s.tn, fp: s.fn, tn: s.tp, fn: s.fp }).f1
  return (pos + neg) / 2
}

function hashGroup(g: string): number {
  let h = 2166136261
  for (let i = 0; i < g.length; i++) h = Math.imul(h ^ g.charCodeAt(i), 16777619)
  return (h >>> 0) % FOLDS
}

function evalHatecheck(rows: MhcRow[], scoreOf: (r: MhcRow, i: number) => boolean) {
  const per = new Map<string, { n: number; ok: number; label: string }>()
  const all: BinaryStats = { tp: 0, fp: 0, tn: 0, fn: 0 }
  const scope: BinaryStats = { tp: 0, fp: 0, tn: 0, fn: 0 }
  rows.forEach((r, i) => {
    const pred = scoreOf(r, i)
    const gold = r.label === 'hateful'
    const k = pred ? (gold ? 'tp' : 'fp') : gold ? 'fn' : 'tn'
    all[k]++
    if (!PRODUCT_DISAGREES.has(r.functionality)) scope[k]++
    const e = per.get(r.functionality) ?? { n: 0, ok: 0, label: r.label }
    e.n++
    if (pred === gold) e.ok++
    per.set(r.functionality, e)
  })
  const functionalities = Object.fromEntries(
    [...per].sort().map(([f, e]) => [f, { n: e.n, accuracy: round(e.ok / e.n), label: e.label }])
  )
  const acc = (s: BinaryStats) => (s.tp + s.tn) / (s.tp + s.tn + s.fp + s.fn)
  return {
    all: { macroF1: round(macroF1(all)), accuracy: round(acc(all)), n: rows.length },
    productScope: {
      macroF1: round(macroF1(scope)),
      accuracy: round(acc(scope)),
      excluded: [...PRODUCT_DISAGREES]
    },
    functionalities
  }
}

const hateful = (scorer: Scorer, text: string) =>
  levelRank(scorer.score({ text }).level) >= levelRank('middel')

const result: Record<string, unknown> = {}
const schoolTrain = readSchoolTraining().rows
const mhc = readMhc()
if (!mhc) {
  log('HateCheck overgeslagen: ../shared/data/nlp/mhc-nl-dev.jsonl ontbreekt.')
} else {
  const rules = createScorer()
  result.hatecheckRulesOnly = evalHatecheck(mhc, (r) => hateful(rules, r.text))

  const schoolEx = schoolTrain.map(schoolExample)
  const mhcEx = mhc.map(mhcExample)
  const fold = mhc.map((r) => hashGroup(templateGroup(r)))
  const groups = new Set(mhc.map(templateGroup)).size
  const scorers: Scorer[] = []
  for (let k = 0; k < FOLDS; k++) {
    const train: TrainingExample[] = [...schoolEx]
    mhcEx.forEach((e, i) => {
      if (e && fold[i] !== k) train.push(e)
    })
    const model: Model = trainModel(train, { version: `cv-fold-${k}` })
    scorers.push(createScorer({ model }))
  }
  result.hatecheckGroupedCv = {
    folds: FOLDS,
    templateGroups: groups,
    ...evalHatecheck(mhc, (r, i) => hateful(scorers[fold[i]], r.text))
  }
}

const modelPath = resolve(REPO_ROOT, 'resources/nlp/model.json')
// heldout.jsonl was written with the training data; heldout-2.jsonl was written later, after the rules were
// frozen, and scored once. Neither is ever read by scripts/train.ts.
// heldout-3.jsonl was written in round 2 before any code change for it, and scored once at the end.
// heldout-4.jsonl was written in round 3 before any code change, and scored once at the end of that round.
// heldout-5.jsonl was written in round 4 before any code change, and scored once at the end of that round.
// heldout-6.jsonl was written in round 5 before any code change, and scored once at the end of that round.
// heldout-7.jsonl was written blind by a helper in round 6 (it read no code, lexicon or earlier data) before
// any code change, and scored once at the end of that round.
// heldout-8.jsonl was written blind by another helper in round 7 (no code, data or training brief read) before
// the round-7 code and training-data changes, and scored once at the end of that round.
// heldout-9.jsonl was written blind by a third helper in round 8 (read nothing in the repository) before the
// round-8 changes, and scored once at the end of that round.
// heldout-10.jsonl was written blind by a fourth helper in round 9, before the round-9 changes, and scored once at
// the end of that round. Its brief asked for threats as a school would see them (a third plain, a third with a
// weapon, place, time, ally or property, a third veiled); heldout-7 to -9 asked for hard, varied threats.
// heldout-11.jsonl was written blind by a fifth helper in round 10 with heldout-9's brief (hard, varied threats),
// and scored once at the end of that round.
const heldoutFiles = readdirSync(resolve(REPO_ROOT, 'data/nlp-school'))
  .filter((f) => /^heldout(-\d+)?\.jsonl$/.test(f))
  .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
const heldoutKeys: string[] = []
for (const [key, file] of heldoutFiles.map(
  (f) => [f.replace('.jsonl', '').replace('-', ''), `data/nlp-school/${f}`] as const
)) {
  heldoutKeys.push(key)
  const heldoutPath = resolve(REPO_ROOT, file)
  if (!existsSync(heldoutPath)) continue
  result[key] = evalSchool(
    readSchool(heldoutPath),
    existsSync(modelPath) ? loadModel(modelPath) : undefined
  )
}

function evalSchool(heldout: ReturnType<typeof readSchool>, model: Model | undefined) {
  const scorer = createScorer({ model, staff: DEMO_STAFF })
  const stats = new Map<CategoryId, BinaryStats>(
    CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, tn: 0, fn: 0 }])
  )
  const flag: BinaryStats = { tp: 0, fp: 0, tn: 0, fn: 0 }
  const misses: string[] = []
  for (const r of heldout) {
    const s = scorer.score({ text: r.text, media: r.media, author: r.author })
    const got = new Set(s.categories.map((c) => c.id))
    for (const c of CATEGORY_IDS) {
      const gold = r.labels.includes(c)
      const pred = got.has(c)
      stats.get(c)![pred ? (gold ? 'tp' : 'fp') : gold ? 'fn' : 'tn']++
    }
    const goldAny = r.labels.length > 0
    const predAny = levelRank(s.level) >= levelRank('laag')
    flag[predAny ? (goldAny ? 'tp' : 'fp') : goldAny ? 'fn' : 'tn']++
    if (goldAny !== predAny || r.labels.some((l) => !got.has(l)))
      misses.push(
        `${r.labels.join(',') || '-'} → ${[...got].join(',') || '-'} (${s.level}): ${r.text}`
      )
  }
  return {
    n: heldout.length,
    model: model?.version ?? 'rules-only',
    flagged: { ...roundAll(f1(flag)), accuracy: round((flag.tp + flag.tn) / heldout.length) },
    categories: Object.fromEntries(
      CATEGORY_IDS.map((c) => {
        const s = stats.get(c)!
        return [c, { support: s.tp + s.fn, ...roundAll(f1(s)) }]
      })
    ),
    errors: misses
  }
}

printTables(result)
console.log(JSON.stringify(result))

function printTables(r: Record<string, unknown>): void {
  for (const key of ['hatecheckRulesOnly', 'hatecheckGroupedCv']) {
    const h = r[key] as ReturnType<typeof evalHatecheck> | undefined
    if (!h) continue
    log(
      `\n== ${key}: macro-F1 ${h.all.macroF1}, accuracy ${h.all.accuracy} (n=${h.all.n}); product scope macro-F1 ${h.productScope.macroF1}, accuracy ${h.productScope.accuracy}`
    )
    for (const [f, e] of Object.entries(h.functionalities)) {
      const mark = PRODUCT_DISAGREES.has(f)
        ? '  (product flags these on purpose)'
        : e.accuracy < 0.7
          ? '  <-- below 70%'
          : ''
      log(`  ${f.padEnd(22)} ${(e.accuracy * 100).toFixed(1).padStart(6)}%  n=${e.n}${mark}`)
    }
  }
  for (const key of heldoutKeys) printSchool(key, r[key] as never)
}

function printSchool(
  key: string,
  h:
    | {
        n: number
        model: string
        flagged: Record<string, number>
        categories: Record<string, Record<string, number>>
        errors: string[]
      }
    | undefined
): void {
  if (h) {
    log(
      `\n== school ${key} (n=${h.n}, model ${h.model}); flagged (level >= laag): P ${h.flagged.precision} R ${h.flagged.recall} acc ${h.flagged.accuracy}`
    )
    log(`  ${'category'.padEnd(24)} support precision recall   f1`)
    for (const [c, s] of Object.entries(h.categories))
      log(
        `  ${c.padEnd(24)} ${String(s.support).padStart(7)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(6)} ${s.f1.toFixed(2).padStart(5)}`
      )
    if (h.errors.length) log(`  errors:\n    ${h.errors.join('\n    ')}`)
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

function roundAll<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)])) as T
}
