/**
 * The wire: SMTP through nodemailer and webhook POSTs through fetch. Errors come back as short Dutch messages
 * without addresses, URLs or passwords, so they are safe to store, show and log.
 */
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import type { z } from 'zod'
import type { smtpSchema } from '../alerts/settings'
import type { MailPayload } from './outbox'

export type SmtpSettings = z.output<typeof smtpSchema>

/** A delivery failure with a message fit for the UI (no secrets). */
export class DeliveryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeliveryError'
  }
}

let cached: { key: string; transport: Transporter } | null = null

function transportFor(smtp: SmtpSettings): Transporter {
  const key = JSON.stringify(smtp)
  if (cached?.key === key) return cached.transport
  cached?.transport.close()
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    // a connection per mail (alerts are rare); short timeouts so a dead server fails fast and the retry takes over
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false
  })
  cached = { key, transport }
  return transport
}

/** Closes the pooled SMTP connection (engine stop, tests). */
export function closeTransports(): void {
  cached?.transport.close()
  cached = null
}

/** Sends one mail; resolves with the Message-ID the server accepted, or throws a DeliveryError. */
export async function sendMail(
  smtp: SmtpSettings | null,
  mail: MailPayload,
  messageId: string
): Promise<string> {
  if (!smtp)
    throw new DeliveryError(
      'Geen mailserver (SMTP) ingesteld. Vul de SMTP-gegevens in bij Instellingen.'
    )
  if (mail.to.length === 0) throw new DeliveryError('Geen ontvangers voor dit bericht.')
  try {
    const info = (await transportFor(smtp).sendMail({
      from: smtp.from,
      to: mail.to,
      cc: mail.cc,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.inReplyTo,
      headers: mail.headers,
      attachments: mail.attachments?.map((a) => ({
        filename: a.filename,
        content: Buffer.from(a.contentBase64, 'base64'),
        contentType: a.contentType
      }))
    })) as { messageId?: string }
    return info.messageId ?? messageId
  } catch (err) {
    throw new DeliveryError(describeSmtpError(err))
  }
}

function describeSmtpError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; message?: string }
  // nodemailer wraps socket errors as ESOCKET/ECONNECTION; the system code is in the message
  const sys = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)\b/.exec(
    e.message ?? ''
  )?.[1]
  const code = e.code === 'ESOCKET' || e.code === 'ECONNECTION' ? (sys ?? e.code) : e.code
  switch (code) {
    case 'ECONNRESET':
      return 'De verbinding met de mailserver werd onderbroken.'
    case 'EHOSTUNREACH':
      return 'De mailserver is niet bereikbaar (netwerk).'
    case 'ECONNREFUSED':
      return 'De mailserver weigert de verbinding (staat hij aan, klopt de poort?).'
    case 'ETIMEDOUT':
    case 'ETIMEOUT':
      return 'De mailserver reageert niet op tijd.'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EDNS':
      return 'De mailserver is niet gevonden (klopt de servernaam?).'
    case 'EAUTH':
      return 'Inloggen bij de mailserver mislukt (controleer gebruikersnaam en wachtwoord).'
    case 'ETLS':
      return 'Beveiligde verbinding met de mailserver mislukt (controleer "secure" en de poort).'
    case 'EENVELOPE':
      return 'De mailserver weigert de afzender of ontvangers.'
    default:
      if (e.responseCode) return `De mailserver weigert het bericht (code ${e.responseCode}).`
      return `Versturen naar de mailserver mislukt (${code ?? 'onbekende fout'}).`
  }
}

/** POSTs JSON to a webhook; throws a DeliveryError on a network error or a non-2xx answer. */
export async function postWebhook(url: string, body: unknown, timeoutMs = 10_000): Promise<void> {
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error'
    })
  } catch (err) {
    const name = (err as Error).name
    throw new DeliveryError(
      name === 'TimeoutError'
        ? 'De webhook reageert niet op tijd.'
        : 'De webhook is niet bereikbaar.'
    )
  }
  await res.arrayBuffer().catch(() => undefined)
  if (!res.ok) throw new DeliveryError(`De webhook weigert het bericht (HTTP ${res.status}).`)
}
