/**
 * The Monday report: every Monday 08:00 Amsterdam time the week that just ended is built (PDF + CSV) and queued
 * for the configured recipients through the outbox. report_runs holds one row per week, so a machine that was off
 * on Monday morning sends the owed report at its next start, once; only the latest owed week is caught up (a
 * laptop back from the summer holiday does not mail eight old reports).
 */
import type { Db } from '../store/db'
import { transaction } from '../store/db'
import type { WeeklyReportData } from '../../shared/api-reports'
import { enqueueMail } from '../notify/outbox'
import type { MailAttachment } from '../notify/outbox'
import { renderPdf } from '../pdf'
import { buildParts } from './build'
import { reportSettings } from './settings'
import { reportText } from './text'
import { lastScheduledRun, localDate, nextScheduledRun, weekRange } from './week'
import { esc } from './render-html'

export interface ReportMail {
  to: string[]
  subject: string
  text: string
  html: string
  attachments: MailAttachment[]
  dedupeKey: string
}

export interface ReportScheduleDeps {
  db: Db
  now: () => Date
  /** Raw settings map (SettingsRepo.all()). */
  settings: () => Record<string, unknown>
  /** Queues the mail; defaults to the outbox's enqueueMail (tests may inject a recorder). */
  send?: (db: Db, mail: ReportMail) => void
  /** HTML → PDF; defaults to renderPdf. */
  pdf?: (html: string) => Promise<Buffer>
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void
  /** Local hour on Monday (default 8). */
  hour?: number
}

export type RunOutcome =
  | { week: string; status: 'sent' | 'no_recipients' }
  | { week: string; status: 'failed'; error: string }

/** A run that started longer ago than this and never finished (crash, kill) may be taken over. */
const STALE_RUN_MS = 30 * 60_000
const MAX_ATTEMPTS = 3

interface RunRow {
  status: string
  attempts: number
  started_at: string
}

/** Claims the week's run in one transaction; false when it is done, running elsewhere, or out of attempts. */
function claim(db: Db, week: string, now: Date): boolean {
  return transaction(db, () => {
    const row = db
      .prepare('SELECT status, attempts, started_at FROM report_runs WHERE week = ?')
      .get(week) as RunRow | undefined
    const at = now.toISOString()
    if (!row) {
      db.prepare("INSERT INTO report_runs (week, status, started_at) VALUES (?, 'running', ?)").run(
        week,
        at
      )
      return true
    }
    if (row.status === 'sent' || row.status === 'no_recipients') return false
    if (row.attempts >= MAX_ATTEMPTS) return false
    if (row.status === 'running' && now.getTime() - Date.parse(row.started_at) < STALE_RUN_MS)
      return false
    db.prepare(
      "UPDATE report_runs SET status = 'running', attempts = attempts + 1, started_at = ?, error = NULL WHERE week = ?"
    ).run(at, week)
    return true
  })
}

function finish(
  db: Db,
  week: string,
  status: string,
  now: Date,
  recipients: string[],
  error: string | null
): void {
  db.prepare(
    'UPDATE report_runs SET status = ?, finished_at = ?, recipients = ?, error = ? WHERE week = ?'
  ).run(status, now.toISOString(), JSON.stringify(recipients), error, week)
}

