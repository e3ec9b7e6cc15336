import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { loadModel } from '../../../electron/core/nlp/index'
import type { EngineEvent } from '../../../electron/shared/api'
import { startFeedServer, rss } from '../../helpers/feed-server'
import type { TestFeedServer } from '../../helpers/feed-server'
import { tempDir } from '../../helpers/tmp'

let server: TestFeedServer
let engine: Engine
let tmp: ReturnType<typeof tempDir>

beforeEach(async () => {
  server = await startFeedServer()
  tmp = tempDir()
  engine = new Engine({ dbPath: join(tmp.dir, 'u.db') })
})
afterEach(async () => {
  await engine.stop()
  await server.close()
  tmp.cleanup()
})

const add = (path: string, kind: 'own' | 'mention' = 'mention', watch: string[] = []) =>
  engine.call('addSource', {
    name: path,
    url: server.url + path,
    kind,
    intervalSeconds: 60,
    watchTerms: watch,
    excludeTerms: []
  })

describe('engine pipeline, feed to score', () => {
  it('stores, scores and emits posts from a real feed, and a second poll (304) adds nothing', async () => {
    server.set('/feed.xml', {
      headers: { ETag: '"v1"' },
      body: rss([
        {
          guid: 'a',
          title: 'Open dag',
          text: 'Welkom op de open dag van Almere College zaterdag!'
        },
        { guid: 'b', title: 'Dreigement', text: 'Ik maak die leraar van Almere College morgen af.' }
      ])
    })
    await add('/feed.xml')
    const events: EngineEvent[] = []
    engine.on((e) => events.push(e))
    const [o] = await engine.pollOnce({ all: true })
    expect(o).toMatchObject({ status: 'ok', items: 2, new: 2, error: null })
    const page = await engine.call('listPosts', { limit: 50 })
    expect(page.items).toHaveLength(2)
    expect(page.items.every((p) => p.score !== null)).toBe(true)
    const threat = page.items.find((p) => p.title === 'Dreigement')!
    expect(threat.score!.categories.map((c) => c.id)).toContain('threat')
    expect(['hoog', 'kritiek']).toContain(threat.score!.level)
    // The engine scores with the shipped learned layer, not the rules alone.
    expect(threat.score!.modelVersion).toBe(loadModel().version)
    expect(events.filter((e) => e.type === 'post:scored')).toHaveLength(2)
    expect(events.some((e) => e.type === 'alert:new')).toBe(true)

    const [again] = await engine.pollOnce({ all: true })
    expect(again).toMatchObject({ status: 'not_modified', new: 0 })
    expect(engine.posts.count()).toBe(2)
  })

  it('keeps only posts matching the watch terms and not the exclusions', async () => {
    server.set('/m.xml', {
      body: rss([
        { guid: '1', title: 'x', text: 'Almere College wint debatwedstrijd' },
        { guid: '2', title: 'y', text: 'Almere City FC wint weer' }
      ])
    })
    await add('/m.xml', 'mention', ['Almere College'])
    await engine.pollOnce({ all: true })
    const page = await engine.call('listPosts', {})
    expect(page.items.map((p) => p.text)).toEqual(['Almere College wint debatwedstrijd'])
  })

  it('records a failing source in plain Dutch and keeps polling the others', async () => {
    server.set('/ok.xml', { body: rss([{ guid: '1', title: 'a', text: 'hallo' }]) })
    server.set('/gone.xml', { status: 410, body: 'gone' })
    await add('/ok.xml')
    const gone = await add('/gone.xml')
    const outcomes = await engine.pollOnce({ all: true })
    expect(outcomes.find((o) => o.sourceId === gone.id)).toMatchObject({ status: 'error' })
    const src = (await engine.call('listSources', {})).find((s) => s.id === gone.id)!
    expect(src.health.lastError).toMatch(/bestaat niet meer|410/)
    expect(src.health.consecutiveFailures).toBe(1)
    expect(Date.parse(src.health.nextPollAt!)).toBeGreaterThan(Date.now())
    expect(engine.posts.count()).toBe(1)
  })

  it('follows the comment feed of an own post and scores its thread for derailing', async () => {
    const t0 = Date.parse('2026-11-20T10:00:00Z')
    const at = (min: number): string => new Date(t0 + min * 60_000).toISOString()
    server.set('/own.xml', {
      body: rss([
        {
          guid: 'p1',
          title: 'Nieuwe telefoonregel',
          text: 'Vanaf maandag geen telefoons in de klas.',
          date: at(0),
          comments: `${server.url}/c1.xml`
        }
      ])
    })
    const hostile = [
      'Goed plan, eindelijk rust in de klas.',
      'Ik ben het er niet mee eens.',
      'Die mentor De Vries is een sukkel, ontslaan die vent',
      'De Vries is een vieze pedo, iedereen weet het',
      'De Vries woont op de Kerkstraat 12, ga langs en sla hem in elkaar',
      'Ik maak De Vries af morgen'
    ]
    server.set('/c1.xml', {
      body: rss(
        hostile.map((text, i) => ({
          guid: `c${i}`,
          title: `Reactie ${i}`,
          text,
          date: at(5 + i * 2),
          author: `ouder${i}`
        })),
        'Reacties'
      )
    })
    await add('/own.xml', 'own')
    await engine.pollOnce({ all: true }) // the post, and the comment feed is followed
    await engine.pollOnce({ all: true }) // the comments
    const root = (await engine.call('listPosts', {})).items[0]!
    const detail = await engine.call('getPost', { id: root.id })
    expect(detail.comments).toHaveLength(hostile.length)
    expect(detail.thread).not.toBeNull()
    expect(detail.thread!.derailing.trajectory).toHaveLength(hostile.length)
    expect(detail.thread!.derailing.derailing).toBe(true)
    const alerts = await engine.call('listAlerts', {})
    expect(alerts.filter((a) => a.threadPostId === root.id)).toHaveLength(1)
  })
})

