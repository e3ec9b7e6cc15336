/**
 * One poll of one source, end to end: fetch → decode → parse (off the engine's thread) → normalise → filter by
 * watch terms → store. The posts and the source's validators (ETag, Last-Modified) and health are written in ONE
 * transaction, so a kill at any moment either keeps the whole poll or none of it (the next poll then refetches).
 */
import type { Db } from '../store/db'
import { transaction } from '../store/db'
import type { SourcesRepo } from '../store/sources-repo'
import type { PostsRepo } from '../store/posts-repo'
import type { SourceWithHealth } from '../../shared/api'
import { fetchFeed } from './fetch'
import type { FetchOptions } from './fetch'
import { decodeFeed } from './decode'
import { parseFeedInWorker } from './parse'
import { chooseDedupeStrategy, normaliseItems, storyKey } from './normalise'
import type { DedupeStrategy, NormalisedItem } from './normalise'
import { matchesWatch } from './watch'
import { commentFeedUrl } from './threads'
import { feedError } from './errors'
import type { FeedError } from './errors'
import { nextPollDelayMs } from './schedule'

export interface PollOutcome {
  sourceId: number
  source: string
  status: 'ok' | 'not_modified' | 'error'
  items: number
  new: number
  edited: number
  newPostIds: number[]
  repaired: boolean
  error: FeedError | null
}

export interface PollDeps {
  db: Db
  sources: SourcesRepo
  posts: PostsRepo
  now: () => Date
  fetchOptions?: Partial<FetchOptions>
}

/** How many consecutive polls must see the same permanent redirect before the stored URL changes. */
const PERMANENT_REDIRECTS_TO_MOVE = 3

/**
 * Polls one source and persists the result. Never throws for feed problems: they become the source's health
 * (a Dutch message plus the technical detail) and a backed-off next poll.
 */
