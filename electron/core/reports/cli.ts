/** The CLI's `report` command: one week's report file, written to disk. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Db } from '../store/db'
import { REPORT_FORMATS } from '../../shared/api-reports'
import type { ReportFormat } from '../../shared/api-reports'
import { buildReport } from './build'
import { lastScheduledRun, weekRange } from './week'

export interface ReportCliArgs {
  week?: string
  format?: string
  out?: string
  lang?: string
}

/**
 * Builds the report for `--week` (default: the week that ended most recently) in `--format` (pdf, html or csv)
 * and writes it to `--out` (default: its own file name in the current folder). Returns the path written.
 * Throws with a Dutch message on a bad week, format or language.
 */
export async function runReportCli(
  db: Db,
  settings: Record<string, unknown>,
  a: ReportCliArgs,
  now = new Date()
): Promise<string> {
  const week = a.week ?? lastScheduledRun(now, 0).week
  weekRange(week)
  const format = (a.format ?? 'pdf') as ReportFormat
  if (!REPORT_FORMATS.includes(format))
    throw new Error(`Onbekend formaat "${a.format}": kies pdf, html of csv.`)
  if (a.lang !== undefined && a.lang !== 'nl' && a.lang !== 'en')
    throw new Error(`Onbekende taal "${a.lang}": kies nl of en.`)
  const file = await buildReport(db, week, format, {
    settings,
    language: a.lang as 'nl' | 'en' | undefined,
    now
  })
  const out = resolve(a.out ?? file.filename)
  writeFileSync(out, file.body)
  return out
}