function mailBody(
  d: WeeklyReportData,
  lang: 'nl' | 'en'
): { subject: string; text: string; html: string } {
  const t = reportText(lang)
  const r = weekRange(d.week)
  const range = `${localDate(r.dates[0]!, lang, 'd LLLL')} – ${localDate(r.dates[6]!, lang, 'd LLLL yyyy')}`
  const pct = (n: number | null): string => (n === null ? '—' : `${Math.round(n * 100)}%`)
  const lines =
    lang === 'nl'
      ? [
          `Hierbij het weekrapport reputatie van ${t.school} over week ${d.week} (${range}).`,
          '',
          `Berichten: ${d.posts.current} (vorige week ${d.posts.previous}), reacties: ${d.comments.current}.`,
          `Aandeel negatief: ${pct(d.negativeShare.current)} (vorige week ${pct(d.negativeShare.previous)}).`,
          `Meldingen: ${d.alerts.total}; ontspoorde discussies: ${d.derailedThreads.length}.`,
          '',
          'Het volledige rapport zit als PDF in de bijlage, met de onderliggende berichten als CSV.',
          'Leerlingen zijn in het rapport gepseudonimiseerd. Vertrouwelijk: niet doorsturen buiten de schoolleiding.'
        ]
      : [
          `Attached is the weekly reputation report of ${t.school} for week ${d.week} (${range}).`,
          '',
          `Posts: ${d.posts.current} (previous week ${d.posts.previous}), comments: ${d.comments.current}.`,
          `Negative share: ${pct(d.negativeShare.current)} (previous week ${pct(d.negativeShare.previous)}).`,
          `Alerts: ${d.alerts.total}; derailed threads: ${d.derailedThreads.length}.`,
          '',
          'The full report is attached as PDF, with the underlying posts as CSV.',
          'Students are pseudonymised in the report. Confidential: do not forward beyond school management.'
        ]
  return {
    subject: `${t.title} ${d.week} (${range})`,
    text: lines.join('\n'),
    html: `<div style="font-family:Arial,sans-serif;font-size:14px">${lines.map((l) => (l ? `<p>${esc(l)}</p>` : '')).join('')}</div>`
  }
}

/**
 * Runs the report the schedule owes at `now` (the week before the latest Monday 08:00), unless report_runs says it
 * is done. Returns what happened, or null when nothing was owed.
 */
export async function runDueReport(deps: ReportScheduleDeps): Promise<RunOutcome | null> {
  const now = deps.now()
  const { week } = lastScheduledRun(now, deps.hour)
  if (!claim(deps.db, week, now)) return null
  const raw = deps.settings()
  const s = reportSettings(raw)
  try {
    if (!s.reportRecipients.length) {
      finish(deps.db, week, 'no_recipients', deps.now(), [], null)
      deps.log?.('info', `weekrapport ${week}: geen ontvangers ingesteld`)
      return { week, status: 'no_recipients' }
    }
    const parts = buildParts(deps.db, week, { settings: raw, now })
    const pdf = await (deps.pdf ?? ((h: string) => renderPdf(h)))(parts.html)
    const body = mailBody(parts.data, s.language)
    const base = s.language === 'nl' ? 'weekrapport' : 'weekly-report'
    const mail: ReportMail = {
      to: s.reportRecipients,
      ...body,
      attachments: [
        {
          filename: `${base}-${week}.pdf`,
          contentType: 'application/pdf',
          contentBase64: pdf.toString('base64')
        },
        {
          filename: `${base}-${week}.csv`,
          contentType: 'text/csv; charset=utf-8',
          contentBase64: Buffer.from(parts.csv, 'utf8').toString('base64')
        }
      ],
      dedupeKey: `report:${week}`
    }
    const send = deps.send ?? ((db: Db, m: ReportMail) => enqueueMail(db, m, deps.now()))
    transaction(deps.db, () => {
      send(deps.db, mail)
      finish(deps.db, week, 'sent', deps.now(), s.reportRecipients, null)
    })
    return { week, status: 'sent' }
  } catch (err) {
    const error = (err as Error).message
    finish(deps.db, week, 'failed', deps.now(), s.reportRecipients, error)
    deps.log?.('error', `weekrapport ${week}: ${error}`)
    return { week, status: 'failed', error }
  }
}

/** Longest single timer: wakes up regularly so a suspended laptop or a clock change cannot push a run far out. */
const MAX_SLEEP_MS = 60 * 60_000

/**
 * Starts the schedule: catches up the owed run now, then wakes at every Monday 08:00. Returns a stop function that
 * waits for a run in progress (so the database can be closed after it).
 */
export function startReportSchedule(deps: ReportScheduleDeps): { stop: () => Promise<void> } {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false
  const tick = (): void => {
    if (stopped) return
    running = runDueReport(deps)
      .catch((err: unknown) => deps.log?.('error', `weekrapport: ${(err as Error).message}`))
      .finally(plan)
  }
  const plan = (): void => {
    if (stopped) return
    const wait = Math.max(
      1000,
      Math.min(
        MAX_SLEEP_MS,
        nextScheduledRun(deps.now(), deps.hour).getTime() - deps.now().getTime()
      )
    )
    timer = setTimeout(tick, wait)
    timer.unref()
  }
  tick()
  return {
    stop: async () => {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    }
  }
}
