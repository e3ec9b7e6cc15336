import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { startFeedServer, rss } from '../../helpers/feed-server'
import type { TestFeedServer } from '../../helpers/feed-server'
import { tempDir } from '../../helpers/tmp'

let server: TestFeedServer
let engine: Engine
let tmp: ReturnType<typeof tempDir>
beforeEach(async () => {
  server = await startFeedServer()
  tmp = tempDir()
  engine = new Engine({ dbPath: join(tmp.dir, 'u.db'), log: () => {} })
})
afterEach(async () => {
  await engine.stop()
  await server.close()
  tmp.cleanup()
})

const feed = rss([{ guid: '1', title: 'Open dag', text: 'Welkom op de open dag' }])

describe('polling a source over time', () => {
  it('moves the stored URL only after three polls that all redirect permanently to the same place', async () => {
    server.set('/old.xml', { status: 301, headers: { Location: `${server.url}/new.xml` }, body: '' })
    server.set('/new.xml', { body: feed })
    const s = await engine.call('addSource', { name: 'x', url: `${server.url}/old.xml`, intervalSeconds: 10 })
    for (let i = 1; i <= 3; i++) {
      await engine.pollOnce({ all: true })
      const url = engine.sources.get(s.id)!.url
      expect(url).toBe(i < 3 ? `${server.url}/old.xml` : `${server.url}/new.xml`)
    }
    expect(engine.posts.count()).toBe(1)
  })

  it('keeps the URL after a temporary redirect', async () => {
    server.set('/t.xml', { status: 302, headers: { Location: `${server.url}/new.xml` }, body: '' })
    server.set('/new.xml', { body: feed })
    const s = await engine.call('addSource', { name: 'x', url: `${server.url}/t.xml`, intervalSeconds: 10 })
    for (let i = 0; i < 4; i++) await engine.pollOnce({ all: true })
    expect(engine.sources.get(s.id)!.url).toBe(`${server.url}/t.xml`)
  })

  it('honours 429 Retry-After and says so in Dutch', async () => {
    server.set('/busy.xml', { status: 429, headers: { 'Retry-After': '1800' }, body: 'slow down' })
    const s = await engine.call('addSource', { name: 'x', url: `${server.url}/busy.xml`, intervalSeconds: 10 })
    const before = Date.now()
    await engine.pollOnce({ all: true })
    const h = engine.sources.get(s.id)!.health
    expect(Date.parse(h.nextPollAt!) - before).toBeGreaterThanOrEqual(1800_000 - 5_000)
    expect(h.lastError).toBeTruthy()
    expect(h.lastErrorDetail).toContain('429')
    // not due again: a second round does not hit the server
    const hits = server.hits('/busy.xml')
    await engine.pollOnce()
    expect(server.hits('/busy.xml')).toBe(hits)
  })

  it('says in Dutch when a URL gives a web page instead of a feed, and recovers when it becomes a feed', async () => {
    server.set('/page', { headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><html><body><h1>Welkom</h1></body></html>' })
    const s = await engine.call('addSource', { name: 'x', url: `${server.url}/page`, intervalSeconds: 10 })
    await engine.pollOnce({ all: true })
    expect(engine.sources.get(s.id)!.health.lastError).toMatch(/webpagina|geen feed/i)
    server.set('/page', { body: feed })
    await engine.pollOnce({ all: true })
    const h = engine.sources.get(s.id)!.health
    expect(h.lastError).toBeNull()
    expect(h.consecutiveFailures).toBe(0)
    expect(h.itemsSeen).toBe(1)
  })
})

describe('dedupe across a change of strategy', () => {
  it('adds no copies when a feed starts repeating one guid for every item', async () => {
    const items = [0, 1, 2].map((i) => ({ guid: `g${i}`, title: `Bericht ${i}`, text: `Tekst ${i} over de school` }))
    server.set('/f.xml', { body: rss(items) })
    await engine.call('addSource', { name: 'x', url: `${server.url}/f.xml`, intervalSeconds: 10 })
    await engine.pollOnce({ all: true })
    expect(engine.posts.count()).toBe(3)
    // the CMS breaks: every item now carries the same guid (links stay distinct)
    const body = rss(items).replace(/<guid isPermaLink="false">g\d<\/guid>/g, '<guid isPermaLink="false">same</guid>')
    server.set('/f.xml', { body })
    await engine.pollOnce({ all: true })
    expect(engine.posts.count()).toBe(3)
    const mode = engine.db.prepare('SELECT dedupe_mode FROM source_state').get() as { dedupe_mode: string }
    expect(mode.dedupe_mode).toBe('link')
  })
})

describe('comment threads', () => {
  it('derives the thread feed of a Reddit discussion and follows it for an own source', async () => {
    const link = 'https://www.reddit.com/r/almere/comments/abc123/almere_college_telefoonverbod/'
    server.set('/r.xml', {
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>r/almere</title>
<entry><id>t3_abc123</id><title>Almere College telefoonverbod</title><link href="${link}"/>
<updated>2026-11-20T10:00:00Z</updated><content type="html">Wat vinden jullie van het telefoonverbod?</content></entry></feed>`
    })
    await engine.call('addSource', { name: 'reddit', url: `${server.url}/r.xml`, kind: 'own', intervalSeconds: 60 })
    await engine.pollOnce({ all: true })
    const followed = engine.sources.listAll().filter((s) => s.parentPostId !== null)
    // followed, not fetched: a test never leaves loopback
    expect(followed.map((s) => s.url)).toEqual([
      'https://www.reddit.com/r/almere/comments/abc123/almere_college_telefoonverbod/.rss'
    ])
  })

  it('leaves the post itself out of its thread feed', async () => {
    const postLink = 'https://example.org/p1'
    server.set('/own.xml', {
      body: rss([{ guid: 'p1', title: 'Telefoonverbod', text: 'Vanaf maandag telefoonvrij', comments: `${server.url}/t.xml` }])
    })
    // a thread feed that starts with the post itself, as Reddit's do
    server.set('/t.xml', {
      body: rss([
        { guid: 'p1', title: 'Telefoonverbod', text: 'Vanaf maandag telefoonvrij' },
        { guid: 'c1', title: 'Re', text: 'Goed plan', author: 'ouder1' }
      ]).replace(/https:\/\/example\.org\/p1/g, postLink)
    })
    await engine.call('addSource', { name: 'own', url: `${server.url}/own.xml`, kind: 'own', intervalSeconds: 60 })
    await engine.pollOnce({ all: true })
    await engine.pollOnce({ all: true })
    const root = (await engine.call('listPosts', {})).items[0]!
    const detail = await engine.call('getPost', { id: root.id })
    expect(detail.comments.map((c) => c.text)).toEqual(['Goed plan'])
  })
})

describe('WordPress comment feeds', () => {
  it('keeps comments whose links are the post link plus a #comment fragment', async () => {
    server.set('/wp.xml', {
      body: rss([{ guid: 'p9', title: 'Musical', text: 'De musical was geweldig', comments: `${server.url}/wpc.xml` }])
    })
    server.set('/wpc.xml', {
      body: rss([
        { guid: 'c1', title: 'Door: ouder', text: 'Prachtig gedaan!', author: 'ouder1' },
        { guid: 'c2', title: 'Door: opa', text: 'Wat een talent', author: 'opa' }
      ]).replace(/<link>https:\/\/example\.org\/c(\d)<\/link>/g, '<link>https://example.org/p9#comment-$1</link>')
    })
    await engine.call('addSource', { name: 'wp', url: `${server.url}/wp.xml`, kind: 'own', intervalSeconds: 60 })
    await engine.pollOnce({ all: true })
    await engine.pollOnce({ all: true })
    const root = (await engine.call('listPosts', {})).items[0]!
    expect((await engine.call('getPost', { id: root.id })).comments).toHaveLength(2)
  })
})
