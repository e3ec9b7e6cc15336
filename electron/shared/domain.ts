/**
 * Domain types shared by the engine, the hosts and the renderer.
 * Pure TypeScript: no node:*, no electron, no I/O.
 */

export const CATEGORY_IDS = [
  'threat',
  'bullying',
  'harassment',
  'defamation',
  'personal_info',
  'media_without_consent',
  'staff_conduct',
  'negative_press'
] as const
export type CategoryId = (typeof CATEGORY_IDS)[number]

export const RISK_LEVELS = ['geen', 'laag', 'middel', 'hoog', 'kritiek'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/** Rank of a level, so levels compare as numbers (geen = 0 … kritiek = 4). */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level)
}

export type Language = 'nl' | 'en'

/** A span of the scored text that made a detector fire. Offsets are UTF-16 indices into the scored text. */
export interface EvidenceSpan {
  start: number
  end: number
  text: string
  category: CategoryId
  /** Short machine id of the rule or feature that fired, e.g. `phone_nl`, `threat_kill`. */
  rule: string
}

export interface CategoryScore {
  id: CategoryId
  /** 0..1 */
  confidence: number
}

/** What the scorer says about one post. */
export interface PostScore {
  /** 0..100 */
  risk: number
  level: RiskLevel
  categories: CategoryScore[]
  evidence: EvidenceSpan[]
  language: Language
  /** -1 (very negative) .. 1 (very positive) */
  sentiment: number
  modelVersion: string
}

/** What the scorer needs of one post. */
export interface ScoreInput {
  id?: string
  text: string
  /** Media present (enclosure, media:content, image links). */
  media?: boolean
  /** Source id or name, for per-source feedback suppression. */
  source?: string
  /** Author handle or name, for the staff register. */
  author?: string
}

/** One comment of a thread, as the derailing model sees it. */
export interface ThreadCommentInput {
  author: string
  /** Minutes since the thread's first post. */
  minutes: number
  text: string
}

/** Derailing state of a thread after its latest comment. */
export interface ThreadDerailing {
  /** 0..100 for the whole thread now. */
  index: number
  /** The index after each comment, in order. */
  trajectory: number[]
  /** Index (0-based) of the comment where the thread turned, or null. */
  turningPoint: number | null
  /** Short Dutch explanation of what drives the index. */
  explanation: string
  derailing: boolean
}

export type SourceKind = 'own' | 'mention'

export interface Source {
  id: number
  name: string
  url: string
  kind: SourceKind
  intervalSeconds: number
  paused: boolean
  /** Watch terms: at least one must match (case-insensitive) for a mention source to keep a post. Empty = keep all. */
  watchTerms: string[]
  /** Exclusions: a post whose only watch-term matches fall inside an exclusion ("Almere City") is dropped. */
  excludeTerms: string[]
  createdAt: string
}

export interface SourceHealth {
  sourceId: number
  lastSuccessAt: string | null
  lastAttemptAt: string | null
  /** Plain Dutch description of the last error, or null. */
  lastError: string | null
  /** Technical detail of the last error (HTTP status, parse error) for the log. */
  lastErrorDetail: string | null
  consecutiveFailures: number
  itemsSeen: number
  nextPollAt: string | null
  repaired: boolean
}

export interface Post {
  id: number
  sourceId: number
  sourceName: string
  /** Set when this post is a comment: the id of the post it belongs to. */
  parentId: number | null
  /** Story id: cross-source duplicates share it. */
  storyId: number | null
  title: string
  /** Plain text used for scoring. */
  text: string
  /** Sanitised HTML for display (still sanitised again in the renderer). */
  html: string
  link: string | null
  author: string | null
  publishedAt: string
  fetchedAt: string
  media: boolean
  score: PostScore | null
}

export const ALERT_STATES = ['nieuw', 'bevestigd', 'in_behandeling', 'afgerond', 'vals_alarm'] as const
export type AlertState = (typeof ALERT_STATES)[number]

