import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Parser from 'rss-parser'
import { afterEach, describe, expect, it } from 'vitest'
import { parseFeed } from '../../../electron/core/feeds/parse.ts'
import {
  checkDemoScript,
  findDemoScriptPath,
  loadDemoScript,
  startDemoFeeds,
  xmlEscape
} from '../../../electron/server/demo-feeds.ts'
import type { DemoFeeds, DemoScript } from '../../../electron/server/demo-feeds.ts'

const script = loadDemoScript()
const START = Date.UTC(2025, 2, 3, 7, 30, 0)
const DERAIL = 'th-telefoon'

type Item = Record<string, unknown> & {
  guid?: string
  id?: string
  title?: string
  pubDate?: string
}

const parser = new Parser({
  customFields: {
    item: [
      ['wfw:commentRss', 'commentRss'],
      ['slash:comments', 'commentCount'],
      ['dc:creator', 'creator'],
      ['enclosure', 'enclosure']
    ] as never
  }
})

let running: DemoFeeds[] = []
afterEach(async () => {
  await Promise.all(running.map((d) => d.close()))
  running = []
})

/** A demo server whose clock the test moves: `clock.t` is seconds after START. */
async function demo(opts: { speed?: number; loop?: boolean; script?: DemoScript } = {}) {
  const clock = { t: 0 }
  const d = await startDemoFeeds({ ...opts, startedAt: START, now: () => START + clock.t * 1000 })
  running.push(d)
  return { d, clock }
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers })
  return { res, text: await res.text() }
}

async function items(url: string): Promise<Item[]> {
  const { res, text } = await get(url)
  expect(res.status).toBe(200)
  return (await parser.parseString(text)).items as Item[]
}

const postsOf = (feed: string, upTo: number) =>
  script.posts.filter((p) => p.feed === feed && p.at <= upTo)
const lastAt = Math.max(
  ...script.posts.map((p) => p.at),
  ...script.threads.flatMap((t) => t.comments.map((c) => c.at))
)

