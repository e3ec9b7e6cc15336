/**
 * Weekly report benchmark: aggregation alone, the HTML (with charts), and the whole PDF (Chromium start included)
 * for a week with 10,000 top-level posts and the four weeks before it. Prints one JSON object.
 * Run: node_modules/.bin/tsx test/bench/reports.bench.ts
 */
import { join } from 'node:path'
import { statSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../../electron/core/store/db'
import { Pseudonymiser } from '../../electron/core/reports/pseudonymise'
import { aggregateWeek } from '../../electron/core/reports/aggregate'
import { buildParts, buildReport } from '../../electron/core/reports/build'
import { chromiumPath, renderPdf } from '../../electron/core/pdf'
import { loadavg } from 'node:os'
import { weekRange } from '../../electron/core/reports/week'
import { tempDir } from '../helpers/tmp'
import { seedBusyWeek } from '../integration/reports/seed'

const WEEK = '2026-W47'
const tmp = tempDir('uitkijk-bench-')
try {
  const db = openDatabase(join(tmp.dir, 'bench.db'))
  const t0 = performance.now()
  seedBusyWeek(db, weekRange(WEEK), 10_000)
  const seedMs = performance.now() - t0
  const posts = Number((db.prepare('SELECT COUNT(*) AS n FROM posts').get() as { n: number }).n)
  const ps = (): Pseudonymiser =>
    new Pseudonymiser({
      students: true,
      staff: 'show',
      staffList: [],
      schoolAccounts: [],
      language: 'nl'
    })
  const agg: number[] = []
  let weekPosts = 0
  for (let i = 0; i < 7; i++) {
    const t = performance.now()
    weekPosts = aggregateWeek(db, WEEK, ps()).posts.current
    agg.push(performance.now() - t)
  }
  const sorted = agg.slice(1).sort((a, b) => a - b)
  const t1 = performance.now()
  const parts = buildParts(db, WEEK, { settings: {} })
  const partsMs = performance.now() - t1
  let pdfMs: number | null = null
  let pdfBytes: number | null = null
  let bareMs: number | null = null
  if (chromiumPath()) {
    const t2 = performance.now()
    const pdf = await buildReport(db, WEEK, 'pdf', { settings: {} })
    pdfMs = performance.now() - t2
    pdfBytes = pdf.body.length
    // what Chromium alone costs (start, blank page, print, close): the floor under pdfTotalMs
    const t3 = performance.now()
    await renderPdf('<!doctype html><p>x</p>')
    bareMs = performance.now() - t3
  }
  db.close()
  process.stdout.write(
    JSON.stringify({
      week: WEEK,
      postsInWeek: weekPosts,
      postsInDatabase: posts,
      dbBytes: statSync(join(tmp.dir, 'bench.db')).size,
      seedMs: Math.round(seedMs),
      aggregateFirstMs: Math.round(agg[0]! * 10) / 10,
      aggregateMedianMs: Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10,
      aggregateTargetMs: 200,
      htmlAndCsvMs: Math.round(partsMs),
      htmlBytes: parts.html.length,
      csvBytes: parts.csv.length,
      pdfTotalMs: pdfMs === null ? null : Math.round(pdfMs),
      pdfTargetMs: 3000,
      chromiumBlankPdfMs: bareMs === null ? null : Math.round(bareMs),
      loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
      pdfBytes,
      note:
        pdfMs === null
          ? 'Geen Chromium gevonden: PDF niet gemeten.'
          : 'pdfTotalMs: aggregation + CSV + HTML + Chromium start + print'
    }) + '\n'
  )
} finally {
  tmp.cleanup()
}
