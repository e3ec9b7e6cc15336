import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { tempDir } from '../../helpers/tmp'
import { freePort, startHookServer, startSmtp } from './mail-server'
import type { TestHookServer, TestSmtp } from './mail-server'
import type { AlertUpsert } from '../../../electron/core/store/alerts-repo'

const LEIDING = 'leiding@almerecollege.test'
const COMMS = 'communicatie@almerecollege.test'
const RECTOR = 'rector@almerecollege.test'

function alertInput(key: string, over: Partial<AlertUpsert> = {}): AlertUpsert {
  return {
    kind: 'post',
    dedupeKey: key,
    postId: null,
    threadPostId: null,
    level: 'hoog',
    categories: ['threat'],
    title: `Testmelding ${key}`,
    strategyId: 'threat',
    ...over
  }
}

async function until(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now()
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timeout')
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('alert delivery over real SMTP and webhooks', () => {
  let tmp: ReturnType<typeof tempDir>
  let engine: Engine
  let smtp: TestSmtp | null = null
  let hooks: TestHookServer
  let offset = 0
  const at = (): string => new Date(Date.now() + offset).toISOString()

  async function open(port: number): Promise<void> {
    engine = new Engine({
      dbPath: join(tmp.dir, 'u.db'),
      now: () => new Date(Date.now() + offset),
      alerting: { backoffBaseMs: 100, maxBackoffMs: 400, tickMs: 60_000 }
    })
    await engine.api.updateSettings({
      patch: {
        smtp: {
          host: '127.0.0.1',
          port,
          secure: false,
          user: 'uitkijk',
          pass: 'geheim-wachtwoord',
          from: 'uitkijk@almerecollege.test'
        },
        recipients: { escalation: [LEIDING], officer: [COMMS], secondEscalation: [RECTOR] },
        webhooks: [
          { kind: 'teams', url: `${hooks.url}/teams/SECRET-TOKEN` },
          { kind: 'slack', url: `${hooks.url}/slack/SECRET-TOKEN` }
        ],
        dashboardBaseUrl: 'http://127.0.0.1:5180',
        alertCooldownMinutes: 0
      }
    })
  }

  beforeEach(async () => {
    tmp = tempDir()
    hooks = await startHookServer()
    offset = 0
  })
  afterEach(async () => {
    await engine?.stop()
    await smtp?.close()
    smtp = null
    await hooks.close()
    tmp.cleanup()
  })

  it('mails the leidinggevende once per case with the right strategy; the officer gets middel', async () => {
    smtp = await startSmtp()
    await open(smtp.port)
    const threat = engine.alerts.upsert(alertInput('story:1'), at()).alert
    const press = engine.alerts.upsert(
      alertInput('story:2', {
        level: 'middel',
        categories: ['negative_press'],
        strategyId: 'negative_press'
      }),
      at()
    ).alert
    engine.alerting.notifyPending()
    engine.alerting.notifyPending() // a second pass must not enqueue again
    engine.alerting.dispatcher.start()
    await smtp.waitFor(2)
    await until(() => hooks.received.length >= 2)
    await new Promise((r) => setTimeout(r, 300))

    expect(smtp.mails).toHaveLength(2)
    const esc = smtp.mails.find((m) => m.headers['x-uitkijk-alert'] === String(threat.id))!
    expect(esc.rcpt).toEqual([LEIDING, COMMS])
    expect(esc.headers.to).toContain(LEIDING)
    expect(esc.headers['x-uitkijk-strategy']).toBe('threat')
    expect(esc.subject).toContain('Escalatie')
    expect(esc.text).toContain('aangifte')
    expect(esc.text).toContain(`http://127.0.0.1:5180/#/meldingen/${threat.id}`)
    const officer = smtp.mails.find((m) => m.headers['x-uitkijk-alert'] === String(press.id))!
    expect(officer.rcpt).toEqual([COMMS])
    expect(officer.headers['x-uitkijk-strategy']).toBe('negative_press')

    // webhooks only for the escalation, one per configured hook, in each platform's format
    expect(hooks.received.map((h) => h.path).sort()).toEqual([
      '/slack/SECRET-TOKEN',
      '/teams/SECRET-TOKEN'
    ])
    const teams = hooks.received.find((h) => h.path.startsWith('/teams'))!.body as Record<
      string,
      unknown
    >
    expect(teams['@type']).toBe('MessageCard')
    const slack = hooks.received.find((h) => h.path.startsWith('/slack'))!.body as {
      blocks: unknown[]
    }
    expect(Array.isArray(slack.blocks)).toBe(true)

    // the same level again is not news; a rise is an update threaded under the first mail
    engine.alerts.upsert(alertInput('story:1'), at())
    engine.alerting.notifyPending()
    engine.alerts.upsert(alertInput('story:1', { level: 'kritiek' }), at())
    engine.alerting.notifyPending()
    await smtp.waitFor(3)
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.mails).toHaveLength(3)
    const update = smtp.mails[2]!
    expect(update.subject).toContain('Update')
    expect(update.headers['in-reply-to']).toBe(esc.messageId)

    // nobody acknowledges within the response time: a reminder that also goes to the second line
    offset += 31 * 60_000
    engine.alerting.tick()
    await smtp.waitFor(4)
    const reminder = smtp.mails[3]!
    expect(reminder.subject).toContain('Herinnering')
    expect(reminder.rcpt).toContain(RECTOR)
    expect(reminder.rcpt).toContain(LEIDING)

    // acknowledged: no further reminders
    await engine.api.transitionAlert({ id: threat.id, to: 'bevestigd', actor: 'Anna' })
    offset += 5 * 3600_000
    engine.alerting.tick()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.mails).toHaveLength(4)

    // secrets never leave the engine
    const pub = JSON.stringify(await engine.api.getSettings({}))
    expect(pub).not.toContain('geheim-wachtwoord')
    expect(pub).not.toContain('SECRET-TOKEN')
    const deliveries = JSON.stringify(await engine.api.listDeliveries({}))
    expect(deliveries).not.toContain('SECRET-TOKEN')
    const sent = await engine.api.listDeliveries({ status: 'sent' })
    expect(sent.filter((d) => d.channel === 'mail')).toHaveLength(smtp.mails.length)
    expect(sent.filter((d) => d.channel === 'webhook')).toHaveLength(hooks.received.length)
    expect(hooks.received).toHaveLength(4) // escalation and the kritiek update, to Teams and Slack

    // saving the masked settings back keeps the real secrets
    const masked = await engine.api.getSettings({})
    await engine.api.updateSettings({ patch: { smtp: masked.smtp, webhooks: masked.webhooks } })
    expect((engine.settings().smtp as { pass: string }).pass).toBe('geheim-wachtwoord')
    expect(engine.settings().webhooks[0]!.url).toContain('SECRET-TOKEN')
  })

  it('SMTP down for a while, then up: every mail arrives exactly once, failures are visible meanwhile', async () => {
    const port = await freePort()
    await open(port)
    await engine.api.updateSettings({ patch: { webhooks: [] } })
    const ids = [1, 2, 3].map((i) => engine.alerts.upsert(alertInput(`story:${i}`), at()).alert.id)
    engine.alerting.notifyPending()
    engine.alerting.dispatcher.start()
    await until(() => engine.alerting.deps.outbox.list({ status: 'failed' }).length === 3)
    const failed = await engine.api.listDeliveries({ status: 'failed' })
    expect(failed.map((d) => d.lastError)).toEqual(
      failed.map(() => expect.stringMatching(/mailserver/))
    )
    expect(failed.every((d) => d.attempts >= 1)).toBe(true)
    await new Promise((r) => setTimeout(r, 600)) // a few more failed retries
    expect(
      (await engine.api.listDeliveries({ status: 'failed' })).some((d) => d.attempts >= 2)
    ).toBe(true)

    smtp = await startSmtp(port)
    await smtp.waitFor(3, 15_000)
    await until(() => engine.alerting.deps.outbox.list({ status: 'sent' }).length === 3)
    await new Promise((r) => setTimeout(r, 1000))
    expect(smtp.mails).toHaveLength(3)
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(3)
    expect(new Set(smtp.mails.map((m) => m.headers['x-uitkijk-alert']))).toEqual(
      new Set(ids.map(String))
    )
  })

  it('a webhook answering 500 is retried with backoff until it accepts', async () => {
    smtp = await startSmtp()
    await open(smtp.port)
    hooks.status = 500
    engine.alerts.upsert(alertInput('story:1'), at())
    engine.alerting.notifyPending()
    engine.alerting.dispatcher.start()
    const hooksFailed = (): number =>
      engine.alerting.deps.outbox.list({ status: 'failed' }).filter((d) => d.channel === 'webhook')
        .length
    await until(() => hooksFailed() === 2)
    const failed = (await engine.api.listDeliveries({ status: 'failed' })).filter(
      (d) => d.channel === 'webhook'
    )
    expect(failed.map((d) => d.lastError)).toEqual([
      'De webhook weigert het bericht (HTTP 500).',
      'De webhook weigert het bericht (HTTP 500).'
    ])
    expect(JSON.stringify(failed)).not.toContain('SECRET-TOKEN')
    hooks.status = 200
    await until(() => hooks.received.length === 2)
    await until(() => hooksFailed() === 0)
    const sent = (await engine.api.listDeliveries({ status: 'sent' })).filter(
      (d) => d.channel === 'webhook'
    )
    expect(sent).toHaveLength(2)
    expect(sent.every((d) => d.attempts >= 2)).toBe(true)
  })
})
