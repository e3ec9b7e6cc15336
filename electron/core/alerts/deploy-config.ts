/**
 * The headless deployment file (`serve --config FILE`): sources, poll interval, SMTP, recipients, webhooks, quiet
 * hours. Validated with zod; every error names the key and what is wrong. Applying it is idempotent: on restart the
 * same file changes nothing, and posts and alerts of existing sources are kept.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { Engine } from '../engine'
import { recipientsSchema, smtpSchema, webhookSchema } from './settings'

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'gebruik UU:MM, bijvoorbeeld 22:00')

export const deployConfigSchema = z
  .object({
    sources: z
      .array(
        z
          .object({
            url: z
              .string()
              .url('geen geldig webadres')
              .refine((u) => /^https?:\/\//i.test(u), 'alleen http- en https-adressen'),
            name: z.string().trim().min(1).max(200).optional(),
            intervalSeconds: z
              .number()
              .int()
              .min(10, 'minimaal 10 seconden')
              .max(86_400)
              .optional(),
            kind: z.enum(['own', 'mention']).optional()
          })
          .strict()
      )
      .default([]),
    pollIntervalSeconds: z.number().int().min(10, 'minimaal 10 seconden').max(86_400).default(300),
    smtp: smtpSchema.optional(),
    recipients: recipientsSchema.partial().optional(),
    webhooks: z.array(webhookSchema).optional(),
    quietHours: z
      .object({ start: hhmm, end: hhmm, timezone: z.string().optional() })
      .strict()
      .nullable()
      .optional(),
    dashboardUrl: z.string().url('geen geldig webadres').optional(),
    /** The school register the scorer reads: staff and their handles, the school's accounts, names, contact. */
    staff: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(200),
            handles: z.array(z.string().trim().min(1).max(200)).default([])
          })
          .strict()
      )
      .optional(),
    schoolAccounts: z.array(z.string().trim().min(1).max(200)).optional(),
    schoolNames: z.array(z.string().trim().min(1).max(200)).optional(),
    schoolContact: z.array(z.string().trim().min(1).max(200)).optional()
  })
  .strict()
export type DeployConfig = z.output<typeof deployConfigSchema>

/** Validates a parsed config; throws an Error whose message names the key (e.g. `smtp.port`) and the problem. */
export function parseDeployConfig(raw: unknown): DeployConfig {
  const r = deployConfigSchema.safeParse(raw)
  if (!r.success) {
    const lines = r.error.issues
      .slice(0, 5)
      .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new Error(`Het configuratiebestand klopt niet:\n${lines.join('\n')}`)
  }
  return r.data
}

/** Reads and validates a JSON config file. */
export function loadDeployConfig(path: string): DeployConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new Error(`Configuratiebestand ${path} is niet te lezen.`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new Error(`Configuratiebestand ${path} is geen geldige JSON: ${(err as Error).message}`)
  }
  return parseDeployConfig(raw)
}

/** Seeds settings and sources from the config; returns how many sources were added and updated. */
export async function applyDeployConfig(
  engine: Engine,
  cfg: DeployConfig
): Promise<{ added: number; updated: number }> {
  const patch: Record<string, unknown> = {}
  if (cfg.smtp) patch.smtp = cfg.smtp
  if (cfg.recipients)
    patch.recipients = { escalation: [], officer: [], secondEscalation: [], ...cfg.recipients }
  if (cfg.webhooks) patch.webhooks = cfg.webhooks
  if (cfg.quietHours !== undefined) patch.quietHours = cfg.quietHours
  if (cfg.dashboardUrl) patch.dashboardBaseUrl = cfg.dashboardUrl
  for (const key of ['staff', 'schoolAccounts', 'schoolNames', 'schoolContact'] as const)
    if (cfg[key]) patch[key] = cfg[key]
  patch.pollIntervalSeconds = cfg.pollIntervalSeconds
  await engine.api.updateSettings({ patch })
  let added = 0
  let updated = 0
  const now = new Date().toISOString()
  for (const s of cfg.sources) {
    const interval = s.intervalSeconds ?? cfg.pollIntervalSeconds
    const known = engine.sources.findByUrl(s.url)
    if (!known) {
      engine.sources.add(
        {
          name: s.name ?? new URL(s.url).host,
          url: s.url,
          kind: s.kind ?? 'mention',
          intervalSeconds: interval,
          watchTerms: [],
          excludeTerms: []
        },
        now
      )
      added++
    } else if (
      known.intervalSeconds !== interval ||
      (s.name && known.name !== s.name) ||
      (s.kind && known.kind !== s.kind)
    ) {
      engine.sources.update(known.id, {
        intervalSeconds: interval,
        ...(s.name ? { name: s.name } : {}),
        ...(s.kind ? { kind: s.kind } : {})
      })
      updated++
    }
  }
  return { added, updated }
}
