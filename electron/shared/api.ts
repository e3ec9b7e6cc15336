/**
 * The one API of Uitkijk: every method with its zod-validated input and typed result, and the event stream.
 * Served by the Electron IPC adapter and the headless HTTP adapter; called by the renderer through src/api.
 * Pure TypeScript (zod only): no node:*, no electron, no I/O.
 */
import { z } from 'zod'
import type {
  Alert,
  DashboardStats,
  Post,
  Source,
  SourceHealth,
  ThreadDerailing
} from './domain'
import { ALERT_STATES, CATEGORY_IDS, RISK_LEVELS } from './domain'
import { ALERTS_INPUTS } from './api-alerts'
import type { AlertsResults } from './api-alerts'
import { REPORTS_INPUTS } from './api-reports'
import type { ReportsResults } from './api-reports'
import { SOURCES_INPUTS } from './api-sources'
import type { SourcesResults } from './api-sources'

const id = z.number().int().positive()
const isoDate = z.string().datetime({ offset: true })

export const postFilterSchema = z
  .object({
    q: z.string().max(200).optional(),
    sourceId: id.optional(),
    category: z.enum(CATEGORY_IDS).optional(),
    minLevel: z.enum(RISK_LEVELS).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Top-level posts only (default) or comments too. */
    includeComments: z.boolean().optional(),
    /** Keyset pagination: posts older than this (published_at, id). */
    /** Only posts with an alert (on the post or its thread) in this state. */
    alertState: z.enum(ALERT_STATES).optional(),
    before: z.object({ publishedAt: z.string(), id }).optional(),
    limit: z.number().int().min(1).max(500).default(50)
  })
  .strict()
export type PostFilter = z.input<typeof postFilterSchema>

export const sourceInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Geef de bron een naam').max(200),
    url: z
      .string()
      .trim()
      .url('Dit is geen geldig webadres')
      .refine((u) => /^https?:\/\//i.test(u), 'Alleen http- en https-adressen zijn toegestaan'),
    kind: z.enum(['own', 'mention']).default('mention'),
    intervalSeconds: z.number().int().min(10).max(86_400).default(300),
    watchTerms: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    excludeTerms: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    preset: z.string().max(50).optional()
  })
  .strict()
export type SourceInput = z.input<typeof sourceInputSchema>

export const feedbackSchema = z
  .object({
    postId: id,
    kind: z.enum(['false_alarm', 'wrong_category', 'missed']),
    category: z.enum(CATEGORY_IDS).nullable().default(null),
    correctCategory: z.enum(CATEGORY_IDS).nullable().default(null),
    note: z.string().max(2000).optional()
  })
  .strict()