export interface Alert {
  id: number
  /** Post, thread or spike this alert is about. */
  kind: 'post' | 'thread' | 'spike'
  postId: number | null
  threadPostId: number | null
  level: RiskLevel
  categories: CategoryId[]
  title: string
  state: AlertState
  owner: string | null
  strategyId: string | null
  createdAt: string
  updatedAt: string
  /** Officer's labels on the case. */
  tags: string[]
  /** The thread under this alert crossed into derailing. */
  derailing: boolean
  /** When the case left `nieuw` (acknowledged), or null. */
  acknowledgedAt: string | null
  /** When the leidinggevende was first mailed, or null. */
  escalatedAt: string | null
}

/** Delivery route of an alert, from its level, categories and derailing (configurable per category). */
export type AlertTier = 'escalate' | 'officer' | 'digest'

/** One row of a case's append-only audit log. */
export interface AuditEntry {
  id: number
  alertId: number | null
  at: string
  actor: string
  action: string
  detail: Record<string, unknown>
  hash: string
}

export interface AlertNote {
  id: number
  alertId: number
  at: string
  actor: string
  text: string
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed'

/** One outbox row as the app shows it (never the payload: it may carry addresses and secrets). */
export interface Delivery {
  id: number
  channel: 'mail' | 'webhook'
  alertId: number | null
  /** Short description: recipients or webhook kind, and the subject. */
  summary: string
  status: DeliveryStatus
  attempts: number
  lastError: string | null
  nextAttemptAt: string | null
  createdAt: string
  sentAt: string | null
}

/** A response strategy (playbook entry) resolved for one case. */
export interface Strategy {
  id: string
  title: string
  /** Guideline articles it rests on, e.g. `§3.2`. */
  guideline: string[]
  summary: string
  steps: string[]
  involve: string[]
  publicResponse: 'ja' | 'nee' | 'afwachten'
  publicResponseAdvice: string
  /** Aangifte bij de politie adviseren (§4). */
  aangifte: boolean
  holdingStatement: string
  removal: { platform: string; how: string }[]
  deadlineHours: number
  /** Which context overlays were applied (own, mention, student, staff, derailing, spike). */
  contexts: string[]
}

/** Measured precision of alerts for one category: confirmed vs false alarm. */
export interface CategoryPrecision {
  category: CategoryId | 'spike' | 'derailing'
  confirmed: number
  falseAlarms: number
  open: number
  /** confirmed / (confirmed + falseAlarms), or null without decided cases. */
  precision: number | null
}

export interface DashboardStats {
  postsToday: number
  postsWeek: number
  negativeShareToday: number
  openAlerts: number
  derailingThreads: number
}

/** One stored piece of officer feedback on a score, as the NLP layer consumes it. */
export interface FeedbackRow {
  kind: 'false_alarm' | 'wrong_category' | 'missed'
  /** The category the scorer gave (false_alarm, wrong_category). */
  category: CategoryId | null
  /** The category the officer says it should have been (wrong_category, missed). */
  correctCategory: CategoryId | null
  source: string | null
  /** Words or phrases the officer points at (lower-cased by the consumer). */
  terms: string[]
}

/** A mention-volume or negative-share spike against the hour-of-week baseline. */
export interface Spike {
  kind: 'volume' | 'negative'
  /** Hour (ISO) where the spike was confirmed (after persistence). */
  hourStart: string
  /** Hour (ISO) where the run of elevated hours began. */
  startedAt: string
  /** Count (volume) or negative share 0..1 (negative) in the confirming hour. */
  value: number
  /** Baseline for that hour of the week, same unit as value. */
  baseline: number
}

/**
 * The text a post is scored on (title and body), so evidence offsets mean the same thing in the engine and the
 * dashboard.
 */
export function scoredText(p: { title: string; text: string; parentId?: number | null }): string {
  // a comment's title is boilerplate like "Reactie van <handle>": scoring it adds nothing, showing it would undo
  // the pseudonymisation of the thread view
  if (p.parentId != null) return p.text || p.title
  return p.title && !p.text.startsWith(p.title) ? `${p.title}\n${p.text}` : p.text
}