describe('demo script content', () => {
  it('has the mix the brief asks for and no structural problems', () => {
    expect(checkDemoScript(script)).toEqual([])
    expect(script.feeds.map((f) => `${f.kind}/${f.format}`).sort()).toEqual(
      ['mention/atom', 'mention/atom', 'mention/rss', 'own/rss', 'own/rss'].sort()
    )
    expect(script.posts.length).toBeGreaterThanOrEqual(50)
    const atStart = script.posts.filter((p) => p.at === 0).length / script.posts.length
    expect(atStart).toBeGreaterThan(0.25)
    expect(atStart).toBeLessThan(0.45)
    expect(script.posts.filter((p) => p.at > 0 && p.at <= 60).length).toBeGreaterThanOrEqual(4)
    expect(Math.max(...script.posts.map((p) => p.at))).toBeLessThanOrEqual(600)
    const derail = script.threads.find((t) => t.id === DERAIL)!
    expect(derail.comments.length).toBeGreaterThanOrEqual(25)
    expect(derail.comments.length).toBeLessThanOrEqual(35)
    expect(derail.comments[0].at).toBeGreaterThanOrEqual(60)
    expect(derail.comments.at(-1)!.at).toBeLessThanOrEqual(420)
    const post = script.posts.find((p) => p.id === derail.postId)!
    expect(script.feeds.find((f) => f.id === post.feed)!.kind).toBe('own')
    // The pile-on ends in personal info and a threat: both in the last third of the thread.
    const tail = derail.comments
      .slice(Math.floor((derail.comments.length * 2) / 3))
      .map((c) => c.text)
    expect(tail.some((t) => /06-\d{8}/.test(t))).toBe(true)
    expect(tail.some((t) => /steek|🔪/.test(t))).toBe(true)
  })

  it('reports broken references in plain Dutch', () => {
    const broken: DemoScript = structuredClone(script)
    broken.posts[0].feed = 'bestaat-niet'
    broken.threads[0].comments[0].at =
      -1 + broken.posts.find((p) => p.id === broken.threads[0].postId)!.at
    broken.posts.push({ ...broken.posts[1] })
    const problems = checkDemoScript(broken)
    expect(problems.some((p) => p.includes('onbekende feed "bestaat-niet"'))).toBe(true)
    expect(problems.some((p) => p.includes('vóór het bericht'))).toBe(true)
    expect(problems.some((p) => p.includes('meer dan eens'))).toBe(true)
  })

  it('is found through UITKIJK_RESOURCES before walking up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uitkijk-demo-'))
    const old = process.env.UITKIJK_RESOURCES
    try {
      mkdirSync(join(dir, 'demo'))
      writeFileSync(join(dir, 'demo', 'script.json'), '{}')
      process.env.UITKIJK_RESOURCES = dir
      expect(findDemoScriptPath()).toBe(join(dir, 'demo', 'script.json'))
      expect(() => loadDemoScript(join(dir, 'demo', 'script.json'))).toThrow(/klopt niet/)
      process.env.UITKIJK_RESOURCES = join(dir, 'leeg')
      expect(findDemoScriptPath()).toMatch(/resources[/\\]demo[/\\]script\.json$/)
    } finally {
      if (old === undefined) delete process.env.UITKIJK_RESOURCES
      else process.env.UITKIJK_RESOURCES = old
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('demo feed server', () => {
  it('listens on 127.0.0.1 and lists every feed', async () => {
    const { d } = await demo()
    expect(d.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(d.feeds.map((f) => f.id)).toEqual(script.feeds.map((f) => f.id))
    for (const f of d.feeds) expect(f.url).toBe(`${d.baseUrl}/feeds/${f.id}.xml`)
    expect((await get(`${d.baseUrl}/feeds/onbekend.xml`)).res.status).toBe(404)
    expect((await fetch(d.feeds[0].url, { method: 'POST' })).status).toBe(405)
  })

  it('releases items over time, newest first, dated startedAt + at', async () => {
    const { d, clock } = await demo()
    const feed = 'instagram'
    const url = d.feeds.find((f) => f.id === feed)!.url
    for (const t of [0, 19, 20, 59, 300, 1000]) {
      clock.t = t
      const got = await items(url)
      const expected = postsOf(feed, t)
      expect(got.map((i) => i.guid).sort()).toEqual(
        expected.map((p) => `uitkijk-demo:${feed}:${p.id}`).sort()
      )
      const times = got.map((i) => Date.parse(i.pubDate!))
      expect([...times].sort((a, b) => b - a)).toEqual(times)
      for (const p of expected) {
        const item = got.find((i) => i.guid!.endsWith(`:${p.id}`))!
        expect(Date.parse(item.pubDate!)).toBe(START + (p.at - (p.ago ?? 0)) * 1000)
      }
    }
    // Across all feeds the dashboard is full at once and changes within the first minute.
    let atZero = 0
    let atMinute = 0
    for (const f of d.feeds) {
      clock.t = 0
      atZero += (await items(f.url)).length
      clock.t = 60
      atMinute += (await items(f.url)).length
    }
    expect(atZero).toBe(script.posts.filter((p) => p.at === 0).length)
    expect(atMinute).toBeGreaterThan(atZero)
  })

  it('plays faster with speed', async () => {
    const { d, clock } = await demo({ speed: 10 })
    const url = d.feeds.find((f) => f.id === 'instagram')!.url
    clock.t = 1.9
    expect((await items(url)).some((i) => i.guid!.endsWith(':ig-04'))).toBe(false)
    clock.t = 2
    const got = await items(url)
    const ig04 = got.find((i) => i.guid!.endsWith(':ig-04'))!
    expect(Date.parse(ig04.pubDate!)).toBe(START + 2000)
  })

  it('answers conditional GETs with 304 until something changes', async () => {
    const { d, clock } = await demo()
    const url = d.feeds.find((f) => f.id === 'instagram')!.url
    clock.t = 25
    const first = await get(url)
    const etag = first.res.headers.get('etag')!
    const lastModified = first.res.headers.get('last-modified')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(Date.parse(lastModified)).toBe(START + 20_000)

    const again = await get(url, { 'If-None-Match': etag })
    expect(again.res.status).toBe(304)
    expect(again.text).toBe('')
    expect(again.res.headers.get('etag')).toBe(etag)
    expect((await get(url, { 'If-None-Match': `W/${etag}, "ander"` })).res.status).toBe(304)
    expect((await get(url, { 'If-None-Match': '"ander"' })).res.status).toBe(200)
    expect((await get(url, { 'If-Modified-Since': lastModified })).res.status).toBe(304)

    // A new comment under an own post changes <slash:comments>, so the post feed itself changes too.
    clock.t = 60
    const afterComment = await get(url, { 'If-None-Match': etag })
    expect(afterComment.res.status).toBe(200)
    expect(afterComment.res.headers.get('etag')).not.toBe(etag)
    expect((await get(url, { 'If-Modified-Since': lastModified })).res.status).toBe(200)

    const comments = `${d.baseUrl}/comments/${DERAIL}.xml`
    const c1 = await get(comments)
    expect((await get(comments, { 'If-None-Match': c1.res.headers.get('etag')! })).res.status).toBe(
      304
    )
    clock.t = 78
    expect((await get(comments, { 'If-None-Match': c1.res.headers.get('etag')! })).res.status).toBe(
      200
    )
  })

  it('serves feeds and comment feeds that rss-parser reads, with the expected counts', async () => {
    const { d, clock } = await demo()
    clock.t = lastAt + 1
    let seen = 0
    for (const f of script.feeds) {
      const url = d.feeds.find((x) => x.id === f.id)!.url
      const got = await items(url)
      const expected = postsOf(f.id, clock.t)
      expect(got).toHaveLength(expected.length)
      seen += got.length
      for (const p of expected) {
        const item = got.find((i) => (i.guid ?? i.id) === `uitkijk-demo:${f.id}:${p.id}`)
        expect(item, `${p.id} in ${f.id}`).toBeDefined()
        expect(item!.title).toBe(p.title)
        if (f.format === 'rss' && p.media) {
          const enc = item!.enclosure as { url: string; type: string }
          expect(enc.type).toBe(p.media === 'image' ? 'image/png' : 'video/mp4')
          if (p.media === 'image')
            expect((await fetch(enc.url)).headers.get('content-type')).toBe('image/png')
        }
        if (p.comments) {
          const thread = script.threads.find((t) => t.id === p.comments)!
          expect(item!.commentRss).toBe(`${d.baseUrl}/comments/${thread.id}.xml`)
          expect(Number(item!.commentCount)).toBe(thread.comments.length)
          const comments = await items(item!.commentRss as string)
          expect(comments).toHaveLength(thread.comments.length)
          expect(comments.every((c) => typeof c.creator === 'string' && c.creator.length > 0)).toBe(
            true
          )
        }
      }
    }
    expect(seen).toBe(script.posts.length)
    expect((await get(`${d.baseUrl}/comments/bestaat-niet.xml`)).res.status).toBe(404)
  })

  it("feeds the engine's own parser the comment links, counts and media it needs", async () => {
    const { d, clock } = await demo()
    clock.t = 200
    const text = (await get(d.feeds.find((f) => f.id === 'instagram')!.url)).text
    const feed = await parseFeed(text)
    expect(feed.repaired).toBe(false)
    const ig04 = feed.items.find((i) => i.guid === 'uitkijk-demo:instagram:ig-04')!
    expect(ig04.commentsFeedUrl).toBe(`${d.baseUrl}/comments/${DERAIL}.xml`)
    const derail = script.threads.find((t) => t.id === DERAIL)!
    expect(ig04.commentCount).toBe(derail.comments.filter((c) => c.at <= 200).length)
    expect(ig04.enclosures).toHaveLength(1)
    const atom = await parseFeed((await get(d.feeds.find((f) => f.id === 'reddit')!.url)).text)
    expect(atom.format).toBe('atom')
    expect(atom.repaired).toBe(false)
    const video = atom.items.find((i) => i.guid === 'uitkijk-demo:reddit:rd-05')!
    expect(video.enclosures[0].type).toBe('video/mp4')
    expect(video.author).toBe('/u/gymclips_almere')
  })

  it("releases the derailing thread's comments in order", async () => {
    const { d, clock } = await demo()
    const derail = script.threads.find((t) => t.id === DERAIL)!
    const url = `${d.baseUrl}/comments/${DERAIL}.xml`
    let previous = -1
    for (let t = 40; t <= 440; t += 20) {
      clock.t = t
      const got = await items(url)
      // Newest first on the wire; oldest first it must be exactly the start of the script's thread.
      const ids = got.map((i) => i.guid!.replace('uitkijk-demo:comment:', '')).reverse()
      expect(ids).toEqual(derail.comments.slice(0, ids.length).map((c) => c.id))
      expect(ids.length).toBe(derail.comments.filter((c) => c.at <= t).length)
      expect(ids.length).toBeGreaterThanOrEqual(previous)
      previous = ids.length
      const times = got.map((i) => Date.parse(i.pubDate!)).reverse()
      expect([...times].sort((a, b) => a - b)).toEqual(times)
    }
    expect(previous).toBe(derail.comments.length)
  })

  it('keeps adding template posts with new guids when looping, and stops without loop', async () => {
    const { d, clock } = await demo({ loop: true })
    const still = await demo({ loop: false })
    const count = async (urls: string[]) => (await Promise.all(urls.map(items))).flat()
    const urls = d.feeds.map((f) => f.url)
    clock.t = lastAt
    const atEnd = await count(urls)
    clock.t = lastAt + 600
    const later = await count(urls)
    const added = later.filter((i) => /:loop-/.test(i.guid ?? i.id ?? ''))
    // One every 20-40 s: 600 s gives 15-30 new posts.
    expect(added.length).toBeGreaterThanOrEqual(15)
    expect(added.length).toBeLessThanOrEqual(30)
    expect(later.length).toBe(atEnd.length + added.length)
    const guids = later.map((i) => i.guid ?? i.id)
    expect(new Set(guids).size).toBe(guids.length)
    expect(added.every((i) => !/\{\w+\}/.test(`${i.title} ${i.content}`))).toBe(true)
    expect((await get(added[0].link as string)).res.status).toBe(200)
    const times = added.map((i) => Date.parse(i.pubDate!)).sort((a, b) => a - b)
    for (let k = 1; k < times.length; k++) {
      expect(times[k] - times[k - 1]).toBeGreaterThanOrEqual(script.loop.minSeconds * 1000)
      expect(times[k] - times[k - 1]).toBeLessThanOrEqual(script.loop.maxSeconds * 1000)
    }
    still.clock.t = lastAt + 600
    expect(await count(still.d.feeds.map((f) => f.url))).toHaveLength(script.posts.length)
    // Long runs keep each feed bounded.
    clock.t = lastAt + 7 * 24 * 3600
    for (const u of urls) expect((await items(u)).length).toBeLessThanOrEqual(50)
  })

  it('escapes everything so hostile text survives the round trip', async () => {
    const nasty = `Tom & Jerry <script>alert("x")</script> ]]> 'quote' \u0001einde`
    const s: DemoScript = structuredClone(script)
    s.posts[0] = {
      ...s.posts[0],
      title: nasty,
      author: nasty,
      html: `<p>${nasty.replace(/</g, '&lt;')}</p>`
    }
    s.threads[0].comments[0] = { ...s.threads[0].comments[0], author: nasty, text: nasty }
    const { d, clock } = await demo({ script: s })
    clock.t = lastAt
    const feed = s.feeds.find((f) => f.id === s.posts[0].feed)!
    const got = await items(d.feeds.find((f) => f.id === feed.id)!.url)
    const item = got.find((i) => i.guid === `uitkijk-demo:${feed.id}:${s.posts[0].id}`)!
    const clean = nasty.replace('\u0001', '')
    expect(item.title).toBe(clean)
    expect(item.creator).toBe(clean)
    const comments = await items(`${d.baseUrl}/comments/${s.threads[0].id}.xml`)
    const c = comments.find(
      (x) => x.guid === `uitkijk-demo:comment:${s.threads[0].comments[0].id}`
    )!
    expect(c.creator).toBe(clean)
    expect(c.content).toBe(clean)
    expect(xmlEscape(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;')
  })

  it('serves a readable page for every released post, and nothing for unreleased ones', async () => {
    const { d, clock } = await demo()
    clock.t = 100
    const page = await get(`${d.baseUrl}/p/ig-04`)
    expect(page.res.status).toBe(200)
    expect(page.res.headers.get('content-type')).toMatch(/text\/html/)
    expect(page.text).toContain('telefoonvrije school')
    expect(page.text).toContain('id="reacties"')
    expect((await get(`${d.baseUrl}/p/ig-10`)).res.status).toBe(404)
  })

  it('refuses a port that is taken, in Dutch', async () => {
    const { d } = await demo()
    const port = Number(new URL(d.baseUrl).port)
    await expect(startDemoFeeds({ port })).rejects.toThrow(/al in gebruik/)
  })
})
