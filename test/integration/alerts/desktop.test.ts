import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import type { DesktopNotification } from '../../../electron/core/alerts/service'
import type { AlertUpsert } from '../../../electron/core/store/alerts-repo'
import { tempDir } from '../../helpers/tmp'

const upsert = (engine: Engine, key: string, over: Partial<AlertUpsert>, at: Date): number =>
  engine.alerts.upsert(
    {
      kind: 'post',
      dedupeKey: key,
      postId: null,
      threadPostId: null,
      level: 'middel',
      categories: ['bullying'],
      title: key,
      strategyId: 'bullying',
      ...over
    },
    at.toISOString()
  ).alert.id

describe('desktop notifications, quiet hours and cooldown', () => {
  let tmp: ReturnType<typeof tempDir>
  let engine: Engine
  let now: Date
  let shown: DesktopNotification[]
  beforeEach(async () => {
    tmp = tempDir()
    now = new Date('2026-11-23T22:30:00Z') // 23:30 in Amsterdam
    engine = new Engine({ dbPath: join(tmp.dir, 'd.db'), now: () => now })
    shown = []
    engine.setDesktopNotifier((n) => shown.push(n))
    await engine.api.updateSettings({
      patch: {
        quietHours: { start: '22:00', end: '07:00', timezone: 'Europe/Amsterdam' },
        recipients: { escalation: [], officer: ['comms@almerecollege.test'], secondEscalation: [] },
        alertCooldownMinutes: 30
      }
    })
  })
  afterEach(async () => {
    await engine.stop()
    tmp.cleanup()
  })

  it('keeps quiet at night except for kritiek, and a click target opens the case', () => {
    upsert(engine, 'story:1', {}, now)
    const k = upsert(
      engine,
      'story:2',
      { level: 'kritiek', categories: ['threat'], strategyId: 'threat' },
      now
    )
    engine.alerting.notifyPending()
    expect(shown.map((n) => n.alertId)).toEqual([k])
    expect(shown[0]).toMatchObject({ level: 'kritiek', route: `/meldingen/${k}` })
    // with a desktop host attached, middel goes to the desktop, not by mail (only the escalation is mailed)
    const mails = engine.alerting.deps.outbox.list({}).filter((d) => d.channel === 'mail')
    expect(mails.map((m) => m.alertId)).toEqual([k])
  })

  it('daytime: middel notifies the officer; an escalation right after is not held back by the cooldown', () => {
    now = new Date('2026-11-23T10:00:00Z')
    const id = upsert(engine, 'story:1', {}, now)
    engine.alerting.notifyPending()
    expect(shown).toHaveLength(1)
    now = new Date(now.getTime() + 5 * 60_000)
    upsert(engine, 'story:1', { level: 'hoog' }, now)
    engine.alerting.notifyPending()
    expect(shown).toHaveLength(2)
    expect(engine.alerts.get(id)!.escalatedAt).not.toBeNull()
    // a further rise within the cooldown waits for the tick after the cooldown (kritiek would not wait)
    engine.alerts.upsert(
      {
        kind: 'post',
        dedupeKey: 'story:1',
        postId: null,
        threadPostId: null,
        level: 'hoog',
        categories: ['bullying', 'threat'],
        title: 'x',
        strategyId: null,
        derailing: true
      },
      now.toISOString()
    )
    engine.alerting.notifyPending()
    expect(shown).toHaveLength(2)
    now = new Date(now.getTime() + 31 * 60_000)
    engine.alerting.tick()
    expect(shown).toHaveLength(3)
    expect(shown[2]!.title).toContain('Update')
  })
})
