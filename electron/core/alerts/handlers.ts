import type { ApiHandlers } from '../../shared/api'
import { ApiError } from '../../shared/api'
import type { ALERTS_INPUTS } from '../../shared/api-alerts'
import type { Engine } from '../engine'
import { renderPdf } from '../pdf'
import { enqueueMail, enqueueWebhook, webhookHash } from '../notify/outbox'
import { loadCase } from './case'
import { dossierHtml } from './dossier'
import { precisionByCategory } from './precision'
import { addNote, assignAlert, setTags, transitionAlert, updateHoldingStatement } from './workflow'

/** Handlers for the alerts API methods declared in electron/shared/api-alerts.ts. */
export function alertsHandlers(engine: Engine): Pick<ApiHandlers, keyof typeof ALERTS_INPUTS> {
  const deps = () => engine.alerting.deps
  const notFound = (): never => {
    throw new ApiError('not_found', 'Deze melding bestaat niet (meer).')
  }
  const changed = <T extends { id: number }>(alert: T): T => {
    const a = deps().alerts.get(alert.id)
    if (a) deps().emit({ type: 'alert:updated', alert: a })
    return alert
  }
  return {
    getAlert: async ({ id }) => loadCase(deps(), id) ?? notFound(),
    transitionAlert: async (input) => {
      const r = transitionAlert(deps(), input)
      if (r.feedbackAdded) engine.resetScorer()
      return changed(r.alert)
    },
    assignAlert: async (input) => changed(assignAlert(deps(), input)),
    addAlertNote: async (input) => addNote(deps(), input),
    setAlertTags: async (input) => changed(setTags(deps(), input)),
    updateHoldingStatement: async (input) => ({
      ok: true,
      text: updateHoldingStatement(deps(), input)
    }),
    exportDossier: async ({ id, format }) => {
      const d = deps()
      const c = loadCase(d, id) ?? notFound()
      const mails = d.outbox.mailsFor(id).map((m) => ({
        subject: m.subject,
        to: m.to,
        text: m.text,
        status: m.delivery.status,
        sentAt: m.delivery.sentAt
      }))
      const at = d.now().toISOString()
      const html = dossierHtml(c, mails, d.audit.verify(), at)
      const base = `dossier-melding-${id}-${at.slice(0, 10)}`
      d.audit.append(
        { alertId: id, actor: 'Uitkijk', action: 'dossier geëxporteerd', detail: { format } },
        at
      )
      if (format === 'html')
        return {
          filename: `${base}.html`,
          contentType: 'text/html; charset=utf-8',
          base64: Buffer.from(html).toString('base64')
        }
      let pdf: Buffer
      try {
        pdf = await renderPdf(html)
      } catch (err) {
        throw new ApiError('internal', (err as Error).message)
      }
      return {
        filename: `${base}.pdf`,
        contentType: 'application/pdf',
        base64: pdf.toString('base64')
      }
    },
    listDeliveries: async ({ status, alertId }) => deps().outbox.list({ status, alertId }),
    retryDelivery: async ({ id }) => {
      const d = deps()
      const cur =
        d.outbox.get(id) ??
        (() => {
          throw new ApiError('not_found', 'Deze verzending bestaat niet.')
        })()
      if (cur.status === 'sent') throw new ApiError('conflict', 'Dit bericht is al verstuurd.')
      if (cur.status === 'sending')
        throw new ApiError('conflict', 'Dit bericht wordt op dit moment verstuurd.')
      d.outbox.retry(id, d.now().toISOString())
      await engine.alerting.dispatcher.kick()
      return d.outbox.get(id)!
    },
    getPrecision: async () => ({
      categories: precisionByCategory(deps().alerts.all()),
      feedbackCount: deps().feedback.count()
    }),
    sendTestMail: async ({ to }) => {
      const d = deps()
      const s = d.settings()
      if (!s.smtp)
        throw new ApiError('invalid_input', 'Vul eerst de SMTP-gegevens in bij Instellingen.')
      const rcpt = to ? [to] : [...s.recipients.officer, ...s.recipients.escalation].slice(0, 1)
      if (!rcpt.length)
        throw new ApiError('invalid_input', 'Geef een ontvanger op of stel ontvangers in.')
      const key = `test:${d.now().toISOString()}:${Math.random().toString(36).slice(2)}`
      enqueueMail(
        d.db,
        {
          to: rcpt,
          subject: '[Uitkijk] Testbericht',
          text: 'Dit is een testbericht van Uitkijk. Komt het aan, dan werkt de e-mail.',
          html: '<p>Dit is een testbericht van Uitkijk. Komt het aan, dan werkt de e-mail.</p>',
          dedupeKey: key
        },
        d.now()
      )
      const row = d.db.prepare('SELECT id FROM outbox WHERE dedupe_key = ?').get(key) as
        { id: number } | undefined
      return { queued: true, deliveryId: row?.id ?? null }
    },
    sendTestWebhook: async () => {
      const d = deps()
      const hooks = d.settings().webhooks
      if (!hooks.length) throw new ApiError('invalid_input', 'Er is geen webhook ingesteld.')
      const stamp = d.now().toISOString()
      for (const h of hooks) {
        const text = 'Testbericht van Uitkijk: de webhook werkt.'
        enqueueWebhook(
          d.db,
          {
            kind: h.kind,
            urlHash: webhookHash(h.url),
            body:
              h.kind === 'teams'
                ? {
                    '@type': 'MessageCard',
                    '@context': 'https://schema.org/extensions',
                    summary: text,
                    text
                  }
                : { text },
            dedupeKey: `test:hook:${webhookHash(h.url)}:${stamp}`,
            title: 'Testbericht'
          },
          d.now()
        )
      }
      return { queued: hooks.length }
    },
    verifyAuditLog: async () => {
      const v = deps().audit.verify()
      return v.ok
        ? { ok: true, rows: v.rows, brokenAt: null, reason: null }
        : { ok: false, rows: v.rows, brokenAt: v.brokenAt, reason: v.reason }
    }
  }
}
