/**
 * Building a report file for a week: aggregation, then HTML, PDF (through the swappable renderPdf) or CSV. One
 * pseudonymiser per build keeps labels consistent within the file.
 */
import type { Db } from '../store/db'
import type { ReportFormat, WeeklyReportData } from '../../shared/api-reports'
import { renderPdf } from '../pdf'
import { aggregateWeek } from './aggregate'
import { primeLabels, weekCsv } from './csv'
import { Pseudonymiser } from './pseudonymise'
import { renderReportHtml } from './render-html'
import { reportSettings } from './settings'
import type { ReportSettings } from './settings'

export interface BuiltReport {
  filename: string
  contentType: string
  body: Buffer
}

export interface BuildOptions {
  /** Raw settings map (SettingsRepo.all()); report keys are read from it with safe defaults. */
  settings: Record<string, unknown>
  language?: 'nl' | 'en'
  now?: Date
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8'
}

function pseudonymiser(s: ReportSettings, language: 'nl' | 'en'): Pseudonymiser {
  return new Pseudonymiser({
    students: s.reportPseudonymiseStudents,
    staff: s.reportStaffNames,
    staffList: s.staff,
    schoolAccounts: s.schoolAccounts,
    language
  })
}

/**
 * Figures, HTML and CSV of a week with one pseudonymiser. The CSV walks every post of the week in time order first,
 * so a person gets the same label in the HTML, the PDF and the CSV, whichever file is asked for.
 */
export function buildParts(
  db: Db,
  week: string,
  opts: BuildOptions & { csv?: boolean }
): { data: WeeklyReportData; html: string; csv: string } {
  const s = reportSettings(opts.settings)
  const language = opts.language ?? s.language
  const ps = pseudonymiser(s, language)
  let csv = ''
  if (opts.csv === false) primeLabels(db, week, ps)
  else csv = weekCsv(db, week, ps, language)
  const data = aggregateWeek(db, week, ps, opts.now)
  const html = renderReportHtml(data, { language, pseudonymised: s.reportPseudonymiseStudents })
  return { data, html, csv }
}

/** The report's figures for a week, pseudonymised per the settings (labels as in buildParts). */
export function reportData(db: Db, week: string, opts: BuildOptions): WeeklyReportData {
  const s = reportSettings(opts.settings)
  const language = opts.language ?? s.language
  const ps = pseudonymiser(s, language)
  primeLabels(db, week, ps)
  return aggregateWeek(db, week, ps, opts.now)
}

/** Builds the report file of a week in the given format. */
export async function buildReport(
  db: Db,
  week: string,
  format: ReportFormat,
  opts: BuildOptions
): Promise<BuiltReport> {
  const s = reportSettings(opts.settings)
  const language = opts.language ?? s.language
  const base = `${language === 'nl' ? 'weekrapport' : 'weekly-report'}-${week}`
  const parts = buildParts(db, week, { ...opts, language, csv: format === 'csv' })
  const body =
    format === 'csv'
      ? Buffer.from(parts.csv, 'utf8')
      : format === 'pdf'
        ? await renderPdf(parts.html)
        : Buffer.from(parts.html, 'utf8')
  return { filename: `${base}.${format}`, contentType: CONTENT_TYPES[format], body }
}
