import { afterAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  closeParseWorker,
  parseFeed,
  parseFeedInWorker,
  tryParseFeed
} from '../../../../electron/core/feeds/parse.ts'

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../fixtures/feeds'
)
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8')

afterAll(async () => {
  await closeParseWorker()
})

describe('parseFeed', () => {
  it('maps RSS 2.0 with extensions (media, wfw, slash, dc, content:encoded, ttl)', async () => {
    const feed = await parseFeed(fixture('rss-extensions.xml'))
    expect(feed).toMatchObject({
      title: 'Almere College nieuws',
      format: 'rss',
      ttlMinutes: 30,
      repaired: false,
      language: 'nl-nl'
    })
    const [a, b] = feed.items
    expect(a).toMatchObject({
      title: 'Open dag',
      link: 'https://example.org/open-dag',
      guid: 'post-1',
      author: 'Redactie',
      commentsFeedUrl: 'https://example.org/open-dag/feed/',
      commentCount: 4
    })
    expect(a.contentHtml).toContain('<p>Kom <b>langs</b></p>')
    expect(a.mediaUrls).toEqual(['https://example.org/foto.jpg', 'https://example.org/thumb.jpg'])
    expect(b.enclosures).toEqual([
      { url: 'https://example.org/clip.mp4', type: 'video/mp4', length: 1234 }
    ])
  })

  it('maps Atom threading (thr:in-reply-to, replies link, thr:total)', async () => {
    const feed = await parseFeed(fixture('atom-threading.xml'))
    expect(feed.format).toBe('atom')
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:example.org,2025:post-1',
      link: 'https://example.org/post-1',
      commentsFeedUrl: 'https://example.org/post-1/comments.atom',
      commentCount: 2,
      author: 'Juf Jansen'
    })
    expect(feed.items[1].inReplyTo).toBe('tag:example.org,2025:post-1')
  })

  it('keeps the feed when one Atom entry has an unreadable date', async () => {
    const feed = await parseFeed(fixture('atom-bad-date.xml'))
    expect(feed.items.map((i) => i.title)).toEqual(['Goed', 'Slechte datum'])
    expect(feed.repaired).toBe(true)
    expect(feed.repairs).toContain('bad_item')
  })

  it('repairs leading junk, bare ampersands, HTML entities, missing version and channel', async () => {
    const feed = await parseFeed(fixture('broken.xml'))
    expect(feed.repaired).toBe(true)
    expect(feed.repairs).toEqual(
      expect.arrayContaining([
        'leading_junk',
        'bare_ampersand',
        'html_entities',
        'missing_version',
        'missing_channel'
      ])
    )
    expect(feed.items[0].title).toBe('Ouders & leerlingen: café\u00a0avond')
  })

  it('falls back to a loose parse for unclosed tags', async () => {
    const text =
      '<rss version="2.0"><channel><title>Kapot</title><item><title>Een</title><link>https://e.org/1</link></item><item><title>Twee<br></title></item></channel></rss>'
    const r = await tryParseFeed(text)
    expect(r.kind).toBe('ok')
    if (r.kind === 'ok') {
      expect(r.feed.repairs).toContain('loose_xml')
      expect(r.feed.items[0]).toMatchObject({ title: 'Een', link: 'https://e.org/1' })
    }
  })

  it('says not_a_feed for an HTML page, in Dutch', async () => {
    const r = await tryParseFeed(
      '<!DOCTYPE html><html><head><title>Welkom</title></head><body>Hoi</body></html>'
    )
    expect(r.kind === 'error' && r.error.code).toBe('not_a_feed')
    expect(r.kind === 'error' && r.error.message).toMatch(/webpagina, geen feed/)
    await expect(parseFeed('<html><body>x</body></html>')).rejects.toMatchObject({
      code: 'not_a_feed'
    })
  })

  it('says not_a_feed for other XML (OPML, KML)', async () => {
    const r = await tryParseFeed('<?xml version="1.0"?><opml version="1.0"><body/></opml>')
    expect(r.kind === 'error' && r.error.code).toBe('not_a_feed')
  })

  it('reads RSS 1.0 (RDF)', async () => {
    const text = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://e.org/"><title>RDF</title><link>https://e.org/</link></channel>
      <item rdf:about="https://e.org/1"><title>Een</title><link>https://e.org/1</link><dc:date>2025-01-02T10:00:00Z</dc:date><dc:creator>Piet</dc:creator></item></rdf:RDF>`
    const feed = await parseFeed(text)
    expect(feed.format).toBe('rdf')
    expect(feed.items[0]).toMatchObject({
      title: 'Een',
      pubDate: '2025-01-02T10:00:00Z',
      author: 'Piet'
    })
  })

  it('reads JSON Feed 1.1', async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [
          { id: 1, url: 'https://e.org/1', content_text: 'a < b', image: 'https://e.org/i.png' },
          { bad: true, id: {} }
        ]
      })
    )
    expect(feed.format).toBe('json')
    expect(feed.items).toHaveLength(1)
    expect(feed.items[0]).toMatchObject({
      guid: '1',
      contentHtml: 'a &lt; b',
      mediaUrls: ['https://e.org/i.png']
    })
    expect(feed.repaired).toBe(true)
  })

  it('parses in a worker thread with the same result', async () => {
    const text = fixture('rss-extensions.xml')
    const [direct, viaWorker] = await Promise.all([parseFeed(text), parseFeedInWorker(text)])
    expect(viaWorker).toEqual(direct)
    await expect(parseFeedInWorker('<html></html>')).rejects.toMatchObject({ code: 'not_a_feed' })
  })
})
