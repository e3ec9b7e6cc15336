import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { parseInput } from '../../../electron/shared/api'
import type { ApiMethod, ApiResults } from '../../../electron/shared/api'
import { startFeedServer, rss } from '../../helpers/feed-server'
import type { TestFeedServer } from '../../helpers/feed-server'
import { tempDir } from '../../helpers/tmp'

/**
 * The dashboard's engine methods over a real SQLite file and a real feed server on 127.0.0.1: the live preview of a
 * source (nothing stored), presets, OPML round trip, the chart time series and the alert-state filter.
 */
let engine: Engine
let feeds: TestFeedServer
let tmp: ReturnType<typeof tempDir>

async function call<M extends ApiMethod>(m: M, input: unknown): Promise<ApiResults[M]> {
  const handler = engine.api[m] as (i: unknown) => Promise<ApiResults[M]>
  return handler(parseInput(m, input))
}

beforeAll(async () => {
  tmp = tempDir('uitkijk-dash-')
  engine = new Engine({ dbPath: join(tmp.dir, 'dash.db'), log: () => {} })
  feeds = await startFeedServer()
  const now = Date.now()
  feeds.set('/feed.xml', {
    body: rss(
      [
        { guid: 'a', title: 'Open dag Almere College', text: 'Welkom op de open dag, iedereen is welkom.', date: new Date(now - 3600_000).toISOString() },
        { guid: 'b', title: 'Dreiging', text: 'morgen kom ik met een mes naar school en steek ik de leraar neer', date: new Date(now - 7200_000).toISOString() }
      ],
      'Schoolnieuws'
    )
  })
  feeds.set('/page.html', { headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><html><body>geen feed</body></html>' })
})

afterAll(async () => {
  await feeds.close()
  await engine.stop()
  tmp.cleanup()
})

describe('previewSource', () => {
  it('returns the first items scored, and stores nothing', async () => {
    const r = await call('previewSource', { url: `${feeds.url}/feed.xml` })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.feedTitle).toBe('Schoolnieuws')
    expect(r.items.map((i) => i.title)).toEqual(['Open dag Almere College', 'Dreiging'])
    const threat = r.items.find((i) => i.title === 'Dreiging')!
    const calm = r.items.find((i) => i.title !== 'Dreiging')!
    expect(threat.score.risk).toBeGreaterThan(calm.score.risk)
    expect(engine.posts.count()).toBe(0)
    expect(engine.sources.list()).toHaveLength(0)
  })
  it('explains a failure in Dutch', async () => {
    const missing = await call('previewSource', { url: `${feeds.url}/weg.xml` })
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error).toMatch(/[a-z]/)
    const page = await call('previewSource', { url: `${feeds.url}/page.html` })
    expect(page.ok).toBe(false)
    if (!page.ok) expect(page.error).not.toMatch(/Error|undefined|HTML page/)
  })
  it('refuses anything but http(s)', () => {
    expect(() => parseInput('previewSource', { url: 'file:///etc/passwd' })).toThrow(/http/)
  })
})

describe('presets and OPML', () => {
  it('lists presets with Dutch labels and builds a URL or field errors', async () => {
    const presets = await call('listPresets', {})
    expect(presets.length).toBeGreaterThan(5)
    const m = presets.find((p) => p.id === 'mastodon_account')!
    expect(m.fields.length).toBeGreaterThan(0)
    const ok = await call('buildPresetUrl', { preset: 'mastodon_account', input: { account: '@school@mastodon.nl' } })
    expect(ok).toMatchObject({ ok: true, url: 'https://mastodon.nl/@school.rss' })
    const bad = await call('buildPresetUrl', { preset: 'mastodon_account', input: { account: 'nonsens' } })
    expect(bad.ok).toBe(false)
  })
  it('imports OPML once (a second import skips the same URLs) and exports what is there', async () => {
    const xml = `<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="School"><outline text="Feed A" type="rss" xmlUrl="${feeds.url}/feed.xml"/>
      <outline text="Kapot" type="rss" xmlUrl="javascript:alert(1)"/></outline></body></opml>`
    const first = await call('importOpml', { xml, kind: 'own' })
    expect(first.added).toBe(1)
    const again = await call('importOpml', { xml })
    expect(again).toMatchObject({ added: 0, skipped: 1 })
    const src = engine.sources.list()
    expect(src.map((s) => [s.name, s.kind])).toEqual([['Feed A', 'own']])
    const out = await call('exportOpml', {})
    expect(out.xml).toContain(`${feeds.url}/feed.xml`)
    expect(out.fileName).toMatch(/\.opml$/)
    const none = await call('importOpml', { xml: '<html>geen opml</html>' })
    expect(none.added).toBe(0)
    expect(none.errors[0]).toMatch(/geen feeds/)
  })
})

describe('time series and filters over polled posts', () => {
  it('counts top-level posts per hour, by level and by category, and filters by alert state', async () => {
    await engine.pollOnce({ all: true })
    const now = Date.now()
    const ts = await call('getTimeSeries', {
      from: new Date(now - 86_400_000).toISOString(),
      to: new Date(now + 3600_000).toISOString()
    })
    expect(ts.points.reduce((s, p) => s + p.posts, 0)).toBe(2)
    expect(ts.byLevel.reduce((s, l) => s + l.count, 0)).toBe(2)
    const flagged = ts.byCategory.reduce((s, c) => s + c.count, 0)
    expect(flagged).toBeGreaterThan(0)
    const empty = await call('getTimeSeries', {
      from: new Date(now - 10 * 86_400_000).toISOString(),
      to: new Date(now - 9 * 86_400_000).toISOString()
    })
    expect(empty.points).toEqual([])
    expect(() => parseInput('getTimeSeries', { from: new Date(now).toISOString(), to: new Date(now - 1).toISOString() })).toThrow()

    const alerts = await call('listAlerts', { limit: 10 })
    expect(alerts.some((a) => a.state === 'nieuw' && a.postId !== null)).toBe(true)
    const withAlert = await call('listPosts', { alertState: 'nieuw' })
    expect(withAlert.items.length).toBe(alerts.filter((a) => a.state === 'nieuw' && a.postId !== null).length)
    const closed = await call('listPosts', { alertState: 'afgerond' })
    expect(closed.items).toEqual([])
  })
})
