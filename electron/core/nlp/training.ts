/**
 * Shared by scripts/train.ts and scripts/eval.ts: reading the datasets, turning rows into training examples
 * and the template groups used for cross-validation on HateCheck.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CATEGORY_IDS, type CategoryId } from '../../shared/domain.ts'
import { LEX, IDENTITY_PHRASES } from './lexicon.ts'
import type { TrainingExample } from './model.ts'
import type { StaffRegister } from './detect-school.ts'
import { analyse } from './scorer.ts'
import { lexKey, normWord } from './text.ts'

export interface SchoolRow {
  text: string
  labels: CategoryId[]
  media?: boolean
  author?: string
  lang?: 'nl' | 'en'
}

export interface MhcRow {
  text: string
  label: 'hateful' | 'non-hateful'
  functionality: string
  target: string
}

/** Repo root from this file (electron/core/nlp → three levels up). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..')
/** The shared public data folder beside the project. */
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data')
export const MHC_PATH = resolve(SHARED_DATA, 'nlp/mhc-nl-dev.jsonl')

/** HateCheck functionalities whose "non-hateful" label disagrees with the product: abuse of an individual
 * or a non-protected group is still bullying or a threat for a school. Never used as negatives in training. */
export const PRODUCT_DISAGREES = new Set(['target_indiv_nh', 'target_group_nh'])

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)
}

/** Read a school dataset (data/nlp-school/*.jsonl), checking its labels. */
export function readSchool(file: string): SchoolRow[] {
  return readJsonl<SchoolRow>(file).map((r, i) => {
    for (const l of r.labels)
      if (!CATEGORY_IDS.includes(l)) throw new Error(`${file}:${i + 1}: onbekende categorie ${l}`)
    return r
  })
}

/**
 * Held-out sets whose one honest scoring is recorded in data/nlp-school/ROUNDS.md. Once scored and read they
 * are no longer evidence, so from round 11 on they are training data: each adds a writer the model has not
 * heard. Sets written after them stay held out until their own first scoring.
 */
export const RETIRED_HELDOUT = [
  'heldout',
  'heldout-2',
  'heldout-3',
  'heldout-4',
  'heldout-5',
  'heldout-6',
  'heldout-7',
  'heldout-8',
  'heldout-9',
  'heldout-10',
  'heldout-11',
  'heldout-12',
  'heldout-13',
  'ordinary-14',
  'heldout-15',
  'ordinary-16'
]

/** One writer's file of school examples (a unit of the writer cross-validation in scripts/eval.ts). */
export interface SchoolSource {
  file: string
  rows: SchoolRow[]
}

/**
 * The school training data, per file: data/nlp-school/train.jsonl (the team's own examples), every
 * data/nlp-school/train-extra/*.jsonl (examples written by other hands) and the retired held-out sets.
 */
export function readSchoolSources(): SchoolSource[] {
  const dir = resolve(REPO_ROOT, 'data/nlp-school')
  const files = ['train.jsonl']
  if (existsSync(resolve(dir, 'train-extra')))
    files.push(
      ...readdirSync(resolve(dir, 'train-extra'))
        .filter((n) => n.endsWith('.jsonl'))
        .sort()
        .map((n) => `train-extra/${n}`)
    )
  files.push(...RETIRED_HELDOUT.map((n) => `${n}.jsonl`))
  return files.map((f) => ({
    file: `data/nlp-school/${f}`,
    rows: readSchool(resolve(dir, f))
  }))
}

/** All school training rows, and a line per file for the model's provenance. */
export function readSchoolTraining(): { rows: SchoolRow[]; sources: string[] } {
  const sources = readSchoolSources()
  return {
    rows: sources.flatMap((s) => s.rows),
    sources: sources.map((s) => `${s.file} (${s.rows.length})`)
  }
}

/** Read HateCheck-NL dev, or null when the shared data folder is absent. */
export function readMhc(): MhcRow[] | null {
  return existsSync(MHC_PATH) ? readJsonl<MhcRow>(MHC_PATH) : null
}

/** Which category a hateful HateCheck case stands for in this product. */
export function mhcCategory(r: MhcRow): CategoryId {
  return r.functionality.startsWith('threat') ? 'threat' : 'bullying'
}

/** The fictional staff register the school datasets are written against (handles used in `author`). */
export const DEMO_STAFF: StaffRegister = {
  staff: [
    { name: 'Mark de Boer', handles: ['@mdeboer', 'markdb'] },
    { name: 'Anja Visser', handles: ['@juf_anja'] },
    // Named in the brief for heldout-7 (written blind by a helper in round 6).
    { name: 'M. van Dijk', handles: ['mvandijk'] },
    { name: 'J. de Vries', handles: ['jdevries'] },
    { name: 'Bakker', handles: ['rektor_bakker'] }
  ],
  schoolAccounts: ['@almerecollege'],
  // The fictional school group of the datasets (heldout-7 and later name both schools).
  schoolNames: ['Almere College', 'Het Baken'],
  // The fictional school's public switchboard, address and e-mail domain.
  schoolContact: ['036 1234567', 'Straatweg 1', 'almerecollege.nl']
}

export function schoolExample(r: SchoolRow): TrainingExample {
  const a = analyse({ text: r.text, media: r.media, author: r.author }, DEMO_STAFF)
  return { features: a.features, labels: r.labels }
}

/** HateCheck cases teach only threat and bullying, and the cases the product disagrees with teach nothing. */
export function mhcExample(r: MhcRow): TrainingExample | null {
  if (PRODUCT_DISAGREES.has(r.functionality)) return null
  const a = analyse({ text: r.text })
  return {
    features: a.features,
    labels: r.label === 'hateful' ? [mhcCategory(r)] : [],
    teaches: ['threat', 'bullying'],
    weight: 0.5
  }
}

/**
 * Template group: the functionality plus the text with identity words masked, so cases that differ only in
 * the target group fall in the same fold.
 */
export function templateGroup(r: MhcRow): string {
  let masked = r.text
    .split(/\s+/)
    .map((w) => {
      const n = normWord(w.replace(/[.,!?"“”]/g, ''))
      return LEX.identity.match(lexKey(n)) ? 'X' : n
    })
    .join(' ')
  for (const re of IDENTITY_PHRASES) masked = masked.replace(new RegExp(re.source, 'g'), 'X')
  return r.functionality + '|' + masked
}
