import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFeed } from '../../../../electron/core/feeds/parse.ts'
import type { ParsedFeed, ParsedItem } from '../../../../electron/core/feeds/parse.ts'
import {
  chooseDedupeStrategy,
  languageHint,
  normaliseItems,
  storyKey
} from '../../../../electron/core/feeds/normalise.ts'
import { normaliseLink } from '../../../../electron/core/feeds/links.ts'
import { parseFeedDate } from '../../../../electron/core/feeds/dates.ts'

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/feeds'
)
const ctx = { sourceUrl: 'https://example.org/feed/', fetchedAt: '2025-01-20T12:00:00.000Z' }

function item(over: Partial<ParsedItem>): ParsedItem {
  return {
    title: 'Titel',
    link: null,
    guid: null,
    pubDate: null,
    author: null,
    contentHtml: null,
    summary: null,
    categories: [],
    enclosures: [],
    mediaUrls: [],
    commentsFeedUrl: null,
    commentsPageUrl: null,
    commentCount: null,
    inReplyTo: null,
    language: null,
    ...over
  }
}
function feedOf(items: ParsedItem[]): ParsedFeed {
  return {
    title: 'F',
    link: 'https://example.org/',
    language: null,
    items,
    repaired: false,
    repairs: [],
    format: 'rss'
  }
}

describe('normaliseItems', () => {
  it('produces plain text, sanitised HTML, dates, media and thread hints', async () => {
    const feed = await parseFeed(readFileSync(path.join(fixtures, 'rss-extensions.xml'), 'utf8'))
    const [a, b] = normaliseItems(feed, ctx)
    expect(a).toMatchObject({
      guid: 'post-1',
      dedupeKey: 'g:post-1',
      title: 'Open dag',
      text: 'Kom langs',
      author: 'Redactie',
      publishedAt: '2025-01-14T09:00:00.000Z',
      media: true,
      languageHint: 'nl',
      commentsFeedUrl: 'https://example.org/open-dag/feed/',
      commentCount: 4
    })
    expect(a.html).toBe('<p>Kom <b>langs</b></p>')
    expect(b.publishedAt).toBe('2025-01-15T08:30:00.000Z')
    expect(b.text).toBe('Bekijk het filmpje')
    expect(b.html).not.toMatch(/onclick/)
    expect(b.html).toContain('href="https://example.org/film"')
    expect(b.mediaUrls).toEqual(['https://example.org/clip.mp4'])
  })

  it('removes script, style, iframe, event handlers and javascript:/data: links', () => {
    const html =
      '<p onmouseover="x()">Hoi<script>steal()</script><style>p{}</style><iframe src="https://evil"></iframe>' +
      '<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="mailto:x@y.nl">c</a>' +
      '<img src="data:image/png;base64,AAA"></p>'
    const [n] = normaliseItems(feedOf([item({ contentHtml: html, guid: '1' })]), ctx)
    expect(n.html).not.toMatch(/script|style|iframe|onmouseover|javascript:|data:/i)
    expect(n.html).toContain('href="mailto:x@y.nl"')
    // Inline elements without whitespace between them stay joined, as a browser shows them.
    expect(n.text).toBe('Hoi abc')
  })

  it('decodes entities and folds whitespace in text', () => {
    const [n] = normaliseItems(
      feedOf([
        item({
          title: 'Caf&eacute; &amp; co',
          contentHtml: '<p>a&nbsp;b</p>\n\n<p>c &#8364; &#x201C;d&#x201D;</p>',
          guid: '1'
        })
      ]),
      ctx
    )
    expect(n.title).toBe('Café & co')
    expect(n.text).toBe('a b c € “d”')
  })

  it('falls back to fetchedAt for missing, invalid and far-future dates', () => {
    const items = normaliseItems(
      feedOf([
        item({ guid: '1' }),
        item({ guid: '2', pubDate: 'nooit' }),
        item({ guid: '3', pubDate: '2030-01-01T00:00:00Z' }),
        item({ guid: '4', pubDate: '2025-01-20T20:00:00Z' })
      ]),
      ctx
    )
    expect(items.map((i) => i.publishedAt)).toEqual([
      ctx.fetchedAt,
      ctx.fetchedAt,
      ctx.fetchedAt,
      '2025-01-20T20:00:00.000Z'
    ])
  })

  it('changes the content hash when a post is edited, not when whitespace changes', () => {
    const [a] = normaliseItems(feedOf([item({ guid: '1', contentHtml: '<p>Tekst</p>' })]), ctx)
    const [b] = normaliseItems(feedOf([item({ guid: '1', contentHtml: '<p>Tekst</p>\n  ' })]), ctx)
    const [c] = normaliseItems(
      feedOf([item({ guid: '1', contentHtml: '<p>Tekst, aangepast</p>' })]),
      ctx
    )
    expect(a.contentHash).toBe(b.contentHash)
    expect(a.contentHash).not.toBe(c.contentHash)
    expect(a.dedupeKey).toBe(c.dedupeKey)
  })

  it('drops tracking pixels from media but keeps real images', () => {
    const [n] = normaliseItems(
      feedOf([
        item({
          guid: '1',
          contentHtml:
            '<img src="http://feeds.feedburner.com/~r/x/~4/abc" width="1"><img src="/foto.png">'
        })
      ]),
      ctx
    )
    expect(n.mediaUrls).toEqual(['https://example.org/foto.png'])
  })
})

