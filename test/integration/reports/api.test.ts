import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { openDatabase } from '../../../electron/core/store/db'
import { parseInput } from '../../../electron/shared/api'
import { tempDir } from '../../helpers/tmp'
import { seedKnownWeek } from './seed'

let tmp: ReturnType<typeof tempDir>
let engine: Engine

beforeEach(() => {
  tmp = tempDir('uitkijk-report-api-')
  const path = join(tmp.dir, 'test.db')
  const db = openDatabase(path)
  seedKnownWeek(db)
  db.close()
  engine = new Engine({ dbPath: path, now: () => new Date('2026-11-25T12:00:00.000Z') })
})
afterEach(async () => {
  await engine.stop()
  tmp.cleanup()
})

describe('reports through the engine API', () => {
  it('returns the key figures of a week', async () => {
    const d = await engine.api.getReportSummary(
      parseInput('getReportSummary', { week: '2026-W47' })
    )
    expect(d.posts.current).toBe(8)
    expect(d.alerts.total).toBe(3)
  })

  it('exports a file as base64 with its name and type', async () => {
    const f = await engine.api.exportReport(
      parseInput('exportReport', { week: '2026-W47', format: 'csv' })
    )
    expect(f.filename).toBe('weekrapport-2026-W47.csv')
    expect(f.contentType).toBe('text/csv; charset=utf-8')
    const csv = Buffer.from(f.contentBase64, 'base64').toString('utf8')
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(12)
    const en = await engine.api.exportReport(
      parseInput('exportReport', { week: '2026-W47', format: 'html', language: 'en' })
    )
    expect(en.filename).toBe('weekly-report-2026-W47.html')
  })

  it('refuses a malformed or non-existent week in Dutch', async () => {
    expect(() => parseInput('exportReport', { week: '2026-47', format: 'pdf' })).toThrow(/ISO-week/)
    expect(() => parseInput('exportReport', { week: '2026-W47', format: 'docx' })).toThrow()
    await expect(
      engine.api.getReportSummary(parseInput('getReportSummary', { week: '2025-W53' }))
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Week 2025-W53 bestaat niet in 2025.'
    })
  })

  it('starting the engine settles the owed weekly run once', async () => {
    engine.start()
    await engine.stop()
    const db = openDatabase(join(tmp.dir, 'test.db'))
    try {
      const rows = db.prepare('SELECT week, status FROM report_runs').all()
      // no recipients configured in this database: recorded, nothing queued
      expect(rows).toEqual([{ week: '2026-W47', status: 'no_recipients' }])
    } finally {
      db.close()
    }
    engine = new Engine({ dbPath: join(tmp.dir, 'test.db') })
  })
})
