/**
 * The post scorer: rule detectors for evidence, a learned layer for what rules miss or over-call, officer
 * feedback on top, and one risk number with its level.
 */
import {
  CATEGORY_IDS,
  type CategoryId,
  type CategoryScore,
  type EvidenceSpan,
  type PostScore,
  type ScoreInput
} from '../../shared/domain.ts'
import { detectAbuse } from './detect-abuse.ts'
import { detectMedia, detectPersonalInfo } from './detect-privacy.ts'
import { detectNegativePress, detectStaffConduct, type StaffRegister } from './detect-school.ts'
import { featuresOf } from './features.ts'
import { EMPTY_ADJUSTMENTS, type FeedbackAdjustments } from './feedback.ts'
import { Findings } from './findings.ts'
import { predict, type Model } from './model.ts'
import { sentimentOf } from './sentiment.ts'
import { tagTokens, type Tag } from './tags.ts'
import { detectLanguage, prepare, type Prepared } from './text.ts'
import {
  BLEND,
  CATEGORY_CEILING,
  CATEGORY_MIN_CONFIDENCE,
  levelFor,
  MODEL_LED,
  MODEL_LED_UNANCHORED_MAX_RISK,
  MODEL_ONLY_MAX_RISK,
  MODEL_ONLY_MIN_PROB
} from './thresholds.ts'

const SAFE_FRAMES = [
  'game_context',
  'sport_context',
  'counter_speech',
  'prohibition',
  'joke_context',
  'fiction_context',
  'idiom_context',
  'food_context'
]
/** Lexicon tags that anchor a learned score: without one of these (or a rule), the model only flags. */
const ANCHORS: Partial<Record<CategoryId, Tag[]>> = {
  threat: ['violence', 'weapon'],
  bullying: ['insult', 'slur', 'attr', 'hate', 'dehum', 'menace', 'profanity', 'identity']
}
const CONTEXT_DAMPING = 0.35

export interface Scorer {
  score(input: ScoreInput): PostScore
}

export interface ScorerOptions {
  model?: Model
  adjustments?: FeedbackAdjustments
  staff?: StaffRegister
}

/** What the detectors saw, before blending: used by training and evaluation. */
export interface Analysis {
  prepared: Prepared
  tags: Set<Tag>[]
  findings: Findings
  sentiment: number
  features: string[]
}

/** Run text preparation and every rule detector on one post. */
export function analyse(input: ScoreInput, staff?: StaffRegister): Analysis {
  const prepared = prepare(input.text)
  const tags = tagTokens(prepared)
  const findings = new Findings(prepared)
  const sentiment = sentimentOf(prepared, tags)
  detectAbuse(prepared, tags, findings)
  detectPersonalInfo(prepared, tags, sentiment, findings, staff?.schoolContact)
  detectMedia(prepared, input.media === true, tags, findings)
  detectStaffConduct(prepared, input.author, staff, findings)
  detectNegativePress(prepared, sentiment, findings, staff)
  const features = featuresOf(prepared, tags, findings.rules)
  return { prepared, tags, findings, sentiment, features }
}

