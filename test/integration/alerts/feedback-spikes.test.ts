import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { scoredText } from '../../../electron/shared/domain'
import { tempDir } from '../../helpers/tmp'
import { rss, startFeedServer } from '../../helpers/feed-server'
import type { TestFeedServer } from '../../helpers/feed-server'

describe('officer feedback changes the scorer on the device', () => {
  let tmp: ReturnType<typeof tempDir>
  let feeds: TestFeedServer
  let engine: Engine
  beforeEach(async () => {
    tmp = tempDir()
    feeds = await startFeedServer()
    engine = new Engine({ dbPath: join(tmp.dir, 'f.db') })
  })
  afterEach(async () => {
    await engine.stop()
    await feeds.close()
    tmp.cleanup()
  })

  it('false alarms lower the score of the same kind of post from the same source', async () => {
    feeds.set('/feed.xml', {
      body: rss([
        {
          guid: 'p1',
          title: 'Ouderavond',
          text: 'Wat een slechte school is dit, die docent van 3B is echt een idioot'
        }
      ])
    })
    await engine.call('addSource', { name: 'Forum', url: `${feeds.url}/feed.xml` })
    await engine.pollOnce({ all: true })
    const [post] = (await engine.call('listPosts', {})).items
    expect(post?.score?.categories.length).toBeGreaterThan(0)
    const input = { text: scoredText(post!), source: post!.sourceName }
    const before = engine.getScorer().score(input)
    for (let i = 0; i < 3; i++)
      await engine.call('sendFeedback', { postId: post!.id, kind: 'false_alarm' })
    const after = engine.getScorer().score(input)
    expect(after.risk).toBeLessThan(before.risk)
    expect((await engine.call('getPrecision', {})).feedbackCount).toBe(3)
    await expect(engine.call('sendFeedback', { postId: 999_999, kind: 'missed' })).rejects.toThrow(
      /bestaat niet/
    )
  })
})

describe('spike alerts', () => {
  it('the tick turns an hour-of-week volume spike into one spike alert', async () => {
    const tmp = tempDir()
    const now = new Date('2026-11-23T10:30:00Z') // Monday
    const engine = new Engine({ dbPath: join(tmp.dir, 's.db'), now: () => now })
    try {
      const src = engine.sources.add(
        {
          name: 'Vermeldingen',
          url: 'http://127.0.0.1:9/x.xml',
          kind: 'mention',
          intervalSeconds: 300,
          watchTerms: [],
          excludeTerms: []
        },
        now.toISOString()
      )
      const ins = engine.db.prepare(
        `INSERT INTO posts (source_id, dedupe_key, content_hash, title, text, published_at, fetched_at, scored, evaluated)
         VALUES (?, ?, 'h', 't', 'x', ?, ?, 1, 1)`
      )
      let n = 0
      const add = (hourIso: string, count: number): void => {
        for (let i = 0; i < count; i++) {
          const at = new Date(Date.parse(hourIso) + i * 1000).toISOString()
          ins.run(src.id, `k${n++}`, at, at)
        }
      }
      // four earlier weeks: 2 posts in the same hours; this week 30 in 09:00 and 10:00
      for (let w = 1; w <= 4; w++)
        for (const h of ['08', '09', '10'])
          add(new Date(Date.parse(`2026-11-23T${h}:00:00Z`) - w * 7 * 86_400_000).toISOString(), 2)
      add('2026-11-23T08:00:00Z', 2)
      add('2026-11-23T09:00:00Z', 30)
      add('2026-11-23T10:00:00Z', 30)
      expect(engine.alerting.scanSpikes()).toBe(1)
      expect(engine.alerting.scanSpikes()).toBe(0) // same spike again: no second alert
      const alerts = await engine.call('listAlerts', {})
      expect(alerts).toHaveLength(1)
      expect(alerts[0]).toMatchObject({ kind: 'spike', level: 'middel', strategyId: 'spike' })
      const c = await engine.call('getAlert', { id: alerts[0]!.id })
      expect(c.strategy?.id).toBe('spike')
      expect(c.audit[0]?.action).toBe('aangemaakt')
    } finally {
      await engine.stop()
      tmp.cleanup()
    }
  })
})