describe('retention', () => {
  it('purges posts older than the retention period, with their comments, but keeps posts under an open alert', async () => {
    server.set('/old.xml', {
      body: rss([
        {
          guid: 'old',
          title: 'Oud',
          text: 'Een oud bericht over de schoolreis',
          date: '2020-01-01T10:00:00Z'
        },
        {
          guid: 'oldthreat',
          title: 'Oud dreigement',
          text: 'Ik maak je af, ik weet waar je woont',
          date: '2020-01-02T10:00:00Z'
        },
        {
          guid: 'new',
          title: 'Nieuw',
          text: 'Een nieuw bericht over de open dag',
          date: new Date().toISOString()
        }
      ])
    })
    await add('/old.xml')
    await engine.pollOnce({ all: true })
    expect(engine.posts.count()).toBe(3)
    const alerts = await engine.call('listAlerts', {})
    expect(alerts.map((a) => a.title)).toContain('Oud dreigement')
    expect(engine.purgeExpired()).toBe(1)
    const titles = (await engine.call('listPosts', {})).items.map((p) => p.title).sort()
    expect(titles).toContain('Nieuw')
    expect(titles).toContain('Oud dreigement')
    expect(titles).not.toContain('Oud')
  })
})

describe('cross-source stories', () => {
  it('links one story told by two sources and counts it once', async () => {
    const now = new Date().toISOString()
    server.set('/a.xml', {
      body: rss([
        {
          guid: 'a1',
          title: 'Ouders boos over volle klassen op Almere College - Almeerder Dagblad',
          text: 'Klassen van 34 leerlingen.',
          date: now
        }
      ])
    })
    server.set('/b.xml', {
      body: rss([
        {
          guid: 'b1',
          title: 'Ouders boos over volle klassen op Almere College - Omroep Flevoland',
          text: 'Ouders klagen over volle klassen.',
          date: now
        }
      ])
    })
    await add('/a.xml')
    await add('/b.xml')
    await engine.pollOnce({ all: true })
    const items = (await engine.call('listPosts', {})).items
    expect(items).toHaveLength(2)
    expect(items[0]!.storyId).not.toBeNull()
    expect(items[0]!.storyId).toBe(items[1]!.storyId)
    expect((await engine.call('getStats', {})).postsToday).toBe(1)
  })
})

describe('dashboard KPIs', () => {
  it('counts today in Europe/Amsterdam, whatever the server time zone', async () => {
    // 00:30 in Amsterdam on 26 November is still 23:30 UTC on the 25th
    const now = new Date('2026-11-25T23:30:00Z')
    const local = new Engine({ dbPath: join(tmp.dir, 'tz.db'), now: () => now, log: () => {} })
    try {
      server.set('/tz.xml', {
        body: rss([
          {
            guid: 'a',
            title: 'Na middernacht',
            text: 'Bericht van 00:10 Amsterdamse tijd',
            date: '2026-11-25T23:10:00Z'
          },
          {
            guid: 'b',
            title: 'Voor middernacht',
            text: 'Bericht van 23:50 Amsterdamse tijd',
            date: '2026-11-25T22:50:00Z'
          }
        ])
      })
      await local.call('addSource', { name: 'tz', url: `${server.url}/tz.xml` })
      await local.pollOnce({ all: true })
      const stats = await local.call('getStats', {})
      expect(stats.postsToday).toBe(1)
      expect(stats.postsWeek).toBe(2)
    } finally {
      await local.stop()
    }
  })
})
