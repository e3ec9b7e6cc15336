/**
 * Alerting at run time: the notify stage (alerts whose level or derailing is ahead of what was notified get their
 * mails, webhooks and desktop notification, in the same transaction that marks them notified), the tick (deferred
 * notifications after a cooldown, reminders and further escalation when nobody acknowledges, spike detection), and
 * the outbox dispatcher.
 */
import type { Alert } from '../../shared/domain'
import { levelRank } from '../../shared/domain'
import { transaction } from '../store/db'
import { Dispatcher } from '../notify/dispatcher'
import { enqueueMail, enqueueWebhook, messageIdFor, webhookHash } from '../notify/outbox'
import { mailHtml, mailText, slackMessage, subjectFor, teamsCard } from '../notify/compose'
import type { MailKind } from '../notify/compose'
import { closeTransports } from '../notify/transports'
import { detectSpikes } from '../nlp/index'
import type { HourlyCount } from '../nlp/index'
import type { AlertDeps } from './context'
import { loadCase } from './case'
import { inQuietHours } from './quiet-hours'
import { alertForSpike, tierFor } from './rules'

/** What the desktop host shows; clicking it should open `route` in the app. */
export interface DesktopNotification {
  alertId: number
  title: string
  body: string
  level: Alert['level']
  route: string
}
export type DesktopNotifier = (n: DesktopNotification) => void

export interface AlertServiceOptions {
  /** How often the tick runs (reminders, cooldowns, spikes). */
  tickMs?: number
  backoffBaseMs?: number
  maxBackoffMs?: number
  /** Outbox poll for rows enqueued by another process. */
  outboxPollMs?: number
  /** Minimum time between two spike scans. */
  spikeEveryMs?: number
}

const HOUR = 3_600_000

function mailHeaders(a: Alert, strategyId: string | null, kind: MailKind): Record<string, string> {
  return {
    'X-Uitkijk-Alert': String(a.id),
    'X-Uitkijk-Level': a.level,
    'X-Uitkijk-Kind': kind,
    'X-Uitkijk-Strategy': strategyId ?? '-'
  }
}

/** Runs alerting for one engine: notify stage, tick, desktop notifier and the outbox dispatcher. */
export class AlertService {
  readonly dispatcher: Dispatcher
  private desktop: DesktopNotifier | null = null
  private timer: NodeJS.Timeout | null = null
  private lastSpikeScan = 0
  private readonly tickMs: number
  private readonly spikeEveryMs: number

  constructor(
    readonly deps: AlertDeps,
    opts: AlertServiceOptions = {}
  ) {
    this.tickMs = opts.tickMs ?? 30_000
    this.spikeEveryMs = opts.spikeEveryMs ?? 5 * 60_000
    this.dispatcher = new Dispatcher({
      db: deps.db,
      now: deps.now,
      smtp: () => deps.settings().smtp,
      webhooks: () => deps.settings().webhooks,
      log: deps.log,
      backoffBaseMs: opts.backoffBaseMs,
      maxBackoffMs: opts.maxBackoffMs,
      pollMs: opts.outboxPollMs,
      // the case view shows delivery status: tell it to refresh
      onAttempt: (id) => {
        const row = deps.outbox.get(id)
        const alert = row?.alertId ? deps.alerts.get(row.alertId) : null
        if (alert) deps.emit({ type: 'alert:updated', alert })
      }
    })
  }

  /** The host's desktop notification function (Electron Notification); null in headless mode. */
  setDesktopNotifier(fn: DesktopNotifier | null): void {
    this.desktop = fn
  }

  /** Starts the dispatcher (recovering rows a crash left in 'sending') and the tick. */
  start(): void {
    this.dispatcher.start()
    this.notifyPending()
    if (this.timer) return
    this.timer = setInterval(() => {
      try {
        this.tick()
      } catch (err) {
        this.deps.log('error', `alerts tick: ${(err as Error).stack ?? err}`)
      }
    }, this.tickMs)
    this.timer.unref?.()
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.dispatcher.stop()
    closeTransports()
  }

  /** One tick: deferred notifications, reminders, spikes. */
  tick(): void {
    this.notifyPending()
    this.remind()
    const now = this.deps.now().getTime()
    if (this.deps.settings().spikeAlerts && now - this.lastSpikeScan >= this.spikeEveryMs) {
      this.lastSpikeScan = now
      this.scanSpikes()
    }
  }

