/**
 * CSV of the week's posts and comments with their scores: RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM so
 * Excel opens it with the right characters, and a guard against formula injection (feed text is untrusted).
 */
import type { Db } from '../store/db'
import type { CategoryScore } from '../../shared/domain'
import { weekRange, localDateTime } from './week'
import type { Pseudonymiser } from './pseudonymise'

/** One cell: neutralises a leading = + - @ (and tab/CR) with a quote, then quotes when needed. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return ''
  let s = typeof v === 'number' ? String(v) : v
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Rows to RFC 4180 text with CRLF line ends, prefixed with the UTF-8 BOM. */
export function toCsv(rows: (string | number | null)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

const HEAD = {
  nl: [
    'id',
    'soort',
    'gepubliceerd',
    'bron',
    'auteur',
    'titel',
    'tekst',
    'link',
    'risico',
    'niveau',
    'categorieen',
    'sentiment',
    'model'
  ],
  en: [
    'id',
    'type',
    'published',
    'source',
    'author',
    'title',
    'text',
    'link',
    'risk',
    'level',
    'categories',
    'sentiment',
    'model'
  ]
}

/**
 * Walks the week's authors and texts in the same order as the CSV without building it, so a report that skips the
 * CSV still hands out the same labels (cheaper: no joins on sources, no formatting).
 */
export function primeLabels(db: Db, week: string, ps: Pseudonymiser): void {
  const w = weekRange(week)
  const rows = db
    .prepare(
      `SELECT p.parent_id, s.kind, p.author, p.title, p.text FROM posts p JOIN sources s ON s.id = p.source_id
       WHERE p.published_at >= ? AND p.published_at < ? ORDER BY p.published_at, p.id`
    )
    .all(w.from, w.to) as unknown as {
    parent_id: number | null
    kind: 'own' | 'mention'
    author: string | null
    title: string
    text: string
  }[]
  for (const r of rows) {
    ps.author(r.author, { ownSource: r.kind === 'own', comment: r.parent_id !== null })
    ps.text(r.title)
    ps.text(r.text)
  }
}

/** The CSV of every post and comment published in the week, oldest first, names pseudonymised through `ps`. */
export function weekCsv(db: Db, week: string, ps: Pseudonymiser, lang: 'nl' | 'en' = 'nl'): string {
  const w = weekRange(week)
  const rows = db
    .prepare(
      // a comment is listed under its post's source: comment feeds are named after the post's title, which can
      // carry a pupil's name
      `SELECT p.id, p.parent_id, p.published_at, COALESCE(rs.name, s.name) AS source_name, s.kind, p.author, p.title,
              p.text, p.link, sc.risk, sc.level, sc.categories, sc.sentiment, sc.model_version
       FROM posts p JOIN sources s ON s.id = p.source_id
         LEFT JOIN posts r ON r.id = p.parent_id LEFT JOIN sources rs ON rs.id = r.source_id
         LEFT JOIN scores sc ON sc.post_id = p.id
       WHERE p.published_at >= ? AND p.published_at < ? ORDER BY p.published_at, p.id`
    )
    .all(w.from, w.to) as unknown as {
    id: number
    parent_id: number | null
    published_at: string
    source_name: string
    kind: 'own' | 'mention'
    author: string | null
    title: string
    text: string
    link: string | null
    risk: number | null
    level: string | null
    categories: string | null
    sentiment: number | null
    model_version: string | null
  }[]
  const out: (string | number | null)[][] = [HEAD[lang]]
  for (const r of rows) {
    const cats = r.categories
      ? (JSON.parse(r.categories) as CategoryScore[]).map((c) => c.id).join('|')
      : ''
    const comment = r.parent_id !== null
    out.push([
      r.id,
      comment ? (lang === 'nl' ? 'reactie' : 'comment') : lang === 'nl' ? 'bericht' : 'post',
      localDateTime(r.published_at, lang),
      r.source_name,
      ps.author(r.author, { ownSource: r.kind === 'own', comment }),
      ps.text(r.title),
      ps.text(r.text),
      r.link,
      r.risk,
      r.level,
      cats,
      r.sentiment === null ? null : Math.round(r.sentiment * 1000) / 1000,
      r.model_version
    ])
  }
  return toCsv(out)
}
