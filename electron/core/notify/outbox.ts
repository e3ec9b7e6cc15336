/**
 * Putting messages in the outbox. Enqueueing is a plain INSERT (it joins the caller's transaction), so a message
 * exists exactly when the change that caused it was committed; the dispatcher delivers it later, even after a
 * crash or restart.
 */
import { createHash } from 'node:crypto'
import type { Db } from '../store/db'
import { OutboxRepo } from '../store/outbox-repo'

export interface MailAttachment {
  filename: string
  contentBase64: string
  contentType: string
}

export interface MailPayload {
  to: string[]
  cc?: string[]
  subject: string
  text: string
  html: string
  attachments?: MailAttachment[]
  /** Message-ID of an earlier mail this one follows up (threads update mails under the first). */
  inReplyTo?: string
  /** Extra X- headers (alert id, strategy) so mail rules can sort alerts. */
  headers?: Record<string, string>
}

export interface WebhookPayload {
  kind: 'teams' | 'slack'
  /** sha256 of the URL in settings.webhooks: the URL is a secret and stays in settings, never in the outbox. */
  urlHash: string
  body: unknown
}

/** Called after an enqueue so a running dispatcher for this database sends at once instead of at its next poll. */
const kickers = new Map<Db, () => void>()

/** The dispatcher registers here; returns the unregister function. */
export function onEnqueue(db: Db, kick: () => void): () => void {
  kickers.set(db, kick)
  return () => {
    if (kickers.get(db) === kick) kickers.delete(db)
  }
}

function kick(db: Db): void {
  const k = kickers.get(db)
  // after the caller's (synchronous) transaction has committed
  if (k) setImmediate(k)
}

/**
 * The Message-ID a mail with this dedupe key always gets: stable across retries and restarts, so a receiver can
 * drop the duplicate of an at-least-once retry, and update mails can refer to the first one.
 */
export function messageIdFor(dedupeKey: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32)}@uitkijk.local>`
}

/**
 * Queues one e-mail (HTML and plain text, optional attachments). Enqueueing the same `dedupeKey` again is a no-op,
 * so callers may retry freely. Returns nothing: delivery status is visible through listDeliveries.
 */
export function enqueueMail(
  db: Db,
  mail: {
    to: string[]
    subject: string
    text: string
    html: string
    attachments?: MailAttachment[]
    dedupeKey: string
    cc?: string[]
    alertId?: number
    inReplyTo?: string
    headers?: Record<string, string>
  },
  now: Date = new Date()
): void {
  const { dedupeKey, alertId, ...rest } = mail
  const payload: MailPayload = rest
  const added = new OutboxRepo(db).enqueue(
    {
      channel: 'mail',
      dedupeKey,
      alertId: alertId ?? null,
      summary: `${[...mail.to, ...(mail.cc ?? [])].join(', ')}: ${mail.subject}`.slice(0, 300),
      payload
    },
    now.toISOString()
  )
  if (added) kick(db)
}

/** Short hash that identifies a webhook URL without storing it. */
export function webhookHash(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16)
}

/** Queues one webhook post (Teams or Slack) for the configured webhook with this URL hash. */
export function enqueueWebhook(
  db: Db,
  hook: WebhookPayload & { dedupeKey: string; alertId?: number; title: string },
  now: Date = new Date()
): void {
  const added = new OutboxRepo(db).enqueue(
    {
      channel: 'webhook',
      dedupeKey: hook.dedupeKey,
      alertId: hook.alertId ?? null,
      summary: `${hook.kind === 'teams' ? 'Teams' : 'Slack'}: ${hook.title}`.slice(0, 300),
      payload: { kind: hook.kind, urlHash: hook.urlHash, body: hook.body } satisfies WebhookPayload
    },
    now.toISOString()
  )
  if (added) kick(db)
}
