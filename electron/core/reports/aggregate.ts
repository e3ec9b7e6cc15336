/**
 * The weekly report's figures: plain SQL over posts, scores, threads, alerts and source_state for one ISO week,
 * bounded on posts.published_at (UTC ISO strings compare as text, so the index on published_at does the work).
 */
import type { Db } from '../store/db'
import type { CategoryId, RiskLevel } from '../../shared/domain'
import { CATEGORY_IDS, RISK_LEVELS } from '../../shared/domain'
import type {
  Compared,
  DayVolume,
  ReportPostRef,
  ReportSourceHealth,
  ReportSourceRow,
  ReportThread,
  WeeklyReportData
} from '../../shared/api-reports'
import { shiftWeek, weekRange } from './week'
import type { WeekRange } from './week'
import type { Pseudonymiser } from './pseudonymise'
import { alertStats } from './alert-stats'

/** Sentiment below this counts as negative (the same cut the dashboard KPI uses). */
export const NEGATIVE_SENTIMENT = -0.1
/** Sentiment above this makes a post a candidate for "notable positive". */
export const POSITIVE_SENTIMENT = 0.1

interface VolumeRow {
  posts: number
  comments: number
  scored: number
  sentimentSum: number
  negative: number
}

function volume(db: Db, r: { from: string; to: string }): VolumeRow {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(p.parent_id IS NULL), 0) AS posts,
              COALESCE(SUM(p.parent_id IS NOT NULL), 0) AS comments,
              COALESCE(SUM(p.parent_id IS NULL AND sc.post_id IS NOT NULL), 0) AS scored,
              COALESCE(SUM(CASE WHEN p.parent_id IS NULL THEN sc.sentiment END), 0) AS sentimentSum,
              COALESCE(SUM(p.parent_id IS NULL AND sc.sentiment < ?), 0) AS negative
       FROM posts p LEFT JOIN scores sc ON sc.post_id = p.id
       WHERE p.published_at >= ? AND p.published_at < ?`
    )
    .get(NEGATIVE_SENTIMENT, r.from, r.to) as unknown as VolumeRow
  return {
    posts: Number(row.posts),
    comments: Number(row.comments),
    scored: Number(row.scored),
    sentimentSum: Number(row.sentimentSum),
    negative: Number(row.negative)
  }
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null)

function compare(
  cur: VolumeRow,
  prev: VolumeRow,
  four: VolumeRow[]
): Pick<WeeklyReportData, 'posts' | 'comments' | 'sentiment' | 'negativeShare'> {
  const sum = (k: keyof VolumeRow): number => four.reduce((a, r) => a + r[k], 0)
  return {
    posts: { current: cur.posts, previous: prev.posts, average4: sum('posts') / 4 },
    comments: { current: cur.comments, previous: prev.comments, average4: sum('comments') / 4 },
    sentiment: {
      current: ratio(cur.sentimentSum, cur.scored),
      previous: ratio(prev.sentimentSum, prev.scored),
      average4: ratio(sum('sentimentSum'), sum('scored'))
    },
    negativeShare: {
      current: ratio(cur.negative, cur.scored),
      previous: ratio(prev.negative, prev.scored),
      average4: ratio(sum('negative'), sum('scored'))
    }
  }
}

/** SQL CASE that maps published_at to the local day 0..6 of the week, from the 8 UTC day boundaries. */
function dayCase(bounds: string[]): { sql: string; params: string[] } {
  const whens = bounds.slice(1, 7).map((_, i) => `WHEN p.published_at < ? THEN ${i}`)
  return { sql: `CASE ${whens.join(' ')} ELSE 6 END`, params: bounds.slice(1, 7) }
}

function days(db: Db, w: WeekRange, prev: WeekRange): DayVolume[] {
  const q = (
    r: WeekRange
  ): { d: number; posts: number; comments: number; scored: number; s: number }[] => {
    const c = dayCase(r.dayBounds)
    return db
      .prepare(
        `SELECT ${c.sql} AS d, COALESCE(SUM(p.parent_id IS NULL), 0) AS posts,
                COALESCE(SUM(p.parent_id IS NOT NULL), 0) AS comments,
                COALESCE(SUM(p.parent_id IS NULL AND sc.post_id IS NOT NULL), 0) AS scored,
                COALESCE(SUM(CASE WHEN p.parent_id IS NULL THEN sc.sentiment END), 0) AS s
         FROM posts p LEFT JOIN scores sc ON sc.post_id = p.id
         WHERE p.published_at >= ? AND p.published_at < ? GROUP BY d`
      )
      .all(...c.params, r.from, r.to) as unknown as {
      d: number
      posts: number
      comments: number
      scored: number
      s: number
    }[]
  }
  const cur = new Map(q(w).map((r) => [Number(r.d), r]))
  const before = new Map(q(prev).map((r) => [Number(r.d), r]))
  return w.dates.map((date, i) => {
    const r = cur.get(i)
    return {
      date,
      posts: Number(r?.posts ?? 0),
      comments: Number(r?.comments ?? 0),
      previousPosts: Number(before.get(i)?.posts ?? 0),
      sentiment: r && Number(r.scored) > 0 ? Number(r.s) / Number(r.scored) : null
    }
  })
}

function emptyLevels<T>(make: () => T): Record<RiskLevel, T> {
  return Object.fromEntries(RISK_LEVELS.map((l) => [l, make()])) as Record<RiskLevel, T>
}

function levels(db: Db, w: WeekRange): WeeklyReportData['levels'] {
  const out = emptyLevels(() => ({ posts: 0, comments: 0 }))
  const rows = db
    .prepare(
      `SELECT sc.level AS level, SUM(p.parent_id IS NULL) AS posts, SUM(p.parent_id IS NOT NULL) AS comments
       FROM posts p JOIN scores sc ON sc.post_id = p.id
       WHERE p.published_at >= ? AND p.published_at < ? GROUP BY sc.level`
    )
    .all(w.from, w.to) as unknown as { level: RiskLevel; posts: number; comments: number }[]
  for (const r of rows)
    if (out[r.level]) out[r.level] = { posts: Number(r.posts), comments: Number(r.comments) }
  return out
}

function categories(db: Db, w: WeekRange): WeeklyReportData['categories'] {
  const rows = db
    .prepare(
      `SELECT json_extract(je.value, '$.id') AS cat, sc.level AS level, COUNT(DISTINCT p.id) AS n
       FROM posts p JOIN scores sc ON sc.post_id = p.id, json_each(sc.categories) je
       WHERE p.published_at >= ? AND p.published_at < ? AND sc.level_rank >= 1
       GROUP BY cat, sc.level`
    )
    .all(w.from, w.to) as unknown as { cat: CategoryId; level: RiskLevel; n: number }[]
  const by = new Map<CategoryId, Record<RiskLevel, number>>()
  for (const r of rows) {
    if (!CATEGORY_IDS.includes(r.cat)) continue
    const rec = by.get(r.cat) ?? emptyLevels(() => 0)
    rec[r.level] = (rec[r.level] ?? 0) + Number(r.n)
    by.set(r.cat, rec)
  }
  return CATEGORY_IDS.map((id) => {
    const byLevel = by.get(id) ?? emptyLevels(() => 0)
    return { id, byLevel, total: Object.values(byLevel).reduce((a, b) => a + b, 0) }
  })
}

function oneLine(s: string, max = 140, firstSentence = true): string {
  const flat = s.replace(/\s+/g, ' ').trim()
  const first = firstSentence ? (flat.split(/(?<=[.!?])\s/)[0] ?? '') : flat
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first
}

function derailed(db: Db, w: WeekRange, ps: Pseudonymiser): ReportThread[] {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT t.root_post_id, t.derailing_index, t.explanation, t.comment_count, t.updated_at, p.title, p.text,
                s.name AS source_name,
                (SELECT COUNT(*) FROM posts c WHERE c.parent_id = t.root_post_id
                   AND c.published_at >= ? AND c.published_at < ?) AS in_week
         FROM threads t JOIN posts p ON p.id = t.root_post_id JOIN sources s ON s.id = p.source_id
         WHERE t.derailing = 1)
       WHERE in_week > 0 OR (updated_at >= ? AND updated_at < ?)
       ORDER BY derailing_index DESC, root_post_id LIMIT 20`
    )
    .all(w.from, w.to, w.from, w.to) as unknown as {
    root_post_id: number
    derailing_index: number
    explanation: string
    comment_count: number
    updated_at: string
    title: string
    text: string
    source_name: string
    in_week: number
  }[]
  return rows.map((r) => ({
    rootPostId: r.root_post_id,
    title: oneLine(ps.text(r.title || r.text), 100, false),
    sourceName: r.source_name,
    index: r.derailing_index,
    commentsInWeek: Number(r.in_week),
    commentCount: r.comment_count,
    summary: oneLine(ps.text(r.explanation)),
    updatedAt: r.updated_at
  }))
}