export async function pollSource(
  deps: PollDeps,
  source: SourceWithHealth & { parentPostId?: number | null }
): Promise<PollOutcome> {
  const started = deps.now()
  const state = deps.sources.pollState(source.id)
  const base: PollOutcome = {
    sourceId: source.id,
    source: source.name,
    status: 'error',
    items: 0,
    new: 0,
    edited: 0,
    newPostIds: [],
    repaired: false,
    error: null
  }
  const fail = (error: FeedError, retryAfterMs?: number): PollOutcome => {
    const delay = nextPollDelayMs({
      intervalSeconds: source.intervalSeconds,
      failures: state.consecutiveFailures + 1,
      retryAfterMs
    })
    deps.sources.recordPoll(source.id, {
      at: started.toISOString(),
      ok: false,
      error: { message: error.message, detail: error.detail, code: error.code },
      newItems: 0,
      nextPollAt: new Date(deps.now().getTime() + delay).toISOString()
    })
    return { ...base, error }
  }

  const res = await fetchFeed(source.url, {
    ...deps.fetchOptions,
    etag: state.etag,
    lastModified: state.lastModified
  })
  if (res.kind === 'error') return fail(res.error, res.retryAfterMs)

  const redirect = redirectState(source.url, res.permanentRedirectTo, state)
  if (res.kind === 'not_modified') {
    const delay = nextPollDelayMs({
      intervalSeconds: source.intervalSeconds,
      failures: 0,
      cacheTtlMs: res.cacheTtlMs
    })
    transaction(deps.db, () => {
      deps.sources.recordPoll(source.id, {
        at: started.toISOString(),
        ok: true,
        etag: res.etag ?? state.etag,
        lastModified: res.lastModified ?? state.lastModified,
        newItems: 0,
        nextPollAt: new Date(deps.now().getTime() + delay).toISOString(),
        ...redirect
      })
      moveIfPermanent(deps, source.id, redirect)
    })
    return { ...base, status: 'not_modified' }
  }

  let feed
  try {
    const { text } = decodeFeed(res.body, res.contentType ?? undefined)
    feed = await parseFeedInWorker(text)
  } catch (err) {
    const e = err as Partial<FeedError> & Error
    return fail(
      e.code && e.message
        ? (e as FeedError)
        : feedError('parse', e.message ?? String(err))
    )
  }

  const fetchedAt = deps.now().toISOString()
  // a source whose guids go missing or repeat degrades to links, then to content hashes, and never flips back
  const previousStrategy = state.dedupeMode as DedupeStrategy
  const strategy = chooseDedupeStrategy(feed.items, { strategy: previousStrategy })
  const items = normaliseItems(feed, { sourceUrl: res.finalUrl, fetchedAt, previousStrategy })
  const kept = source.parentPostId
    ? commentsOf(deps, source.parentPostId, items)
    : items.filter((i) => matchesWatch(`${i.title}\n${i.text}`, source.watchTerms, source.excludeTerms).keep)
  const delay = nextPollDelayMs({
    intervalSeconds: source.intervalSeconds,
    failures: 0,
    ttlMinutes: feed.ttlMinutes,
    cacheTtlMs: res.cacheTtlMs
  })

  const outcome = transaction(deps.db, () => {
    let added = 0
    let edited = 0
    const newIds: number[] = []
    for (const item of kept) {
      const r = deps.posts.upsert(
        source.id,
        {
          ...item,
          // a Reddit discussion has no wfw:commentRss: its thread feed is derived from the link
          commentsFeedUrl: source.parentPostId ? null : commentFeedUrl(item),
          storyKey: source.parentPostId ? null : storyKey(item)
        },
        fetchedAt,
        source.parentPostId ?? null
      )
      if (r.outcome === 'new') {
        added++
        newIds.push(r.id)
      } else if (r.outcome === 'edited') edited++
    }
    deps.sources.recordPoll(source.id, {
      at: started.toISOString(),
      ok: true,
      etag: res.etag,
      lastModified: res.lastModified,
      newItems: added,
      nextPollAt: new Date(deps.now().getTime() + delay).toISOString(),
      repaired: feed.repaired,
      dedupeMode: strategy,
      ...redirect
    })
    moveIfPermanent(deps, source.id, redirect)
    return { added, edited, newIds }
  })
  return {
    ...base,
    status: 'ok',
    items: kept.length,
    new: outcome.added,
    edited: outcome.edited,
    newPostIds: outcome.newIds,
    repaired: feed.repaired
  }
}

/**
 * The comments in a post's comment feed, without the post itself (Reddit thread feeds start with it). The post is
 * recognised by its exact link: WordPress comments link to the post plus a #comment fragment, so a normalised
 * comparison would throw every comment away.
 */
function commentsOf(deps: PollDeps, parentPostId: number, items: NormalisedItem[]): NormalisedItem[] {
  const parent = deps.posts.get(parentPostId)
  if (!parent?.link) return items
  return items.filter((i) => i.link !== parent.link)
}

function redirectState(
  url: string,
  target: string | undefined,
  state: { redirectTarget: string | null; redirectCount: number }
): { redirectTarget: string | null; redirectCount: number } {
  if (!target || target === url) return { redirectTarget: null, redirectCount: 0 }
  const count = state.redirectTarget === target ? state.redirectCount + 1 : 1
  return { redirectTarget: target, redirectCount: count }
}

/** Moves the stored URL only after repeated permanent redirects to the same place (a one-off 301 can be a mistake). */
function moveIfPermanent(
  deps: PollDeps,
  sourceId: number,
  r: { redirectTarget: string | null; redirectCount: number }
): void {
  if (!r.redirectTarget || r.redirectCount < PERMANENT_REDIRECTS_TO_MOVE) return
  if (deps.sources.findByUrl(r.redirectTarget)) return
  deps.sources.update(sourceId, { url: r.redirectTarget })
  deps.db.prepare('UPDATE source_state SET redirect_target = NULL, redirect_count = 0 WHERE source_id = ?').run(sourceId)
}
