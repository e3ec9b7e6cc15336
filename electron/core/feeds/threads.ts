/**
 * Comment threads: where a post's comments live (wfw:commentRss, Atom replies link, Reddit thread feed) and
 * which post or comment each comment answers.
 */
import { normaliseLink } from './links.ts'
import type { NormalisedItem } from './normalise.ts'

/** True for a Reddit discussion URL (…/r/<sub>/comments/<id>/…). */
export function isRedditThread(url: string | null | undefined): boolean {
  if (!url) return false
  try {
    const u = new URL(url)
    return /(^|\.)reddit\.com$/i.test(u.hostname) && /^\/r\/[^/]+\/comments\/\w+/.test(u.pathname)
  } catch {
    return false
  }
}

/**
 * The feed URL with a post's comments: the item's own comment feed (wfw:commentRss or Atom
 * `<link rel="replies">`), else for a Reddit discussion its `.rss` feed. Null when there is none.
 */
export function commentFeedUrl(
  item: Pick<NormalisedItem, 'link' | 'commentsFeedUrl'>
): string | null {
  if (item.commentsFeedUrl) return item.commentsFeedUrl
  if (item.link && isRedditThread(item.link)) {
    const u = new URL(item.link)
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}/.rss`
  }
  return null
}

export interface ThreadComment {
  item: NormalisedItem
  /** guid or link of what this comment answers: the post, or another comment. */
  parentRef: string
  /** 1 for a reply to the post, 2 for a reply to a comment, … */
  depth: number
}

/**
 * Map the items of a post's comment feed to the thread, oldest first. A comment answers what its
 * thr:in-reply-to names (the post or an earlier comment); without it, the post whose feed it came from.
 * The post itself (Reddit thread feeds start with it) is left out.
 */
export function threadComments(
  post: Pick<NormalisedItem, 'guid' | 'link'>,
  comments: NormalisedItem[]
): ThreadComment[] {
  const postRef = post.guid ?? post.link ?? ''
  const postKeys = new Set(
    [post.guid, post.link, normaliseLink(post.link)].filter((k): k is string => !!k)
  )
  const isPost = (c: NormalisedItem) =>
    (c.guid !== null && postKeys.has(c.guid)) ||
    (c.link !== null && postKeys.has(normaliseLink(c.link) ?? ''))
  const own = comments.filter((c) => !isPost(c))
  const byRef = new Map<string, NormalisedItem>()
  for (const c of own) {
    if (c.guid) byRef.set(c.guid, c)
    if (c.link) byRef.set(c.link, c)
  }
  const depthOf = new Map<NormalisedItem, number>()
  const depth = (c: NormalisedItem, seen = new Set<NormalisedItem>()): number => {
    const known = depthOf.get(c)
    if (known !== undefined) return known
    const parent = c.inReplyTo ? byRef.get(c.inReplyTo) : undefined
    const d = parent && parent !== c && !seen.has(parent) ? depth(parent, seen.add(c)) + 1 : 1
    depthOf.set(c, d)
    return d
  }
  return own
    .map((item) => {
      const parent =
        item.inReplyTo && byRef.has(item.inReplyTo) && byRef.get(item.inReplyTo) !== item
          ? item.inReplyTo
          : null
      return { item, parentRef: parent ?? postRef, depth: depth(item) }
    })
    .sort((a, b) =>
      a.item.publishedAt < b.item.publishedAt ? -1 : a.item.publishedAt > b.item.publishedAt ? 1 : 0
    )
}
