import type { Post, ThreadDerailing } from '../../shared/domain'
import { levelRank } from '../../shared/domain'
import type { AlertUpsert } from '../store/alerts-repo'

/** Lowest post level that opens an alert (laag only reaches the dashboard and the digest). */
export const ALERT_MIN_LEVEL = 'middel'

/**
 * The alert a scored post asks for, or null. One alert per thread or story: a comment counts toward its thread,
 * a post toward its story (cross-source duplicates share one).
 */
export function alertForPost(post: Post, rootPostId: number | null): AlertUpsert | null {
  const s = post.score
  if (!s || levelRank(s.level) < levelRank(ALERT_MIN_LEVEL)) return null
  const key = rootPostId ? `thread:${rootPostId}` : `story:${post.storyId ?? post.id}`
  const title = (post.title || post.text).slice(0, 140)
  return {
    kind: rootPostId ? 'thread' : 'post',
    dedupeKey: key,
    postId: post.id,
    threadPostId: rootPostId,
    level: s.level,
    categories: s.categories.map((c) => c.id),
    title,
    strategyId: s.categories[0]?.id ?? null
  }
}

/** A derailing thread escalates as hoog (kritiek past 85) under the thread's own alert. */
export function alertForThread(
  root: Post,
  d: ThreadDerailing,
  categories: AlertUpsert['categories']
): AlertUpsert | null {
  if (!d.derailing) return null
  return {
    kind: 'thread',
    dedupeKey: `thread:${root.id}`,
    postId: root.id,
    threadPostId: root.id,
    level: d.index >= 85 ? 'kritiek' : 'hoog',
    categories,
    title: `Discussie ontspoort: ${(root.title || root.text).slice(0, 120)}`,
    strategyId: 'derailing'
  }
}
