/** API methods of the weekly report capability. Owned by electron/core/reports. */
import { z } from 'zod'
import type { CategoryId, RiskLevel } from './domain'

/** An ISO week like `2026-W47` (week 1–53). */
export const isoWeekSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'Geef een ISO-week op, bijvoorbeeld 2026-W47')

export const REPORT_FORMATS = ['pdf', 'html', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export const REPORTS_INPUTS = {
  /** The key figures of one week (no rendering). */
  getReportSummary: z.object({ week: isoWeekSchema }).strict(),
  /** The report file for one week, as base64, for the dashboard's download buttons. */
  exportReport: z
    .object({
      week: isoWeekSchema,
      format: z.enum(REPORT_FORMATS),
      language: z.enum(['nl', 'en']).optional()
    })
    .strict()
} as const

/** A figure this week against the previous week and the average of the four weeks before this one. */
export interface Compared<T = number> {
  current: T
  previous: T
  /** Average of the four weeks before this one (pooled over their posts for sentiment and shares). */
  average4: T
}

export interface DayVolume {
  /** Local date (Europe/Amsterdam), YYYY-MM-DD. */
  date: string
  posts: number
  comments: number
  previousPosts: number
  /** Mean sentiment of the day's scored top-level posts, null when none were scored. */
  sentiment: number | null
}

export interface ReportPostRef {
  id: number
  sourceName: string
  title: string
  /** Short excerpt of the text, pseudonymised. */
  excerpt: string
  author: string | null
  publishedAt: string
  link: string | null
  level: RiskLevel | null
  sentiment: number | null
}

export interface ReportThread {
  rootPostId: number
  title: string
  sourceName: string
  index: number
  commentsInWeek: number
  commentCount: number
  /** One line: what drives the index (pseudonymised). */
  summary: string
  updatedAt: string
}

export interface ReportAlertStats {
  total: number
  byLevel: Record<RiskLevel, number>
  byState: Record<string, number>
  /** Minutes from creation to first acknowledgement; null when none was acknowledged. */
  acknowledgeMedianMinutes: number | null
  acknowledgeMaxMinutes: number | null
  acknowledged: number
  resolveMedianMinutes: number | null
  resolveMaxMinutes: number | null
  resolved: number
  /** Where the lifecycle times came from: an audit trail, timestamp columns, or an approximation. */
  timingBasis: 'audit' | 'columns' | 'updated_at' | 'none'
  items: { id: number; title: string; level: RiskLevel; state: string; createdAt: string }[]
}

export interface ReportSourceRow {
  sourceId: number
  name: string
  kind: 'own' | 'mention'
  posts: number
  comments: number
  risky: number
  negativeShare: number
}

export interface ReportSourceHealth {
  sourceId: number
  name: string
  paused: boolean
  lastSuccessAt: string | null
  lastError: string | null
  consecutiveFailures: number
  postsInWeek: number
  /** ok: fetched fine; errors: failing now; stale: no successful fetch since the week began. */
  status: 'ok' | 'errors' | 'stale' | 'paused'
}

/** Everything the weekly report shows, computed for one ISO week. */
export interface WeeklyReportData {
  week: string
  /** UTC ISO bounds of the week [from, to): Monday 00:00 to next Monday 00:00 Europe/Amsterdam. */
  from: string
  to: string
  generatedAt: string
  posts: Compared
  comments: Compared
  /** Mean sentiment (-1..1) of scored top-level posts. */
  sentiment: Compared<number | null>
  /** Share (0..1) of scored top-level posts with negative sentiment (below -0.1). */
  negativeShare: Compared<number | null>
  days: DayVolume[]
  /** Scored posts and comments by level. */
  levels: Record<RiskLevel, { posts: number; comments: number }>
  /** Posts and comments at level laag or higher carrying the category, split by level. */
  categories: { id: CategoryId; total: number; byLevel: Record<RiskLevel, number> }[]
  alerts: ReportAlertStats
  derailedThreads: ReportThread[]
  positives: ReportPostRef[]
  topSources: ReportSourceRow[]
  sourceHealth: ReportSourceHealth[]
  /** How many distinct people were pseudonymised in this report. */
  pseudonymised: number
}

export interface ReportFile {
  filename: string
  contentType: string
  contentBase64: string
}

export interface ReportsResults {
  getReportSummary: WeeklyReportData
  exportReport: ReportFile
}