/** Method name → input schema. Adding a method here is the whole of adding it to every transport. */
export const API_INPUTS = {
  listPosts: postFilterSchema,
  getPost: z.object({ id }).strict(),
  getStats: z.object({}).strict(),
  getTimeSeries: z
    .object({ from: isoDate, to: isoDate })
    .strict()
    .refine((r) => Date.parse(r.to) > Date.parse(r.from), 'De einddatum moet na de begindatum liggen')
    .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 93 * 86_400_000, 'Kies een periode van hoogstens 93 dagen'),
  listSources: z.object({}).strict(),
  addSource: sourceInputSchema,
  updateSource: z.object({ id, patch: sourceInputSchema.partial().extend({ paused: z.boolean().optional() }) }).strict(),
  removeSource: z.object({ id }).strict(),
  pollNow: z.object({ id: id.optional() }).strict(),
  listThreads: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
  getThread: z.object({ rootPostId: id }).strict(),
  listAlerts: z.object({ state: z.string().optional(), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  sendFeedback: feedbackSchema,
  getSettings: z.object({}).strict(),
  updateSettings: z.object({ patch: z.record(z.string(), z.unknown()) }).strict(),
  ...ALERTS_INPUTS,
  ...REPORTS_INPUTS,
  ...SOURCES_INPUTS
} as const

export type ApiMethod = keyof typeof API_INPUTS
export const API_METHODS = Object.keys(API_INPUTS) as ApiMethod[]

export interface PostPage {
  items: Post[]
  /** Pass as `before` to get the next page; null at the end. */
  next: { publishedAt: string; id: number } | null
}

/** One UTC hour of the dashboard's charts (top-level posts published in that hour). */
export interface TimeSeriesPoint {
  /** ISO start of the hour (UTC). */
  hour: string
  posts: number
  /** Sentiment below -0.1. */
  negative: number
  /** Sentiment above 0.1. */
  positive: number
  /** Level middel or higher. */
  risky: number
  /** Mean risk score 0..100 of the scored posts, or null when none were scored. */
  meanRisk: number | null
  /** Mean sentiment -1..1 of the scored posts, or null. */
  meanSentiment: number | null
}

/** Volume, sentiment and risk over time and by category for [from, to). */
export interface TimeSeries {
  points: TimeSeriesPoint[]
  /** Posts with level laag or higher, counted once per category they carry. */
  byCategory: { category: (typeof CATEGORY_IDS)[number]; count: number }[]
  byLevel: { level: (typeof RISK_LEVELS)[number]; count: number }[]
}

export interface SourceWithHealth extends Source {
  health: SourceHealth
}

export interface ThreadSummary {
  rootPostId: number
  title: string
  sourceName: string
  commentCount: number
  derailing: ThreadDerailing
  updatedAt: string
}

export interface PostDetail {
  post: Post
  comments: Post[]
  thread: ThreadSummary | null
}

export interface Settings {
  language: 'nl' | 'en'
  retentionDays: number
  [key: string]: unknown
}

/** Result type per method. */
export interface ApiResults extends AlertsResults, ReportsResults, SourcesResults {
  listPosts: PostPage
  getPost: PostDetail
  getStats: DashboardStats
  getTimeSeries: TimeSeries
  listSources: SourceWithHealth[]
  addSource: SourceWithHealth
  updateSource: SourceWithHealth
  removeSource: { ok: true }
  pollNow: { started: number }
  listThreads: ThreadSummary[]
  getThread: PostDetail
  listAlerts: Alert[]
  sendFeedback: { ok: true }
  getSettings: Settings
  updateSettings: Settings
}

export type ApiInput<M extends ApiMethod> = z.input<(typeof API_INPUTS)[M]>
export type ApiParsed<M extends ApiMethod> = z.output<(typeof API_INPUTS)[M]>

/** What a host implements: one async handler per method, taking the already-validated input. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsed<M>) => Promise<ApiResults[M]> }

/** What the renderer calls: one async function per method, taking the raw input. */
export type ApiClient = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResults[M]> }

/** Events the engine emits to every connected window or browser. */
export type EngineEvent =
  | { type: 'post:new'; post: Post }
  | { type: 'post:scored'; post: Post }
  | { type: 'source:health'; sourceId: number; health: SourceHealth }
  | { type: 'thread:updated'; thread: ThreadSummary }
  | { type: 'alert:new'; alert: Alert }
  | { type: 'alert:updated'; alert: Alert }
  | { type: 'stats'; stats: DashboardStats }
  /**
   * Host-level: the event stream is (re)connected. Events emitted while it was down are lost, so stores reload on
   * it: a page that loaded its data before the stream opened would otherwise keep a stale view.
   */
  | { type: 'connected' }
  /** Host-level: the desktop host asks the page to open a view (a clicked notification). */
  | { type: 'navigate'; to: string }

/** An error the user can act on, carried across transports with its Dutch message. */
export interface ApiErrorBody {
  error: { code: 'invalid_input' | 'not_found' | 'conflict' | 'internal'; message: string; issues?: unknown }
}

/** Validates a raw input for `method`; throws ApiError('invalid_input') with a Dutch message naming the field. */
export function parseInput<M extends ApiMethod>(method: M, raw: unknown): ApiParsed<M> {
  const result = API_INPUTS[method].safeParse(raw ?? {})
  if (!result.success) {
    const first = result.error.issues[0]
    const where = first?.path.length ? `${first.path.join('.')}: ` : ''
    throw new ApiError('invalid_input', `${where}${first?.message ?? 'ongeldige invoer'}`, result.error.issues)
  }
  return result.data as ApiParsed<M>
}

export class ApiError extends Error {
  constructor(
    public readonly code: ApiErrorBody['error']['code'],
    message: string,
    public readonly issues?: unknown
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Type guard: is `name` one of the API's methods (used by hosts to refuse undeclared calls). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API_INPUTS, name)
}