  /**
   * The notify stage. Routes every alert whose level or derailing flag is ahead of what was notified: escalate →
   * mail to the leidinggevende (cc officer), webhooks, desktop; officer → desktop (mail to the officer list when no
   * desktop host is attached); digest → nothing. Within the cooldown, a raise waits for the next tick (kritiek never
   * waits). Returns how many alerts were handled.
   */
  notifyPending(): number {
    const d = this.deps
    const s = d.settings()
    const now = d.now()
    const at = now.toISOString()
    const desktop: { alert: Alert; kind: MailKind }[] = []
    let handled = 0
    for (const st of d.alerts.pendingNotify()) {
      const a = st.alert
      const first = st.notifiedRank < 0
      const tier = tierFor(a, s.alertRouting)
      // the cooldown throttles follow-ups within a route; a first escalation after an officer notice never waits
      const followUp = tier === 'escalate' ? a.escalatedAt !== null : !first
      if (
        followUp &&
        a.level !== 'kritiek' &&
        st.lastNotifiedAt &&
        now.getTime() - Date.parse(st.lastNotifiedAt) < s.alertCooldownMinutes * 60_000
      )
        continue
      const c = loadCase(d, a.id)
      if (!c) continue
      transaction(d.db, () => {
        if (first)
          d.audit.append(
            {
              alertId: a.id,
              actor: 'Uitkijk',
              action: 'aangemaakt',
              detail: { level: a.level, categories: a.categories }
            },
            at
          )
        if (tier === 'escalate') {
          const kind: MailKind = a.escalatedAt ? 'update' : 'escalation'
          const key =
            kind === 'escalation'
              ? `alert:${a.id}:escalation`
              : `alert:${a.id}:update:${a.level}:${a.derailing ? 'd' : 'n'}`
          const to = s.recipients.escalation
          const cc = s.recipients.officer.filter((x) => !to.includes(x))
          if (to.length + cc.length > 0)
            enqueueMail(
              d.db,
              {
                to: to.length ? to : cc,
                cc: to.length ? cc : [],
                subject: subjectFor(c, kind),
                text: mailText(c, kind),
                html: mailHtml(c, kind),
                dedupeKey: key,
                alertId: a.id,
                inReplyTo: kind === 'update' ? messageIdFor(`alert:${a.id}:escalation`) : undefined,
                headers: mailHeaders(a, c.strategy?.id ?? null, kind)
              },
              now
            )
          for (const h of s.webhooks)
            enqueueWebhook(
              d.db,
              {
                kind: h.kind,
                urlHash: webhookHash(h.url),
                body: h.kind === 'teams' ? teamsCard(c, kind) : slackMessage(c, kind),
                dedupeKey: `${key}:hook:${webhookHash(h.url)}`,
                alertId: a.id,
                title: subjectFor(c, kind)
              },
              now
            )
          d.audit.append(
            {
              alertId: a.id,
              actor: 'Uitkijk',
              action: kind === 'escalation' ? 'geëscaleerd' : 'update verstuurd',
              detail: {
                level: a.level,
                derailing: a.derailing,
                to,
                cc,
                webhooks: s.webhooks.length,
                ...(to.length + cc.length === 0
                  ? { warning: 'geen ontvangers ingesteld: geen e-mail verstuurd' }
                  : {})
              }
            },
            at
          )
          desktop.push({ alert: a, kind })
        } else if (tier === 'officer') {
          if (!this.desktop && s.recipients.officer.length)
            enqueueMail(
              d.db,
              {
                to: s.recipients.officer,
                subject: subjectFor(c, 'officer'),
                text: mailText(c, 'officer'),
                html: mailHtml(c, 'officer'),
                dedupeKey: `alert:${a.id}:officer:${a.level}`,
                alertId: a.id,
                headers: mailHeaders(a, c.strategy?.id ?? null, 'officer')
              },
              now
            )
          d.audit.append(
            {
              alertId: a.id,
              actor: 'Uitkijk',
              action: 'gemeld aan communicatie',
              detail: { level: a.level }
            },
            at
          )
          desktop.push({ alert: a, kind: 'officer' })
        }
        d.alerts.markNotified(a.id, levelRank(a.level), a.derailing, at, tier === 'escalate')
      })
      const fresh = d.alerts.get(a.id)
      if (fresh && tier === 'escalate' && !a.escalatedAt)
        d.emit({ type: 'alert:updated', alert: fresh })
      handled++
    }
    for (const x of desktop) this.showDesktop(x.alert, x.kind)
    return handled
  }

