import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase } from '../../../electron/core/store/db'
import type { Db } from '../../../electron/core/store/db'
import { SettingsRepo } from '../../../electron/core/store/settings-repo'
import { runDueReport, startReportSchedule } from '../../../electron/core/reports/schedule'
import type { ReportScheduleDeps } from '../../../electron/core/reports/schedule'
import { tempDir } from '../../helpers/tmp'
import { seedKnownWeek } from './seed'

let tmp: ReturnType<typeof tempDir>
let db: Db
let clock: Date
let pdfCalls: number

beforeEach(() => {
  tmp = tempDir('uitkijk-schedule-')
  db = openDatabase(join(tmp.dir, 'test.db'))
  seedKnownWeek(db)
  new SettingsRepo(db).set('reportRecipients', [
    'rector@almerecollege.example',
    'communicatie@almerecollege.example'
  ])
  pdfCalls = 0
})
afterEach(() => {
  db.close()
  tmp.cleanup()
})

/** The real outbox (enqueueMail) and database; only the PDF engine is a stand-in so the test needs no Chromium. */
function deps(extra: Partial<ReportScheduleDeps> = {}): ReportScheduleDeps {
  return {
    db,
    now: () => clock,
    settings: () => new SettingsRepo(db).all(),
    pdf: async (html) => {
      pdfCalls++
      return Buffer.from(`%PDF-1.4 stand-in for ${html.length} bytes of HTML`)
    },
    ...extra
  }
}

const outbox = (): { dedupe_key: string; payload: string; channel: string }[] =>
  db.prepare('SELECT dedupe_key, payload, channel FROM outbox ORDER BY id').all() as never
const runs = (): { week: string; status: string; attempts: number; error: string | null }[] =>
  db.prepare('SELECT week, status, attempts, error FROM report_runs ORDER BY week').all() as never

describe('the Monday 08:00 report schedule', () => {
  it('owes nothing new before Monday 08:00 and the week just ended from 08:00', async () => {
    clock = new Date('2026-11-23T06:59:00.000Z') // Monday 07:59 CET
    expect(await runDueReport(deps())).toEqual({ week: '2026-W46', status: 'sent' })
    clock = new Date('2026-11-23T07:00:00.000Z') // Monday 08:00 CET
    expect(await runDueReport(deps())).toEqual({ week: '2026-W47', status: 'sent' })
    expect(runs().map((r) => [r.week, r.status])).toEqual([
      ['2026-W46', 'sent'],
      ['2026-W47', 'sent']
    ])
  })

  it('queues one mail with the PDF and CSV for the recipients, and only once', async () => {
    clock = new Date('2026-11-23T07:00:00.000Z')
    await runDueReport(deps())
    clock = new Date('2026-11-23T09:00:00.000Z')
    expect(await runDueReport(deps())).toBeNull()
    const mails = outbox()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.channel).toBe('mail')
    expect(mails[0]!.dedupe_key).toBe('report:2026-W47')
    const p = JSON.parse(mails[0]!.payload) as {
      to: string[]
      subject: string
      text: string
      attachments: { filename: string; contentType: string; contentBase64: string }[]
    }
    expect(p.to).toEqual(['rector@almerecollege.example', 'communicatie@almerecollege.example'])
    expect(p.subject).toBe('Weekrapport reputatie 2026-W47 (16 november – 22 november 2026)')
    expect(p.text).toContain('Berichten: 8 (vorige week 3), reacties: 3.')
    expect(p.attachments.map((a) => a.filename)).toEqual([
      'weekrapport-2026-W47.pdf',
      'weekrapport-2026-W47.csv'
    ])
    const csv = Buffer.from(p.attachments[1]!.contentBase64, 'base64').toString('utf8')
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(12)
    expect(pdfCalls).toBe(1)
  })

  it('catches up at the next start when the machine was off on Monday, once, for the latest week only', async () => {
    // off from Friday 20 Nov until Wednesday 2 Dec: the 23 Nov and 30 Nov runs were missed
    clock = new Date('2026-12-02T10:00:00.000Z')
    expect(await runDueReport(deps())).toEqual({ week: '2026-W48', status: 'sent' })
    // the next start the same day does nothing
    expect(await runDueReport(deps())).toBeNull()
    expect(runs().map((r) => r.week)).toEqual(['2026-W48'])
    expect(outbox()).toHaveLength(1)
  })

  it('records a week without recipients and does not mail it later', async () => {
    new SettingsRepo(db).set('reportRecipients', [])
    clock = new Date('2026-11-23T07:00:00.000Z')
    expect(await runDueReport(deps())).toEqual({ week: '2026-W47', status: 'no_recipients' })
    new SettingsRepo(db).set('reportRecipients', ['rector@almerecollege.example'])
    expect(await runDueReport(deps())).toBeNull()
    expect(outbox()).toHaveLength(0)
    expect(pdfCalls).toBe(0)
  })

  it('retries a failed run at most three times and keeps the error', async () => {
    clock = new Date('2026-11-23T07:00:00.000Z')
    const failing = deps({
      pdf: async () => {
        throw new Error('Geen Chromium gevonden')
      }
    })
    expect(await runDueReport(failing)).toMatchObject({
      status: 'failed',
      error: 'Geen Chromium gevonden'
    })
    expect(await runDueReport(failing)).toMatchObject({ status: 'failed' })
    expect(await runDueReport(failing)).toMatchObject({ status: 'failed' })
    expect(await runDueReport(failing)).toBeNull()
    expect(runs()[0]).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: 'Geen Chromium gevonden'
    })
    expect(outbox()).toHaveLength(0)
  })

  it('does not start a second run while one is in progress', async () => {
    clock = new Date('2026-11-23T07:00:00.000Z')
    db.prepare(
      "INSERT INTO report_runs (week, status, started_at) VALUES ('2026-W47', 'running', ?)"
    ).run('2026-11-23T06:59:00.000Z')
    expect(await runDueReport(deps())).toBeNull()
    // a run that crashed more than 30 minutes ago is taken over
    clock = new Date('2026-11-23T08:00:00.000Z')
    expect(await runDueReport(deps())).toEqual({ week: '2026-W47', status: 'sent' })
  })

  it('runs the owed report when the schedule starts and stops cleanly', async () => {
    clock = new Date('2026-11-24T12:00:00.000Z')
    const s = startReportSchedule(deps())
    await s.stop()
    expect(runs().map((r) => [r.week, r.status])).toEqual([['2026-W47', 'sent']])
  })
})