function positives(db: Db, w: WeekRange, ps: Pseudonymiser, limit = 5): ReportPostRef[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.title, p.text, p.author, p.link, p.published_at, s.name AS source_name, s.kind,
              sc.level, sc.sentiment
       FROM posts p JOIN scores sc ON sc.post_id = p.id JOIN sources s ON s.id = p.source_id
       WHERE p.parent_id IS NULL AND p.published_at >= ? AND p.published_at < ?
         AND sc.level = 'geen' AND sc.sentiment > ?
       ORDER BY sc.sentiment DESC, p.published_at DESC LIMIT ?`
    )
    .all(w.from, w.to, POSITIVE_SENTIMENT, limit) as unknown as {
    id: number
    title: string
    text: string
    author: string | null
    link: string | null
    published_at: string
    source_name: string
    kind: 'own' | 'mention'
    level: RiskLevel
    sentiment: number
  }[]
  return rows.map((r) => ({
    id: r.id,
    sourceName: r.source_name,
    title: oneLine(ps.text(r.title), 120, false),
    excerpt: oneLine(ps.text(r.text), 200, false),
    author: ps.author(r.author, { ownSource: r.kind === 'own', comment: false }),
    publishedAt: r.published_at,
    link: r.link,
    level: r.level,
    sentiment: r.sentiment
  }))
}

function topSources(db: Db, w: WeekRange, limit = 5): ReportSourceRow[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.kind, x.posts, x.comments, x.risky, x.negative, x.scored FROM (
         SELECT COALESCE(r.source_id, p.source_id) AS sid,
                SUM(p.parent_id IS NULL) AS posts, SUM(p.parent_id IS NOT NULL) AS comments,
                SUM(COALESCE(sc.level_rank, 0) >= 1) AS risky,
                SUM(p.parent_id IS NULL AND sc.sentiment < ?) AS negative,
                SUM(p.parent_id IS NULL AND sc.post_id IS NOT NULL) AS scored
         FROM posts p LEFT JOIN posts r ON r.id = p.parent_id LEFT JOIN scores sc ON sc.post_id = p.id
         WHERE p.published_at >= ? AND p.published_at < ?
         GROUP BY sid) x JOIN sources s ON s.id = x.sid
       ORDER BY x.posts DESC, x.comments DESC, s.id LIMIT ?`
    )
    .all(NEGATIVE_SENTIMENT, w.from, w.to, limit) as unknown as {
    id: number
    name: string
    kind: 'own' | 'mention'
    posts: number
    comments: number
    risky: number
    negative: number
    scored: number
  }[]
  return rows.map((r) => ({
    sourceId: r.id,
    name: r.name,
    kind: r.kind,
    posts: Number(r.posts),
    comments: Number(r.comments),
    risky: Number(r.risky),
    negativeShare: Number(r.scored) > 0 ? Number(r.negative) / Number(r.scored) : 0
  }))
}

