import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../../electron/core/store/db'
import type { Db } from '../../../electron/core/store/db'
import { SettingsRepo } from '../../../electron/core/store/settings-repo'
import { chromiumPath } from '../../../electron/core/pdf'
import { buildReport } from '../../../electron/core/reports/build'
import { tempDir } from '../../helpers/tmp'
import { seedKnownWeek } from './seed'

const chromium = chromiumPath()
const has = (bin: string): boolean =>
  ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, bin)))
if (!chromium)
  console.warn('Geen Chromium gevonden (UITKIJK_CHROMIUM): de PDF-test wordt overgeslagen.')

describe.skipIf(!chromium)('the weekly report as PDF (real Chromium)', () => {
  let tmp: ReturnType<typeof tempDir>
  let db: Db
  let pdf: Buffer
  let file: string

  beforeAll(async () => {
    tmp = tempDir('uitkijk-pdf-')
    db = openDatabase(join(tmp.dir, 'test.db'))
    seedKnownWeek(db)
    const r = await buildReport(db, '2026-W47', 'pdf', { settings: new SettingsRepo(db).all() })
    expect(r.filename).toBe('weekrapport-2026-W47.pdf')
    expect(r.contentType).toBe('application/pdf')
    pdf = r.body
    file = join(tmp.dir, r.filename)
    writeFileSync(file, pdf)
  }, 60_000)
  afterAll(() => {
    db?.close()
    tmp?.cleanup()
  })

  it('is a PDF with A4 pages', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const boxes = [
      ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)
    ]
    expect(boxes.length).toBeGreaterThanOrEqual(2)
    for (const [, w, h] of boxes) {
      // A4 is 595.3 x 841.9 pt; Chromium rounds the page to whole CSS pixels (595.92 x 842.88)
      expect(Math.floor(Number(w))).toBe(595)
      expect(Math.abs(Number(h) - 842)).toBeLessThan(1.5)
    }
  })

  it.skipIf(!has('pdftotext'))('carries the text, the charts and the running footer', () => {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Weekrapport reputatie')
    expect(text).toContain('Berichten per dag')
    // chart labels are real text inside the SVG charts: legend and weekday axis
    expect(text).toContain('Berichten vorige week')
    expect(text).toMatch(/ma\s+di\s+wo\s+do\s+vr\s+za\s+zo/)
    expect(text).toContain('pesten / kwetsen')
    expect(text).toMatch(/Pagina 1 van \d/)
    expect(text).not.toContain('Sanne')
  })

  it.skipIf(!has('pdftoppm'))('renders to an image', () => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(tmp.dir, 'page')
    ])
    const png = readFileSync(join(tmp.dir, 'page-1.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    // 595.92 pt at 60 dpi = 496.6 px: an A4 portrait page, not landscape or Letter (510 px)
    expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(1)
    expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(1)
  })
})
