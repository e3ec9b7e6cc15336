/**
 * Delivers the outbox. Per row: claim it ('sending' with a fresh attempt id, one guarded UPDATE), send, then mark
 * it 'sent' or 'failed' with the next attempt after exponential backoff. Nothing is ever dropped: a failed row keeps
 * retrying (capped backoff) until it goes through, and rows a crash left in 'sending' are retried at start.
 *
 * Delivery guarantee: a webhook or mail is sent at least once; mail is deduplicated downstream by its stable
 * Message-ID (see messageIdFor), so the only duplicate (a crash after the SMTP server accepted, before 'sent' was
 * written) carries the same Message-ID as the first copy.
 */
import { randomUUID } from 'node:crypto'
import type { Db } from '../store/db'
import { OutboxRepo } from '../store/outbox-repo'
import type { OutboxItem } from '../store/outbox-repo'
import { messageIdFor, onEnqueue, webhookHash } from './outbox'
import type { MailPayload, WebhookPayload } from './outbox'
import { DeliveryError, postWebhook, sendMail } from './transports'
import type { SmtpSettings } from './transports'

export interface DispatcherOptions {
  db: Db
  now: () => Date
  smtp: () => SmtpSettings | null
  webhooks: () => { kind: 'teams' | 'slack'; url: string }[]
  log: (level: 'info' | 'warn' | 'error', msg: string) => void
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  backoffBaseMs?: number
  maxBackoffMs?: number
  /** How often to look for due rows even without a kick (rows enqueued by another process). */
  pollMs?: number
  /** Called after each attempt (the engine emits an event so the UI refreshes). */
  onAttempt?: (id: number, ok: boolean) => void
}

/** Exponential backoff: base × 2^(attempts−1), capped. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1))
}

/** Delivers outbox rows for one database; see the module comment for the delivery guarantee. */
export class Dispatcher {
  private readonly repo: OutboxRepo
  private running: Promise<void> | null = null
  private again = false
  private timer: NodeJS.Timeout | null = null
  private stopped = true
  private unregister: (() => void) | null = null
  private readonly base: number
  private readonly max: number
  private readonly pollMs: number

  constructor(private readonly o: DispatcherOptions) {
    this.repo = new OutboxRepo(o.db)
    this.base = o.backoffBaseMs ?? 10_000
    this.max = o.maxBackoffMs ?? 30 * 60_000
    this.pollMs = o.pollMs ?? 15_000
  }

  /** Recovers rows stuck in 'sending' by a crash, then delivers due rows now and whenever something is enqueued. */
  start(): void {
    if (!this.stopped) return
    this.stopped = false
    const n = this.repo.recoverStuck(this.o.now().toISOString())
    if (n)
      this.o.log('warn', `outbox: ${n} onbevestigde verzending(en) na herstart opnieuw ingepland`)
    this.unregister = onEnqueue(this.o.db, () => this.kick())
    this.kick()
  }

  /** Stops scheduling and waits for the attempt in flight. */
  async stop(): Promise<void> {
    this.stopped = true
    this.unregister?.()
    this.unregister = null
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.running) await this.running
  }

  /** Delivers everything due now; concurrent kicks coalesce. Resolves when the round is done. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      do {
        this.again = false
        await this.round()
      } while (this.again && !this.stopped)
    })().finally(() => {
      this.running = null
      this.schedule()
    })
    return this.running
  }

  /** Sends rows until none is due. For tests and the CLI: works without start(). */
  async drain(): Promise<void> {
    await this.kick()
  }

  private schedule(): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    const next = this.repo.nextDueAt()
    const wait = next ? Math.max(0, Date.parse(next) - this.o.now().getTime()) : this.pollMs
    this.timer = setTimeout(() => void this.kick(), Math.min(wait, this.pollMs) + 5)
    this.timer.unref?.()
  }

  private async round(): Promise<void> {
    for (;;) {
      const due = this.repo.due(this.o.now().toISOString(), 20)
      if (due.length === 0) return
      for (const item of due) await this.attempt(item)
    }
  }

  private async attempt(item: OutboxItem): Promise<void> {
    const attemptId = randomUUID()
    if (!this.repo.claim(item.id, attemptId)) return
    try {
      const messageId = await this.send(item)
      this.repo.markSent(item.id, attemptId, messageId, this.o.now().toISOString())
      this.o.onAttempt?.(item.id, true)
    } catch (err) {
      const msg =
        err instanceof DeliveryError ? err.message : 'Versturen mislukt door een interne fout.'
      if (!(err instanceof DeliveryError))
        this.o.log('error', `outbox ${item.id}: ${(err as Error).stack ?? err}`)
      const next = new Date(
        this.o.now().getTime() + backoffMs(item.attempts + 1, this.base, this.max)
      )
      this.repo.markFailed(item.id, attemptId, msg, next.toISOString())
      this.o.log(
        'warn',
        `outbox ${item.id} (${item.channel}) poging ${item.attempts + 1} mislukt: ${msg}`
      )
      this.o.onAttempt?.(item.id, false)
    }
  }

  private async send(item: OutboxItem): Promise<string | null> {
    if (item.channel === 'mail') {
      return sendMail(this.o.smtp(), item.payload as MailPayload, messageIdFor(item.dedupeKey))
    }
    const p = item.payload as WebhookPayload
    const hook = this.o
      .webhooks()
      .find((h) => h.kind === p.kind && webhookHash(h.url) === p.urlHash)
    if (!hook) throw new DeliveryError('Deze webhook is niet meer ingesteld.')
    await postWebhook(hook.url, p.body)
    return null
  }
}
