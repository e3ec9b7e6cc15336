import type { Db } from './db'
import type { Post, PostScore, CategoryId } from '../../shared/domain'
import { levelRank } from '../../shared/domain'
import type { PostFilter, PostPage } from '../../shared/api'
import { postFilterSchema } from '../../shared/api'
import { toFtsQuery } from './search-index'
import type { NormalisedItem } from '../feeds/normalise'

/** A normalised feed item as the store keeps it, with the story key the poller computed for it. */
export type ItemToStore = Omit<NormalisedItem, 'inReplyTo' | 'altKeys'> & {
  /** Keys the item would have under the other dedupe strategies (see NormalisedItem.altKeys). */
  altKeys?: string[]
  storyKey?: string | null
}

export type UpsertOutcome = 'new' | 'edited' | 'unchanged'

interface PostRow {
  id: number
  source_id: number
  source_name: string
  parent_id: number | null
  story_id: number | null
  title: string
  text: string
  html: string
  link: string | null
  author: string | null
  published_at: string
  fetched_at: string
  media: number
  comments_feed_url: string | null
  comment_count: number | null
  risk: number | null
  level: string | null
  categories: string | null
  evidence: string | null
  language: string | null
  sentiment: number | null
  model_version: string | null
}

const SELECT = `SELECT p.id, p.source_id, s.name AS source_name, p.parent_id, p.story_id, p.title, p.text, p.html,
  p.link, p.author, p.published_at, p.fetched_at, p.media, p.comments_feed_url, p.comment_count,
  sc.risk, sc.level, sc.categories, sc.evidence, sc.language, sc.sentiment, sc.model_version
  FROM posts p JOIN sources s ON s.id = p.source_id LEFT JOIN scores sc ON sc.post_id = p.id`

function toPost(r: PostRow): Post {
  const score: PostScore | null =
    r.risk === null
      ? null
      : {
          risk: r.risk,
          level: r.level as PostScore['level'],
          categories: JSON.parse(r.categories ?? '[]') as PostScore['categories'],
          evidence: JSON.parse(r.evidence ?? '[]') as PostScore['evidence'],
          language: (r.language ?? 'nl') as PostScore['language'],
          sentiment: r.sentiment ?? 0,
          modelVersion: r.model_version ?? ''
        }
  return {
    id: r.id,
    sourceId: r.source_id,
    sourceName: r.source_name,
    parentId: r.parent_id,
    storyId: r.story_id,
    title: r.title,
    text: r.text,
    html: r.html,
    link: r.link,
    author: r.author,
    publishedAt: r.published_at,
    fetchedAt: r.fetched_at,
    media: r.media === 1,
    score
  }
}

/** Posts, their scores and the pipeline's stage markers. */
export class PostsRepo {
  readonly fts: boolean
  constructor(
    private readonly db: Db,
    opts: { fts: boolean }
  ) {
    this.fts = opts.fts
  }