describe('dedupe strategy', () => {
  it('uses guids when all are present and unique', () => {
    expect(chooseDedupeStrategy([item({ guid: 'a' }), item({ guid: 'b' })])).toBe('guid')
  })
  it('degrades to links when guids repeat within a feed', () => {
    const items = [
      item({ guid: 'x', link: 'https://e.org/1' }),
      item({ guid: 'x', link: 'https://e.org/2' })
    ]
    expect(chooseDedupeStrategy(items)).toBe('link')
    const keys = normaliseItems(feedOf(items), ctx).map((i) => i.dedupeKey)
    expect(new Set(keys).size).toBe(2)
    expect(keys[0]).toBe('l://e.org/1')
  })
  it('degrades to the content hash when links are missing too', () => {
    const items = [item({ title: 'a' }), item({ title: 'b', link: 'https://e.org/b' })]
    expect(chooseDedupeStrategy(items)).toBe('hash')
    expect(normaliseItems(feedOf(items), ctx)[0].dedupeKey).toMatch(/^h:[0-9a-f]{32}$/)
  })
  it('never upgrades past a strategy the source already degraded to', () => {
    expect(chooseDedupeStrategy([item({ guid: 'a' })], { strategy: 'link' })).toBe('link')
  })
})

describe('links, dates, language, story keys', () => {
  it('normalises links for dedupe', () => {
    expect(normaliseLink('HTTPS://Example.ORG:443/a/?utm_source=x&b=2&fbclid=1&a=1#frag')).toBe(
      '//example.org/a?a=1&b=2'
    )
    expect(normaliseLink('http://example.org/a/')).toBe(
      normaliseLink('https://example.org/a?gclid=z')
    )
    expect(normaliseLink('javascript:alert(1)')).toBeNull()
  })
  it('reads European zone names and Dutch months', () => {
    expect(parseFeedDate('Mon, 20 Jan 2025 10:00:00 CEST')).toBe(Date.parse('2025-01-20T08:00:00Z'))
    expect(parseFeedDate('20 januari 2025 10:00')).not.toBeNull()
    expect(parseFeedDate('2025-01-20 10:00:00')).toBe(Date.parse('2025-01-20T10:00:00Z'))
    expect(parseFeedDate('garbage')).toBeNull()
  })
  it('hints the language from the declaration or the words', () => {
    expect(languageHint('nl-NL', '')).toBe('nl')
    expect(
      languageHint(null, 'De leerlingen van het college zijn niet blij met de nieuwe regels')
    ).toBe('nl')
    expect(languageHint(null, 'The students of the college are not happy with the new rules')).toBe(
      'en'
    )
    expect(languageHint(null, 'ok')).toBeNull()
  })
  it('gives the same story key to one story from two sources', () => {
    const a = storyKey({
      title: 'Onrust op Almere College na vechtpartij - Omroep Flevoland',
      link: 'https://a.nl/1'
    })
    const b = storyKey({ title: 'Vechtpartij Almere College: onrust', link: 'https://b.nl/x' })
    const c = storyKey({ title: 'Almere College wint debatwedstrijd', link: 'https://c.nl/x' })
    expect(a).toBe(b)
    expect(a).not.toBe(c)
  })
})
