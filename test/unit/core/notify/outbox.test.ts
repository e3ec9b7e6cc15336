import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../electron/core/store/db'
import { OutboxRepo } from '../../../../electron/core/store/outbox-repo'
import { enqueueMail, messageIdFor } from '../../../../electron/core/notify/outbox'
import { backoffMs } from '../../../../electron/core/notify/dispatcher'

describe('outbox', () => {
  it('enqueues once per dedupe key', () => {
    const db = openDatabase(':memory:')
    const mail = {
      to: ['a@school.test'],
      subject: 'Weekrapport',
      text: 't',
      html: '<p>t</p>',
      dedupeKey: 'report:2026-W47'
    }
    enqueueMail(db, mail)
    enqueueMail(db, mail)
    const rows = new OutboxRepo(db).list()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ channel: 'mail', status: 'pending', attempts: 0 })
  })

  it('lets exactly one attempt own a row, and a stale attempt cannot overwrite a newer one', () => {
    const db = openDatabase(':memory:')
    const repo = new OutboxRepo(db)
    enqueueMail(db, { to: ['a@school.test'], subject: 's', text: 't', html: 'h', dedupeKey: 'k1' })
    const [row] = repo.due(new Date().toISOString())
    expect(repo.claim(row!.id, 'A')).toBe(true)
    expect(repo.claim(row!.id, 'B')).toBe(false)
    // crash: the row stays 'sending' until recovery makes it due again
    expect(repo.due(new Date().toISOString())).toHaveLength(0)
    expect(repo.recoverStuck(new Date().toISOString())).toBe(1)
    expect(repo.claim(row!.id, 'C')).toBe(true)
    expect(repo.markSent(row!.id, 'A', null, new Date().toISOString())).toBe(false) // stale attempt
    expect(repo.markSent(row!.id, 'C', '<x@y>', new Date().toISOString())).toBe(true)
    expect(repo.get(row!.id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('keeps failed rows and backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffMs(n, 1000, 5000))).toEqual([
      1000, 2000, 4000, 5000, 5000
    ])
    const db = openDatabase(':memory:')
    const repo = new OutboxRepo(db)
    enqueueMail(db, { to: ['a@school.test'], subject: 's', text: 't', html: 'h', dedupeKey: 'k' })
    const [row] = repo.due(new Date().toISOString())
    repo.claim(row!.id, 'A')
    const later = new Date(Date.now() + 60_000).toISOString()
    repo.markFailed(row!.id, 'A', 'De mailserver weigert de verbinding.', later)
    expect(repo.due(new Date().toISOString())).toHaveLength(0)
    expect(repo.list({ status: 'failed' })[0]).toMatchObject({
      lastError: 'De mailserver weigert de verbinding.'
    })
    expect(repo.retry(row!.id, new Date().toISOString())).toBe(true)
    expect(repo.due(new Date().toISOString())).toHaveLength(1)
  })

  it('derives a stable Message-ID from the dedupe key', () => {
    expect(messageIdFor('alert:1:escalation')).toBe(messageIdFor('alert:1:escalation'))
    expect(messageIdFor('alert:1:escalation')).not.toBe(messageIdFor('alert:2:escalation'))
    expect(messageIdFor('x')).toMatch(/^<[0-9a-f]{32}@uitkijk\.local>$/)
  })
})