  /** Reminders for escalated cases nobody acknowledged within the response time; the second line joins from then. */
  remind(): number {
    const d = this.deps
    const s = d.settings()
    const now = d.now()
    const at = now.toISOString()
    let n = 0
    for (const st of d.alerts.unacknowledgedEscalated()) {
      const a = st.alert
      if (st.reminders >= s.maxReminders) continue
      const lvl = a.level === 'kritiek' || a.level === 'hoog' ? a.level : 'middel'
      const since = Date.parse(st.lastReminderAt ?? a.escalatedAt!)
      if (now.getTime() - since < s.responseTimeMinutes[lvl] * 60_000) continue
      const c = loadCase(d, a.id)
      if (!c) continue
      const step = st.reminders + 1
      const to = [...new Set([...s.recipients.escalation, ...s.recipients.secondEscalation])]
      const cc = s.recipients.officer.filter((x) => !to.includes(x))
      const minutes = Math.round((now.getTime() - Date.parse(a.escalatedAt!)) / 60_000)
      const extra = `Geëscaleerd ${minutes} minuten geleden; herinnering ${step} van ${s.maxReminders}.`
      transaction(d.db, () => {
        if (to.length + cc.length)
          enqueueMail(
            d.db,
            {
              to: to.length ? to : cc,
              cc: to.length ? cc : [],
              subject: subjectFor(c, 'reminder'),
              text: mailText(c, 'reminder', extra),
              html: mailHtml(c, 'reminder', extra),
              dedupeKey: `alert:${a.id}:reminder:${step}`,
              alertId: a.id,
              inReplyTo: messageIdFor(`alert:${a.id}:escalation`),
              headers: mailHeaders(a, c.strategy?.id ?? null, 'reminder')
            },
            now
          )
        d.alerts.markReminded(a.id, at)
        d.audit.append(
          { alertId: a.id, actor: 'Uitkijk', action: 'herinnering', detail: { step, to, cc } },
          at
        )
      })
      this.showDesktop(a, 'reminder')
      n++
    }
    return n
  }

  /** Hourly counts of top-level posts (and negative ones) over the last five weeks, for the spike detector. */
  hourlyCounts(): HourlyCount[] {
    const from = new Date(this.deps.now().getTime() - 5 * 7 * 24 * HOUR).toISOString()
    const rows = this.deps.db
      .prepare(
        `SELECT substr(p.published_at, 1, 13) AS h, COUNT(*) AS n,
           SUM(CASE WHEN sc.sentiment < -0.1 THEN 1 ELSE 0 END) AS neg
         FROM posts p LEFT JOIN scores sc ON sc.post_id = p.id
         WHERE p.parent_id IS NULL AND p.published_at >= ? GROUP BY h ORDER BY h`
      )
      .all(from) as unknown as { h: string; n: number; neg: number | null }[]
    return rows.map((r) => ({
      hourStart: `${r.h}:00:00.000Z`,
      count: Number(r.n),
      negative: Number(r.neg ?? 0)
    }))
  }

  /** Runs the spike detector; recent spikes (last 3 hours) open a spike alert (once per kind and hour). */
  scanSpikes(): number {
    const d = this.deps
    const now = d.now()
    const recent = now.getTime() - 3 * HOUR
    let n = 0
    for (const sp of detectSpikes(this.hourlyCounts())) {
      if (Date.parse(sp.hourStart) < recent) continue
      const r = transaction(d.db, () => d.alerts.upsert(alertForSpike(sp), now.toISOString()))
      if (r.change === 'created') {
        d.emit({ type: 'alert:new', alert: r.alert })
        n++
      }
    }
    if (n) this.notifyPending()
    return n
  }

  private showDesktop(a: Alert, kind: MailKind): void {
    if (!this.desktop) return
    const s = this.deps.settings()
    if (a.level !== 'kritiek' && inQuietHours(this.deps.now(), s.quietHours)) return
    const label = kind === 'reminder' ? 'Herinnering' : kind === 'update' ? 'Update' : 'Melding'
    try {
      this.desktop({
        alertId: a.id,
        title: `Uitkijk ${label}: ${a.level}`,
        body: a.title,
        level: a.level,
        route: `/meldingen/${a.id}`
      })
    } catch (err) {
      this.deps.log('warn', `bureaubladmelding mislukt: ${(err as Error).message}`)
    }
  }
}