  /**
   * Inserts a new item or updates an edited one (same dedupe key, other content hash: marked for rescoring).
   * Call inside the poll's transaction. Returns what happened and the post id.
   */
  upsert(
    sourceId: number,
    item: ItemToStore,
    fetchedAt: string,
    parentId: number | null = null
  ): { outcome: UpsertOutcome; id: number } {
    // the item's key under the source's current strategy, looked up among every key earlier posts were stored with
    const existing = this.db
      .prepare(
        `SELECT p.id, p.content_hash FROM post_keys k JOIN posts p ON p.id = k.post_id
         WHERE k.source_id = ? AND k.key = ?`
      )
      .get(sourceId, item.dedupeKey) as { id: number; content_hash: string } | undefined
    if (existing) {
      if (existing.content_hash === item.contentHash) {
        if (item.commentCount !== null)
          this.db.prepare('UPDATE posts SET comment_count = ? WHERE id = ?').run(item.commentCount, existing.id)
        return { outcome: 'unchanged', id: existing.id }
      }
      this.db
        .prepare(
          `UPDATE posts SET title = ?, text = ?, html = ?, content_hash = ?, edited_at = ?, media = ?, media_urls = ?,
             comment_count = COALESCE(?, comment_count), scored = 0, evaluated = 0 WHERE id = ?`
        )
        .run(
          item.title,
          item.text,
          item.html,
          item.contentHash,
          fetchedAt,
          item.media ? 1 : 0,
          JSON.stringify(item.mediaUrls),
          item.commentCount,
          existing.id
        )
      return { outcome: 'edited', id: existing.id }
    }
    const storyId = item.storyKey ? this.storyIdFor(item.storyKey) : null
    const res = this.db
      .prepare(
        `INSERT INTO posts (source_id, dedupe_key, guid, link, content_hash, title, text, html, author, published_at,
           fetched_at, media, media_urls, language_hint, comments_feed_url, comment_count, parent_id, story_key, story_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        sourceId,
        item.dedupeKey,
        item.guid,
        item.link,
        item.contentHash,
        item.title,
        item.text,
        item.html,
        item.author,
        item.publishedAt,
        fetchedAt,
        item.media ? 1 : 0,
        JSON.stringify(item.mediaUrls),
        item.languageHint,
        item.commentsFeedUrl,
        item.commentCount,
        parentId,
        item.storyKey ?? null,
        storyId
      )
    const id = Number(res.lastInsertRowid)
    const addKey = this.db.prepare('INSERT OR IGNORE INTO post_keys (source_id, key, post_id) VALUES (?, ?, ?)')
    for (const key of new Set([item.dedupeKey, ...(item.altKeys ?? [])])) addKey.run(sourceId, key, id)
    if (item.storyKey && storyId === null) {
      this.db.prepare('UPDATE posts SET story_id = ? WHERE id = ?').run(id, id)
    }
    return { outcome: 'new', id }
  }

  /** Cross-source duplicates share the story id of the first post seen with the same story key. */
  private storyIdFor(storyKey: string): number | null {
    const row = this.db
      .prepare('SELECT story_id FROM posts WHERE story_key = ? AND story_id IS NOT NULL ORDER BY id LIMIT 1')
      .get(storyKey) as { story_id: number } | undefined
    return row?.story_id ?? null
  }

  get(id: number): Post | null {
    const row = this.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PostRow | undefined
    return row ? toPost(row) : null
  }

  /** Comments of a post, oldest first. */
  comments(parentId: number): Post[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE p.parent_id = ? ORDER BY p.published_at, p.id`)
      .all(parentId) as unknown as PostRow[]
    return rows.map(toPost)
  }

