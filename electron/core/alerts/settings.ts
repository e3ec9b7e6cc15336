/**
 * The alert and delivery settings keys, merged into the engine's settings schema (electron/core/settings.ts).
 * Secrets (SMTP password, webhook URLs) live here too: `maskSecrets` hides them before anything leaves the engine.
 */
import { z } from 'zod'
import { CATEGORY_IDS, RISK_LEVELS } from '../../shared/domain'

const email = z.string().trim().email('geen geldig e-mailadres')
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'gebruik UU:MM, bijvoorbeeld 22:00')

export const smtpSchema = z
  .object({
    host: z.string().trim().min(1, 'geef de SMTP-server op'),
    port: z.number().int().min(1).max(65_535),
    secure: z.boolean().default(false),
    user: z.string().optional(),
    pass: z.string().optional(),
    from: z.string().trim().min(3, 'geef een afzender op')
  })
  .strict()

export const webhookSchema = z
  .object({
    kind: z.enum(['teams', 'slack']),
    url: z
      .string()
      .url('geen geldig webadres')
      .refine((u) => /^https?:\/\//i.test(u), 'alleen http- en https-adressen')
  })
  .strict()

export const quietHoursSchema = z
  .object({ start: hhmm, end: hhmm, timezone: z.string().default('Europe/Amsterdam') })
  .strict()

export const recipientsSchema = z
  .object({
    /** Leidinggevenden: get every escalation at once. */
    escalation: z.array(email).default([]),
    /** The communication officer(s): cc on escalations, mail for middel in headless setups. */
    officer: z.array(email).default([]),
    /** Second line (e.g. the rector): reminders when an escalation is not acknowledged in time. */
    secondEscalation: z.array(email).default([])
  })
  .strict()

const routingRule = z
  .object({ escalateAt: z.enum(RISK_LEVELS), officerAt: z.enum(RISK_LEVELS) })
  .partial()
  .strict()

/** Keys added to the settings schema. */
export const alertSettingsShape = {
  smtp: smtpSchema.nullable().default(null),
  recipients: recipientsSchema.default({ escalation: [], officer: [], secondEscalation: [] }),
  webhooks: z.array(webhookSchema).max(10).default([]),
  quietHours: quietHoursSchema.nullable().default(null),
  /** Base of the link in mails that opens the case: `<base>/#/meldingen/<id>`. */
  dashboardBaseUrl: z.string().url().default('http://127.0.0.1:5180'),
  /** Per category: from which level a case escalates or goes to the officer (default hoog / middel). */
  alertRouting: z.partialRecord(z.enum(CATEGORY_IDS), routingRule).default({}),
  /** Minimum minutes between two notifications about the same case (kritiek ignores it). */
  alertCooldownMinutes: z
    .number()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** Minutes an escalated case may stay unacknowledged before a reminder (per level). */
  responseTimeMinutes: z
    .object({
      kritiek: z.number().min(1).default(30),
      hoog: z.number().min(1).default(120),
      middel: z.number().min(1).default(480)
    })
    .default({ kritiek: 30, hoog: 120, middel: 480 }),
  maxReminders: z.number().int().min(0).max(10).default(2),
  spikeAlerts: z.boolean().default(true)
}

export const SECRET_MASK = '••••••'

/** A copy of the settings with the SMTP password and webhook URLs replaced by a mask. */
export function maskSecrets<T extends Record<string, unknown>>(s: T): T {
  const out: Record<string, unknown> = { ...s }
  const smtp = out.smtp as { pass?: string } | null | undefined
  if (smtp && smtp.pass) out.smtp = { ...smtp, pass: SECRET_MASK }
  const hooks = out.webhooks as { kind: string; url: string }[] | undefined
  if (Array.isArray(hooks)) out.webhooks = hooks.map((h) => ({ ...h, url: maskUrl(h.url) }))
  return out as T
}

/** Keeps scheme and host so the officer recognises the hook; the path carries the secret token. */
function maskUrl(u: string): string {
  try {
    const url = new URL(u)
    return `${url.protocol}//${url.host}/${SECRET_MASK}`
  } catch {
    return SECRET_MASK
  }
}

/**
 * A settings patch from the UI echoes masked secrets back: put the stored values in their place so saving a form
 * does not overwrite the password with the mask.
 */
export function unmaskPatch(
  patch: Record<string, unknown>,
  stored: Record<string, unknown>
): Record<string, unknown> {
  const out = { ...patch }
  const ps = out.smtp as { pass?: string } | null | undefined
  const ss = stored.smtp as { pass?: string } | null | undefined
  if (ps && ps.pass === SECRET_MASK) out.smtp = { ...ps, pass: ss?.pass }
  const ph = out.webhooks as { kind: string; url: string }[] | undefined
  const sh = (stored.webhooks as { kind: string; url: string }[] | undefined) ?? []
  if (Array.isArray(ph))
    out.webhooks = ph.map((h, i) => {
      if (!h.url?.endsWith(SECRET_MASK)) return h
      const match = sh.find((x) => maskUrl(x.url) === h.url && x.kind === h.kind) ?? sh[i]
      return match ? { ...h, url: match.url } : h
    })
  return out
}

/** Encrypts secrets at rest (the desktop host plugs in Electron's safeStorage); without one they stay plain. */
export interface SecretCodec {
  encrypt(plain: string): string
  decrypt(sealed: string): string
}

const SEALED = 'enc:v1:'
let codec: SecretCodec | null = null

/** The desktop host sets this before the engine writes settings. */
export function setSecretCodec(c: SecretCodec | null): void {
  codec = c
}

function seal(v: string | undefined): string | undefined {
  if (!codec || v === undefined || v.startsWith(SEALED)) return v
  return SEALED + codec.encrypt(v)
}

function open(v: string | undefined): string | undefined {
  if (!codec || v === undefined || !v.startsWith(SEALED)) return v
  try {
    return codec.decrypt(v.slice(SEALED.length))
  } catch {
    // another machine's key: leave it sealed, delivery then fails with a message the officer can act on
    return v
  }
}

/** Settings as stored → with secrets decrypted (for validation and use inside the engine). */
export function openSecrets(all: Record<string, unknown>): Record<string, unknown> {
  return mapSecrets(all, open)
}

/** A settings patch → with secrets encrypted, ready to store. */
export function sealSecrets(patch: Record<string, unknown>): Record<string, unknown> {
  return mapSecrets(patch, seal)
}

function mapSecrets(
  s: Record<string, unknown>,
  f: (v: string | undefined) => string | undefined
): Record<string, unknown> {
  if (!codec) return s
  const out = { ...s }
  const smtp = out.smtp as { pass?: string } | null | undefined
  if (smtp && typeof smtp.pass === 'string') out.smtp = { ...smtp, pass: f(smtp.pass) }
  const hooks = out.webhooks
  if (Array.isArray(hooks))
    out.webhooks = hooks.map((h: { url?: string }) =>
      typeof h?.url === 'string' ? { ...h, url: f(h.url) } : h
    )
  return out
}
