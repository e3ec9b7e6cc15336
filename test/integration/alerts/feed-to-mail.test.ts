import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { tempDir } from '../../helpers/tmp'
import { rss, startFeedServer } from '../../helpers/feed-server'
import type { TestFeedServer } from '../../helpers/feed-server'
import { loopbackSmtp, startSmtp } from './mail-server'
import type { TestSmtp } from './mail-server'

const LEIDING = 'leiding@almerecollege.test'
const T0 = Date.parse('2026-11-20T10:00:00Z')

interface Comment {
  author: string
  minutes: number
  text: string
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A comment feed (RSS with dc:creator), as WordPress serves under wfw:commentRss. */
function commentFeed(comments: Comment[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Reacties</title>
<link>https://example.org/sportdag</link><description>r</description>
${comments
  .map(
    (
      c,
      i
    ) => `<item><title>Reactie van ${esc(c.author)}</title><guid isPermaLink="false">c${i}</guid>
<link>https://example.org/sportdag#c${i}</link><dc:creator>${esc(c.author)}</dc:creator>
<description>${esc(c.text)}</description><pubDate>${new Date(T0 + c.minutes * 60_000).toUTCString()}</pubDate></item>`
  )
  .join('\n')}
</channel></rss>`
}

const CALM: Comment[] = [
  { author: 'moeder_van_sem', minutes: 5, text: 'Wat leuk dat de sportdag weer door kan gaan!' },
  {
    author: 'oud_leerling',
    minutes: 9,
    text: 'Mooie foto van de estafette, veel plezier allemaal.'
  }
]
const HOSTILE: Comment[] = [
  {
    author: 'boze_vader',
    minutes: 14,
    text: 'Wat een slechte school is dit, die docent van 3B is echt een idioot'
  },
  {
    author: 'anoniem123',
    minutes: 16,
    text: 'Die gym docent is een waardeloze loser, iedereen weet het'
  },
  {
    author: 'xx_wraak',
    minutes: 17,
    text: 'Ik weet waar hij woont, Dorpsstraat 12, even langsgaan vanavond'
  },
  { author: 'boze_vader', minutes: 18, text: 'Precies, die idioot moet weg, kankerschool' }
]
const MORE: Comment[] = [
  { author: 'troll_07', minutes: 20, text: 'Die docent is een vieze loser, pak hem maar' },
  { author: 'anoniem123', minutes: 21, text: 'Waardeloze school, allemaal idioten daar' }
]

describe('feed to mail, end to end', () => {
  let tmp: ReturnType<typeof tempDir>
  let feeds: TestFeedServer
  let smtp: TestSmtp
  let engine: Engine

  beforeEach(async () => {
    tmp = tempDir()
    feeds = await startFeedServer()
    smtp = await startSmtp()
  })
  afterEach(async () => {
    await engine?.stop()
    await feeds.close()
    await smtp.close()
    tmp.cleanup()
  })

  it('a comment thread turning hostile gives one escalation mail to the leidinggevende, updated not duplicated', async () => {
    engine = new Engine({ dbPath: join(tmp.dir, 'e2e.db'), alerting: { backoffBaseMs: 200 } })
    await engine.api.updateSettings({
      patch: {
        smtp: loopbackSmtp(smtp.port),
        recipients: { escalation: [LEIDING], officer: [], secondEscalation: [] },
        alertCooldownMinutes: 0
      }
    })
    engine.alerting.start()
    feeds.set('/feed.xml', {
      body: rss(
        [
          {
            guid: 'sportdag',
            title: 'Sportdag 2026 op Almere College',
            text: 'Vandaag was de jaarlijkse sportdag. Bekijk de foto’s!',
            date: new Date(T0).toISOString(),
            comments: `${feeds.url}/comments/sportdag.xml`
          }
        ],
        'Almere College nieuws'
      )
    })
    feeds.set('/comments/sportdag.xml', { body: commentFeed(CALM) })
    await engine.call('addSource', {
      name: 'Schoolsite',
      url: `${feeds.url}/feed.xml`,
      kind: 'own'
    })

    await engine.pollOnce({ all: true }) // the post, and its comment feed gets followed
    await engine.pollOnce({ all: true }) // the calm comments
    expect(engine.posts.count()).toBe(1 + CALM.length)
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.mails).toHaveLength(0)

    feeds.set('/comments/sportdag.xml', { body: commentFeed([...CALM, ...HOSTILE]) })
    await engine.pollOnce({ all: true })
    await smtp.waitFor(1)
    await new Promise((r) => setTimeout(r, 500))
    const alerts = await engine.call('listAlerts', {})
    expect(alerts).toHaveLength(1) // one alert for the thread, not one per comment
    const [alert] = alerts
    expect(alert!.kind).toBe('thread')

    feeds.set('/comments/sportdag.xml', { body: commentFeed([...CALM, ...HOSTILE, ...MORE]) })
    await engine.pollOnce({ all: true })
    await new Promise((r) => setTimeout(r, 800))
    expect(await engine.call('listAlerts', {})).toHaveLength(1)

    const escalations = smtp.mails.filter((m) => m.headers['x-uitkijk-kind'] === 'escalation')
    const updates = smtp.mails.filter((m) => m.headers['x-uitkijk-kind'] === 'update')
    expect(escalations).toHaveLength(1)
    expect(escalations[0]!.rcpt).toEqual([LEIDING])
    expect(escalations[0]!.text).toContain('Dorpsstraat 12') // the thread excerpt travels with the mail
    // updates only for a level rise or the thread crossing into derailing, threaded under the first mail
    const detail = await engine.api.getAlert({ id: alert!.id })
    const updateEntries = detail.audit.filter((e) => e.action === 'update verstuurd')
    expect(updates).toHaveLength(updateEntries.length)
    expect(updates.length).toBeLessThanOrEqual(2)
    for (const u of updates) expect(u.headers['in-reply-to']).toBe(escalations[0]!.messageId)
    expect(smtp.mails).toHaveLength(1 + updates.length)
    expect(escalations[0]!.headers['x-uitkijk-strategy']).toMatch(/^[a-z_]+$/)
    expect(detail.thread?.commentCount).toBe(CALM.length + HOSTILE.length + MORE.length)
  })
})