  /** Filtered, newest-first page of posts with keyset pagination (fast on large databases). */
  list(filter: PostFilter): PostPage {
    const f = postFilterSchema.parse(filter)
    const where: string[] = []
    const args: (string | number)[] = []
    // unary + keeps SQLite off the posts_parent index (80% of rows match), so it walks published_at in order and
    // stops after one page instead of sorting every top-level post
    if (!f.includeComments) where.push('+p.parent_id IS NULL')
    if (f.sourceId !== undefined) {
      where.push('p.source_id = ?')
      args.push(f.sourceId)
    }
    if (f.minLevel) {
      // rare levels (hoog, kritiek): start from the few matching scores; common ones: walk the newest posts and
      // filter (`+` keeps SQLite from sorting every match), which stops after one page
      const rank = levelRank(f.minLevel)
      where.push(rank >= 3 ? 'p.id IN (SELECT post_id FROM scores WHERE level_rank >= ?)' : '+sc.level_rank >= ?')
      args.push(rank)
    }
    if (f.category) {
      where.push(`EXISTS (SELECT 1 FROM json_each(sc.categories) c WHERE json_extract(c.value, '$.id') = ?)`)
      args.push(f.category)
    }
    // with a source, its index is the selective one: keep the (often wide) period from competing for the plan
    const at = f.sourceId !== undefined ? '+p.published_at' : 'p.published_at'
    if (f.from) {
      where.push(`${at} >= ?`)
      args.push(new Date(f.from).toISOString())
    }
    if (f.to) {
      where.push(`${at} < ?`)
      args.push(new Date(f.to).toISOString())
    }
    if (f.q && f.q.trim()) {
      const q = toFtsQuery(f.q)
      if (q && this.fts) {
        where.push('p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)')
        args.push(q)
      } else if (q) {
        where.push(`(p.title LIKE ? ESCAPE '\\' OR p.text LIKE ? ESCAPE '\\')`)
        const like = `%${f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        args.push(like, like)
      }
    }
    if (f.alertState) {
      // the alert set is small: materialise it once instead of probing alerts per candidate post
      where.push(
        `p.id IN (SELECT post_id FROM alerts WHERE state = ? AND post_id IS NOT NULL
          UNION SELECT thread_post_id FROM alerts WHERE state = ? AND thread_post_id IS NOT NULL)`
      )
      args.push(f.alertState, f.alertState)
    }
    if (f.before) {
      where.push('(p.published_at < ? OR (p.published_at = ? AND p.id < ?))')
      args.push(f.before.publishedAt, f.before.publishedAt, f.before.id)
    }
    const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY p.published_at DESC, p.id DESC LIMIT ?`
    const rows = this.db.prepare(sql).all(...args, f.limit + 1) as unknown as PostRow[]
    const items = rows.slice(0, f.limit).map(toPost)
    const last = items[items.length - 1]
    return {
      items,
      next: rows.length > f.limit && last ? { publishedAt: last.publishedAt, id: last.id } : null
    }
  }

  /** Posts waiting for the scoring stage, oldest first. */
  pendingScore(limit: number): Post[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE p.scored = 0 ORDER BY p.id LIMIT ?`)
      .all(limit) as unknown as PostRow[]
    return rows.map(toPost)
  }

  /** Stores a score and marks the post scored (and due for alert evaluation again). */
  saveScore(postId: number, s: PostScore, at: string): void {
    const top: CategoryId | null = s.categories[0]?.id ?? null
    this.db
      .prepare(
        `INSERT INTO scores (post_id, risk, level, level_rank, categories, top_category, evidence, language, sentiment, model_version, scored_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(post_id) DO UPDATE SET risk = excluded.risk, level = excluded.level, level_rank = excluded.level_rank,
           categories = excluded.categories, top_category = excluded.top_category, evidence = excluded.evidence,
           language = excluded.language, sentiment = excluded.sentiment, model_version = excluded.model_version,
           scored_at = excluded.scored_at`
      )
      .run(
        postId,
        s.risk,
        s.level,
        levelRank(s.level),
        JSON.stringify(s.categories),
        top,
        JSON.stringify(s.evidence),
        s.language,
        s.sentiment,
        s.modelVersion,
        at
      )
    this.db.prepare('UPDATE posts SET scored = 1, evaluated = 0 WHERE id = ?').run(postId)
  }

  /** Scored posts waiting for the alert stage, oldest first. */
  pendingEvaluation(limit: number): Post[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE p.scored = 1 AND p.evaluated = 0 ORDER BY p.id LIMIT ?`)
      .all(limit) as unknown as PostRow[]
    return rows.map(toPost)
  }

  markEvaluated(postId: number): void {
    this.db.prepare('UPDATE posts SET evaluated = 1 WHERE id = ?').run(postId)
  }

  /**
   * Deletes top-level posts (their comments and scores cascade) published before `before`, except posts an open
   * alert still points at. Returns how many were deleted.
   */
  purgeOlderThan(before: string): number {
    const res = this.db
      .prepare(
        `DELETE FROM posts WHERE parent_id IS NULL AND published_at < ?
           AND id NOT IN (SELECT post_id FROM alerts WHERE post_id IS NOT NULL AND state NOT IN ('afgerond', 'vals_alarm'))
           AND id NOT IN (SELECT thread_post_id FROM alerts WHERE thread_post_id IS NOT NULL AND state NOT IN ('afgerond', 'vals_alarm'))`
      )
      .run(before)
    return Number(res.changes)
  }

  count(): number {
    return Number((this.db.prepare('SELECT COUNT(*) AS n FROM posts').get() as { n: number }).n)
  }

  /** Posts whose comment feed should be followed: own sources always, mentions once scored laag or higher. */
  commentFeedsToFollow(): { postId: number; url: string; sourceId: number }[] {
    return this.db
      .prepare(
        `SELECT p.id AS postId, p.comments_feed_url AS url, p.source_id AS sourceId
         FROM posts p JOIN sources s ON s.id = p.source_id LEFT JOIN scores sc ON sc.post_id = p.id
         WHERE p.comments_feed_url IS NOT NULL AND p.parent_id IS NULL
           AND (s.kind = 'own' OR sc.level_rank >= 1 OR COALESCE(p.comment_count, 0) >= 10)
           AND NOT EXISTS (SELECT 1 FROM sources c WHERE c.url = p.comments_feed_url)`
      )
      .all() as unknown as { postId: number; url: string; sourceId: number }[]
  }
}