/** Create a scorer. Without a model the rule layer scores alone (and the version says so). */
export function createScorer(opts: ScorerOptions = {}): Scorer {
  const model = opts.model
  const adj = opts.adjustments ?? EMPTY_ADJUSTMENTS
  const version = model ? model.version : 'rules-only'
  return {
    score(input: ScoreInput): PostScore {
      const a = analyse(input, opts.staff)
      const probs = model ? predict(model, a.features) : {}
      const lowerText = a.prepared.normText
      const scores: CategoryScore[] = []
      const evidence: EvidenceSpan[] = []
      const damped = SAFE_FRAMES.some((r) => a.findings.rules.has(r))
      const sourceFactor = input.source ? (adj.sourceFactor[input.source] ?? 1) : 1
      let anchoredAny = false
      for (const id of CATEGORY_IDS) {
        const rule = a.findings.conf.get(id) ?? 0
        // Staff conduct depends on who posts, which only the register knows: the model may refine it, never
        // raise it.
        // Media without consent needs an attached item or a recording cue the rules saw; the model alone sees
        // "in de les" and "foto" everywhere.
        const ruleOnly = id === 'staff_conduct' || id === 'media_without_consent'
        let p = ruleOnly && rule < CATEGORY_MIN_CONFIDENCE ? undefined : probs[id]
        // A rumour the post itself denies is not an accusation, whatever words it repeats.
        if (p !== undefined && id === 'defamation' && a.findings.rules.has('rumour_denied'))
          p = undefined
        // Known harmless frames (game talk, counter-speech, a prohibition) outrank a small-data model. A model
        // that leads its category has seen the frames as features and weighs them itself.
        if (p !== undefined && (id === 'threat' || id === 'bullying') && damped && !MODEL_LED[id])
          p *= CONTEXT_DAMPING
        // A rule that fired below the reporting floor (the school's helpline, a game-damped threat) is a
        // feature, not a finding: it does not let the learned layer escalate. A category the model leads
        // stands on its own probability.
        const evidenced = rule >= CATEGORY_MIN_CONFIDENCE || hasAnchor(a, id)
        const led = p === undefined ? undefined : MODEL_LED[id]
        let conf =
          p === undefined
            ? rule
            : led
              ? ledConfidence(p, rule, led, evidenced, id)
              : Math.max(
                  rule * (BLEND.ruleBase + BLEND.ruleModel * p),
                  rule >= BLEND.strongRule ? rule * BLEND.strongBase : 0,
                  BLEND.modelOnly * p
                )
        const anchored = evidenced || (led !== undefined && conf > 0)
        if (!anchored) {
          if ((p ?? 0) < (MODEL_ONLY_MIN_PROB[id] ?? 0)) conf = 0
          conf = Math.min(conf, MODEL_ONLY_MAX_RISK / CATEGORY_CEILING[id])
        }
        let ev = a.findings.evidence.filter((e) => e.category === id)
        for (const b of adj.boostTerms)
          if (b.category === id && containsTerm(lowerText, b.term)) {
            conf = Math.max(conf, b.confidence)
            const span = findTerm(a.prepared.text, b.term)
            if (span) ev = [...ev, { ...span, category: id, rule: 'feedback_missed' }]
          }
        conf *= sourceFactor * termFactor(adj, id, ev, lowerText)
        if (conf < CATEGORY_MIN_CONFIDENCE + (adj.categoryShift[id] ?? 0)) continue
        if (!ev.length) ev = modelEvidence(a, model, id)
        if (anchored || ev.some((e) => e.rule === 'feedback_missed')) anchoredAny = true
        scores.push({ id, confidence: round(conf) })
        evidence.push(...ev)
      }
      scores.sort((x, y) => y.confidence - x.confidence)
      let risk = 0
      for (const s of scores) risk = Math.max(risk, s.confidence * CATEGORY_CEILING[s.id])
      if (scores.length > 1) risk += 4 * (scores.length - 1)
      risk = Math.round(Math.min(anchoredAny ? 100 : MODEL_ONLY_MAX_RISK, risk))
      evidence.sort((x, y) => x.start - y.start)
      return {
        risk,
        level: levelFor(risk),
        categories: scores,
        evidence,
        language: detectLanguage(a.prepared.tokens),
        sentiment: round(a.sentiment),
        modelVersion: version
      }
    }
  }
}

/**
 * Confidence of a category the learned layer leads: its probability, with a strong rule's floor unless the model
 * is sure the post is harmless. Shown from `report` when a rule or lexicon word backs it; with nothing but the
 * model behind it from `unanchoredReport`, and then at most "middel".
 */
function ledConfidence(
  p: number,
  rule: number,
  led: { report: number; unanchoredReport: number; veto: number },
  evidenced: boolean,
  id: CategoryId
): number {
  const conf = Math.max(p, rule >= BLEND.strongRule && p >= led.veto ? rule * BLEND.strongBase : 0)
  if (evidenced) return conf >= led.report ? conf : 0
  return conf >= Math.max(led.report, led.unanchoredReport)
    ? Math.min(conf, MODEL_LED_UNANCHORED_MAX_RISK / CATEGORY_CEILING[id])
    : 0
}

/** A live (unquoted, not negated) lexicon word of the kind the category needs. */
function hasAnchor(a: Analysis, id: CategoryId): boolean {
  const want = ANCHORS[id]
  if (!want) return false
  return a.prepared.tokens.some(
    (t, i) => !t.quoted && !t.negated && want.some((tag) => a.tags[i].has(tag))
  )
}

function termFactor(
  adj: FeedbackAdjustments,
  id: CategoryId,
  ev: EvidenceSpan[],
  lowerText: string
): number {
  let f = 1
  for (const [key, factor] of Object.entries(adj.termFactor)) {
    const bar = key.indexOf('|')
    const cat = key.slice(0, bar)
    const term = key.slice(bar + 1)
    if (cat !== '*' && cat !== id) continue
    const inEvidence = ev.some((e) => e.text.toLowerCase().includes(term))
    if (inEvidence || (!ev.length && containsTerm(lowerText, term))) f *= factor
  }
  return f
}

function containsTerm(lowerText: string, term: string): boolean {
  return ` ${lowerText} `.includes(` ${term} `) || (term.includes(' ') && lowerText.includes(term))
}

function findTerm(text: string, term: string): { start: number; end: number; text: string } | null {
  const i = text.toLowerCase().indexOf(term)
  return i < 0 ? null : { start: i, end: i + term.length, text: text.slice(i, i + term.length) }
}

/** When only the learned layer fired, point at the words that carried it. */
function modelEvidence(a: Analysis, model: Model | undefined, id: CategoryId): EvidenceSpan[] {
  const w = model?.categories[id]?.weights
  if (!w) return []
  const top = a.features
    .filter((f) => f.startsWith('w:') && (w[f] ?? 0) > 0.3)
    .sort((x, y) => w[y] - w[x])
    .slice(0, 2)
    .map((f) => f.slice(2))
  const out: EvidenceSpan[] = []
  for (const t of a.prepared.tokens)
    if (!t.quoted && top.some((s) => t.norm.startsWith(s)))
      out.push({ start: t.start, end: t.end, text: t.raw, category: id, rule: 'model' })
  return out
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