function sourceHealth(db: Db, w: WeekRange): ReportSourceHealth[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.paused, st.last_success_at, st.last_error, COALESCE(st.consecutive_failures, 0) AS fails,
              COALESCE(c.n, 0) AS n
       FROM sources s LEFT JOIN source_state st ON st.source_id = s.id
         LEFT JOIN (SELECT source_id, COUNT(*) AS n FROM posts
                    WHERE published_at >= ? AND published_at < ? AND parent_id IS NULL GROUP BY source_id) c
           ON c.source_id = s.id
       WHERE s.parent_post_id IS NULL ORDER BY s.name COLLATE NOCASE, s.id`
    )
    .all(w.from, w.to) as unknown as {
    id: number
    name: string
    paused: number
    last_success_at: string | null
    last_error: string | null
    fails: number
    n: number
  }[]
  return rows.map((r) => {
    const status: ReportSourceHealth['status'] = r.paused
      ? 'paused'
      : Number(r.fails) > 0
        ? 'errors'
        : !r.last_success_at || r.last_success_at < w.from
          ? 'stale'
          : 'ok'
    return {
      sourceId: r.id,
      name: r.name,
      paused: r.paused === 1,
      lastSuccessAt: r.last_success_at,
      lastError: r.last_error,
      consecutiveFailures: Number(r.fails),
      postsInWeek: Number(r.n),
      status
    }
  })
}

/**
 * Computes every figure of the report for an ISO week (`2026-W47`). Names in titles, excerpts and summaries go
 * through `ps`, so one pseudonymiser keeps labels consistent across the report and its CSV.
 */
export function aggregateWeek(
  db: Db,
  week: string,
  ps: Pseudonymiser,
  now: Date = new Date()
): WeeklyReportData {
  const w = weekRange(week)
  const prev = shiftWeek(week, -1)
  const four = [1, 2, 3, 4].map((n) => volume(db, shiftWeek(week, -n)))
  const figures = compare(volume(db, w), four[0]!, four)
  return {
    week: w.week,
    from: w.from,
    to: w.to,
    generatedAt: now.toISOString(),
    ...figures,
    days: days(db, w, prev),
    levels: levels(db, w),
    categories: categories(db, w),
    alerts: alertStats(db, w, ps),
    derailedThreads: derailed(db, w, ps),
    positives: positives(db, w, ps),
    topSources: topSources(db, w),
    sourceHealth: sourceHealth(db, w),
    pseudonymised: ps.count
  }
}

export type { Compared }
