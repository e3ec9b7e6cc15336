import { describe, expect, it } from 'vitest'
import {
  commentFeedUrl,
  isRedditThread,
  threadComments
} from '../../../../electron/core/feeds/threads.ts'
import { normaliseItems } from '../../../../electron/core/feeds/normalise.ts'
import { parseFeed } from '../../../../electron/core/feeds/parse.ts'
import type { NormalisedItem } from '../../../../electron/core/feeds/normalise.ts'

const ctx = { sourceUrl: 'https://example.org/', fetchedAt: '2025-01-20T12:00:00.000Z' }

describe('comment feeds', () => {
  it('prefers the item’s own comment feed, else a Reddit thread feed', () => {
    expect(
      commentFeedUrl({ link: 'https://e.org/p', commentsFeedUrl: 'https://e.org/p/feed/' })
    ).toBe('https://e.org/p/feed/')
    expect(
      commentFeedUrl({
        link: 'https://www.reddit.com/r/almere/comments/abc/titel/?x=1',
        commentsFeedUrl: null
      })
    ).toBe('https://www.reddit.com/r/almere/comments/abc/titel/.rss')
    expect(commentFeedUrl({ link: 'https://e.org/p', commentsFeedUrl: null })).toBeNull()
    expect(isRedditThread('https://old.reddit.com/r/x/comments/1/y')).toBe(true)
    expect(isRedditThread('https://reddit.com.evil.example/r/x/comments/1')).toBe(false)
  })
})

describe('threadComments', () => {
  it('maps Atom thr:in-reply-to to the post or to another comment, oldest first, without the post itself', async () => {
    const feed = await parseFeed(`<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0"><title>c</title>
  <entry><id>post-1</id><title>Het bericht</title><link href="https://e.org/p1"/><updated>2025-01-20T08:00:00Z</updated></entry>
  <entry><id>c2</id><title>Antwoord op c1</title><thr:in-reply-to ref="c1"/><updated>2025-01-20T10:00:00Z</updated><content>nee</content></entry>
  <entry><id>c1</id><title>Eerste</title><thr:in-reply-to ref="post-1"/><updated>2025-01-20T09:00:00Z</updated><content>ja</content></entry>
  <entry><id>c3</id><title>Los</title><updated>2025-01-20T11:00:00Z</updated><content>hm</content></entry>
</feed>`)
    const items = normaliseItems(feed, ctx)
    const thread = threadComments({ guid: 'post-1', link: 'https://e.org/p1' }, items)
    expect(thread.map((t) => [t.item.guid, t.parentRef, t.depth])).toEqual([
      ['c1', 'post-1', 1],
      ['c2', 'c1', 2],
      ['c3', 'post-1', 1]
    ])
  })

  it('leaves out the post at the top of a Reddit thread feed and survives reply cycles', () => {
    const mk = (guid: string, link: string, inReplyTo: string | null, at: string): NormalisedItem =>
      ({ guid, link, inReplyTo, publishedAt: at }) as NormalisedItem
    const post = { guid: 't3_abc', link: 'https://www.reddit.com/r/x/comments/abc/t/' }
    const thread = threadComments(post, [
      mk('t3_abc', 'https://www.reddit.com/r/x/comments/abc/t/', null, '2025-01-01T00:00:00Z'),
      mk('t1_a', 'https://www.reddit.com/r/x/comments/abc/t/a/', 't1_b', '2025-01-01T01:00:00Z'),
      mk('t1_b', 'https://www.reddit.com/r/x/comments/abc/t/b/', 't1_a', '2025-01-01T02:00:00Z')
    ])
    expect(thread.map((t) => t.item.guid)).toEqual(['t1_a', 't1_b'])
    expect(thread.every((t) => t.depth >= 1 && t.depth <= 3)).toBe(true)
  })
})
