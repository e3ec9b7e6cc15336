/**
 * Response strategies as reviewed data: resources/playbooks/<id>.json (one per category, plus derailing and spike)
 * and platforms.json (how to request removal per platform). Validated with zod at load, so a typo in a playbook
 * fails loudly with the file and key instead of showing the officer half a strategy.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CATEGORY_IDS } from '../../shared/domain'
import type { Strategy } from '../../shared/domain'
import { resolveResource } from '../nlp/resources'

export const CONTEXTS = ['own', 'mention', 'student', 'staff', 'derailing', 'spike'] as const
export type StrategyContext = (typeof CONTEXTS)[number]

const text = z.string().trim().min(3)
const article = z.enum(['§2.1', '§2.2', '§3.1', '§3.2', '§3.3', '§4'])
const publicResponse = z.enum(['ja', 'nee', 'afwachten'])

const overlaySchema = z
  .object({
    steps: z.array(text).optional(),
    involve: z.array(text).optional(),
    publicResponse: publicResponse.optional(),
    publicResponseAdvice: text.optional(),
    holdingStatement: text.optional(),
    deadlineHours: z.number().positive().optional()
  })
  .strict()

export const playbookSchema = z
  .object({
    id: z.string().regex(/^[a-z_]+$/),
    appliesTo: z.array(z.enum([...CATEGORY_IDS, 'derailing', 'spike'])).min(1),
    title: text,
    guideline: z.array(article).min(1),
    summary: text,
    steps: z.array(text).min(2),
    involve: z.array(text).min(1),
    publicResponse,
    publicResponseAdvice: text,
    aangifte: z.boolean(),
    holdingStatement: text,
    removalReason: text,
    deadlineHours: z.number().positive().max(168),
    contexts: z.partialRecord(z.enum(CONTEXTS), overlaySchema).default({})
  })
  .strict()
export type Playbook = z.output<typeof playbookSchema>

const platformsSchema = z
  .object({
    platforms: z.array(z.object({ platform: z.string().trim().min(1), how: text }).strict()).min(1)
  })
  .strict()

export interface Playbooks {
  byId: Map<string, Playbook>
  platforms: { platform: string; how: string }[]
}

/** Loads and validates every playbook in `dir` (default: the bundled resources/playbooks). */
export function loadPlaybooks(dir = resolveResource('playbooks')): Playbooks {
  const byId = new Map<string, Playbook>()
  let platforms: Playbooks['platforms'] = []
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown
    const schema = f === 'platforms.json' ? platformsSchema : playbookSchema
    const r = schema.safeParse(raw)
    if (!r.success) {
      const i = r.error.issues[0]!
      throw new Error(`Draaiboek ${f}: ${i.path.join('.') || '(root)'}: ${i.message}`)
    }
    if (f === 'platforms.json') platforms = (r.data as z.output<typeof platformsSchema>).platforms
    else {
      const p = r.data as Playbook
      if (byId.has(p.id)) throw new Error(`Draaiboek ${f}: id ${p.id} komt twee keer voor`)
      byId.set(p.id, p)
    }
  }
  if (platforms.length === 0) throw new Error('Draaiboeken: platforms.json ontbreekt of is leeg')
  return { byId, platforms }
}

let cache: Playbooks | null = null

/** The bundled playbooks, loaded once. */
export function playbooks(): Playbooks {
  cache ??= loadPlaybooks()
  return cache
}

/** The playbook for a strategy id, falling back to the first category that has one. */
export function playbookFor(
  pb: Playbooks,
  strategyId: string | null,
  categories: string[]
): Playbook | null {
  if (strategyId && pb.byId.has(strategyId)) return pb.byId.get(strategyId)!
  for (const c of categories) {
    for (const p of pb.byId.values())
      if (p.appliesTo.includes(c as Playbook['appliesTo'][number])) return p
  }
  return pb.byId.get('negative_press') ?? null
}

/**
 * The strategy for one case: the playbook with the overlays of every context that applies (in CONTEXTS order).
 * A criminal category among the case's categories adds the aangifte advice even when another playbook leads.
 */
export function resolveStrategy(
  pb: Playbooks,
  strategyId: string | null,
  categories: string[],
  contexts: StrategyContext[]
): Strategy | null {
  const p = playbookFor(pb, strategyId, categories)
  if (!p) return null
  const s: Strategy = {
    id: p.id,
    title: p.title,
    guideline: [...p.guideline],
    summary: p.summary,
    steps: [...p.steps],
    involve: [...p.involve],
    publicResponse: p.publicResponse,
    publicResponseAdvice: p.publicResponseAdvice,
    aangifte: p.aangifte,
    holdingStatement: p.holdingStatement,
    removal: pb.platforms.map((x) => ({
      platform: x.platform,
      how: `${x.how} Reden: ${p.removalReason}.`
    })),
    deadlineHours: p.deadlineHours,
    contexts: []
  }
  for (const c of CONTEXTS) {
    const o = p.contexts[c]
    if (!contexts.includes(c) || !o) continue
    s.contexts.push(c)
    if (o.steps) s.steps.push(...o.steps)
    if (o.involve) s.involve.push(...o.involve.filter((x) => !s.involve.includes(x)))
    if (o.publicResponse) s.publicResponse = o.publicResponse
    if (o.publicResponseAdvice) s.publicResponseAdvice = o.publicResponseAdvice
    if (o.holdingStatement) s.holdingStatement = o.holdingStatement
    if (o.deadlineHours) s.deadlineHours = Math.min(s.deadlineHours, o.deadlineHours)
  }
  for (const c of categories) {
    const other = pb.byId.get(c)
    if (other && other.id !== p.id && other.aangifte && !s.aangifte) {
      s.aangifte = true
      s.steps.push(
        `Deze zaak bevat ook '${other.title.toLowerCase()}': dat kan strafbaar zijn; bespreek aangifte bij de politie (§4).`
      )
      if (!s.guideline.includes('§4')) s.guideline.push('§4')
    }
  }
  return s
}

const STAFF =
  /\b(docent(e|en)?|leraar|lerares|juf|meester|mentor|conci[eë]rge|directeur|rector|teamleider|medewerker)\b/i
const STUDENT =
  /\b(leerling(en)?|brugklas(ser)?|klas(genoot|genoten)?|scholier(en)?|mijn (zoon|dochter|kind))\b/i

/** Which contexts a case is in, from its source kind, its text and its flags. */
export function contextsFor(a: {
  kind: 'post' | 'thread' | 'spike'
  derailing: boolean
  categories: string[]
  sourceKind: 'own' | 'mention' | null
  text: string
}): StrategyContext[] {
  const out: StrategyContext[] = []
  if (a.sourceKind) out.push(a.sourceKind)
  if (STUDENT.test(a.text)) out.push('student')
  if (a.categories.includes('staff_conduct') || STAFF.test(a.text)) out.push('staff')
  if (a.derailing) out.push('derailing')
  if (a.kind === 'spike') out.push('spike')
  return out
}
