/**
 * Alerts bench. Run: node_modules/.bin/tsx test/bench/alerts.bench.ts
 * Prints one JSON object:
 * - latency from a new item being stored (the engine's post:new event, so the poll interval and the fetch are
 *   excluded) to the SMTP server accepting the escalation mail, through the real pipeline (score → rules → notify
 *   stage → outbox → nodemailer → smtp-server on 127.0.0.1);
 * - alerts per second the rules stage sustains (scored posts → alert upserts) and the notify stage sustains
 *   (routing, strategy, mail composition, outbox insert), on a real SQLite file.
 */
import { join } from 'node:path'
import { Engine } from '../../electron/core/engine.ts'
import { evaluateAlerts } from '../../electron/core/pipeline.ts'
import { transaction } from '../../electron/core/store/db.ts'
import type { PostScore } from '../../electron/shared/domain.ts'
import { rss, startFeedServer } from '../helpers/feed-server.ts'
import { tempDir } from '../helpers/tmp.ts'
import { loopbackSmtp, startSmtp } from '../integration/alerts/mail-server.ts'

const ITER = 20
const RULES_N = 5000

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10
}

async function latency(dir: string): Promise<Record<string, number>> {
  const smtp = await startSmtp()
  const feeds = await startFeedServer()
  const engine = new Engine({ dbPath: join(dir, 'lat.db') })
  await engine.api.updateSettings({
    patch: {
      smtp: loopbackSmtp(smtp.port),
      recipients: { escalation: ['leiding@almerecollege.test'], officer: [], secondEscalation: [] }
    }
  })
  engine.alerting.dispatcher.start()
  const storedAt = new Map<string, number>()
  engine.on((e) => {
    if (e.type === 'post:new') storedAt.set(e.post.title, performance.now())
  })
  const src = await engine.call('addSource', {
    name: 'Forum',
    url: `${feeds.url}/feed.xml`,
    intervalSeconds: 10
  })
  const items: { guid: string; title: string; text: string; date: string }[] = []
  const ms: number[] = []
  let misses = 0
  for (let i = 0; i < ITER; i++) {
    const title = `Melding ${i}: ${['bus', 'kantine', 'gym', 'aula', 'plein'][i % 5]} ${i * 7919}`
    items.push({
      guid: `g${i}`,
      title,
      text: `Ik weet waar die docent woont, Dorpsstraat ${i + 1}, vanavond even langsgaan en hem in elkaar slaan`,
      date: new Date(Date.now() - (ITER - i) * 60_000).toISOString()
    })
    feeds.set('/feed.xml', { body: rss(items) })
    const before = smtp.mails.length
    engine.sources.makeDue(src.id, new Date().toISOString())
    await engine.pollOnce()
    try {
      await smtp.waitFor(before + 1, 5000)
    } catch {
      misses++
      continue
    }
    const mail = smtp.mails[smtp.mails.length - 1]!
    const accepted = mail.acceptedAt
    const t0 = storedAt.get(title)
    if (t0 !== undefined) ms.push(accepted - t0)
  }
  await engine.stop()
  await feeds.close()
  await smtp.close()
  return {
    storedToSmtpAccepted_median_ms: pct(ms, 50),
    storedToSmtpAccepted_p90_ms: pct(ms, 90),
    storedToSmtpAccepted_max_ms: pct(ms, 100),
    latencySamples: ms.length,
    latencyMissedMails: misses
  }
}

async function throughput(dir: string): Promise<Record<string, number>> {
  const engine = new Engine({ dbPath: join(dir, 'rules.db') })
  await engine.api.updateSettings({
    patch: {
      recipients: {
        escalation: ['leiding@almerecollege.test'],
        officer: ['comms@almerecollege.test'],
        secondEscalation: []
      }
    }
  })
  const now = new Date().toISOString()
  const src = engine.sources.add(
    {
      name: 'Bulk',
      url: 'http://127.0.0.1:9/bulk.xml',
      kind: 'mention',
      intervalSeconds: 300,
      watchTerms: [],
      excludeTerms: []
    },
    now
  )
  const ins = engine.db.prepare(
    `INSERT INTO posts (source_id, dedupe_key, content_hash, title, text, published_at, fetched_at) VALUES (?, ?, 'h', ?, ?, ?, ?)`
  )
  const levels = ['middel', 'hoog', 'kritiek'] as const
  const cats = ['threat', 'bullying', 'personal_info', 'negative_press'] as const
  transaction(engine.db, () => {
    for (let i = 0; i < RULES_N; i++) {
      const id = Number(
        ins.run(src.id, `k${i}`, `Bericht ${i}`, `tekst ${i}`, now, now).lastInsertRowid
      )
      const score: PostScore = {
        risk: 60,
        level: levels[i % 3]!,
        categories: [{ id: cats[i % 4]!, confidence: 0.8 }],
        evidence: [{ start: 0, end: 5, text: 'tekst', category: cats[i % 4]!, rule: 'bench' }],
        language: 'nl',
        sentiment: -0.5,
        modelVersion: 'bench'
      }
      engine.posts.saveScore(id, score, now)
    }
  })
  const t0 = performance.now()
  evaluateAlerts({
    db: engine.db,
    posts: engine.posts,
    threads: engine.threads,
    alerts: engine.alerts,
    scorer: () => engine.getScorer(),
    now: () => new Date(),
    emit: () => {}
  })
  const t1 = performance.now()
  const created = engine.alerts.all().length
  let notified = 0
  const t2 = performance.now()
  for (;;) {
    const n = engine.alerting.notifyPending()
    if (n === 0) break
    notified += n
  }
  const t3 = performance.now()
  const queued = engine.alerting.deps.outbox.list({ limit: 100_000 }).length
  await engine.stop()
  return {
    rulesAlerts: created,
    rulesAlertsPerSec: Math.round(created / ((t1 - t0) / 1000)),
    notifyAlerts: notified,
    notifyAlertsPerSec: Math.round(notified / ((t3 - t2) / 1000)),
    notifyMailsQueued: queued
  }
}

const tmp = tempDir('uitkijk-bench-')
try {
  const lat = await latency(tmp.dir)
  const thr = await throughput(tmp.dir)
  process.stdout.write(JSON.stringify({ ...lat, ...thr }) + '\n')
} finally {
  tmp.cleanup()
}
