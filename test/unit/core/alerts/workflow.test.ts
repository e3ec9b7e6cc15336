import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../../electron/core/engine'
import { canTransition } from '../../../../electron/core/alerts/workflow'
import { tempDir } from '../../../helpers/tmp'

describe('case workflow', () => {
  let tmp: ReturnType<typeof tempDir>
  let engine: Engine
  beforeEach(() => {
    tmp = tempDir()
    engine = new Engine({ dbPath: join(tmp.dir, 'w.db') })
  })
  afterEach(async () => {
    await engine.stop()
    tmp.cleanup()
  })

  const make = (key: string, categories: ('threat' | 'bullying' | 'negative_press')[]) =>
    engine.alerts.upsert(
      {
        kind: 'post',
        dedupeKey: key,
        postId: null,
        threadPostId: null,
        level: 'hoog',
        categories,
        title: key,
        strategyId: categories[0]!
      },
      new Date().toISOString()
    ).alert

  it('validates transitions', () => {
    expect(canTransition('nieuw', 'bevestigd')).toBe(true)
    expect(canTransition('nieuw', 'afgerond')).toBe(false)
    expect(canTransition('afgerond', 'in_behandeling')).toBe(true)
    expect(canTransition('vals_alarm', 'afgerond')).toBe(false)
  })

  it('walks a case through its states with owner, notes, tags and an audit entry for each change', async () => {
    const a = make('story:1', ['threat'])
    await expect(
      engine.call('transitionAlert', { id: a.id, to: 'afgerond', actor: 'Anna' })
    ).rejects.toThrow(/kan niet naar 'Afgerond'/)
    await engine.call('transitionAlert', { id: a.id, to: 'bevestigd', actor: 'Anna' })
    await engine.call('assignAlert', { id: a.id, owner: 'Anna', actor: 'Anna' })
    await engine.call('addAlertNote', {
      id: a.id,
      text: 'Politie gebeld, aangifte donderdag',
      actor: 'Anna'
    })
    await engine.call('setAlertTags', {
      id: a.id,
      tags: ['politie', 'politie', '3B'],
      actor: 'Anna'
    })
    await engine.call('updateHoldingStatement', {
      id: a.id,
      text: 'Wij onderzoeken het bericht.',
      actor: 'Anna'
    })
    await engine.call('transitionAlert', {
      id: a.id,
      to: 'in_behandeling',
      actor: 'Bram',
      note: 'overgenomen'
    })
    const done = await engine.call('transitionAlert', { id: a.id, to: 'afgerond', actor: 'Bram' })
    expect(done.state).toBe('afgerond')
    expect(done.acknowledgedAt).not.toBeNull()

    const c = await engine.call('getAlert', { id: a.id })
    expect(c.alert.owner).toBe('Anna')
    expect(c.alert.tags).toEqual(['politie', '3B'])
    expect(c.holdingStatement).toBe('Wij onderzoeken het bericht.')
    expect(c.holdingStatementEdited).toBe(true)
    expect(c.notes.map((n) => n.text)).toEqual([
      'Politie gebeld, aangifte donderdag',
      'overgenomen'
    ])
    expect(c.audit.map((e) => `${e.actor}:${e.action}`)).toEqual([
      'Anna:status',
      'Anna:eigenaar',
      'Anna:notitie',
      'Anna:labels',
      'Anna:holding_statement',
      'Bram:status',
      'Bram:status'
    ])
    expect(c.strategy?.id).toBe('threat')
    expect((await engine.call('verifyAuditLog', {})).ok).toBe(true)

    const html = await engine.call('exportDossier', { id: a.id, format: 'html' })
    const doc = Buffer.from(html.base64, 'base64').toString('utf8')
    expect(html.contentType).toContain('text/html')
    expect(doc).toContain('Wij onderzoeken het bericht.')
    expect(doc).toContain('Politie gebeld')
    expect(doc).toContain('hashketen van alle')
    expect(doc).toContain('aangifte')
  })

  it('measures precision per category from confirmed cases and false alarms', async () => {
    const a = make('story:1', ['threat'])
    const b = make('story:2', ['threat', 'bullying'])
    make('story:3', ['negative_press'])
    await engine.call('transitionAlert', { id: a.id, to: 'bevestigd', actor: 'Anna' })
    await engine.call('transitionAlert', { id: b.id, to: 'vals_alarm', actor: 'Anna' })
    const p = await engine.call('getPrecision', {})
    const by = Object.fromEntries(p.categories.map((c) => [c.category, c]))
    expect(by.threat).toMatchObject({ confirmed: 1, falseAlarms: 1, open: 0, precision: 0.5 })
    expect(by.bullying).toMatchObject({ confirmed: 0, falseAlarms: 1, precision: 0 })
    expect(by.negative_press).toMatchObject({ open: 1, precision: null })
  })
})
