/**
 * Engine settings: validated with zod at every edge (API, config file, database), defaults filled in.
 * Later capabilities add their keys here, so one schema tells what a deployment can set.
 */
import { z } from 'zod'
import { alertSettingsShape } from './alerts/settings'

export const settingsSchema = z
  .object({
    language: z.enum(['nl', 'en']).default('nl'),
    /** Posts older than this are purged automatically (privacy by design). */
    retentionDays: z.number().int().min(7).max(3650).default(365),
    /** Known staff and school accounts, for the staff_conduct detector. */
    staff: z
      .array(z.object({ name: z.string().min(1), handles: z.array(z.string()).default([]) }))
      .default([]),
    schoolAccounts: z.array(z.string()).default([]),
    /** The school's own public address, phone numbers and e-mail domains: never someone's personal information. */
    schoolContact: z.array(z.string()).default([]),
    /** The names the schools go by ("Almere College", "Het Baken"): press and staff posts are about these. */
    schoolNames: z.array(z.string()).default([]),
    /** Alerts, escalation and delivery (electron/core/alerts/settings.ts). */
    ...alertSettingsShape
  })
  .passthrough()

export type EngineSettings = z.output<typeof settingsSchema>

/** Validates a settings object; the error message names the key and what is wrong. */
export function parseSettings(raw: unknown): EngineSettings {
  const r = settingsSchema.safeParse(raw ?? {})
  if (!r.success) {
    const i = r.error.issues[0]!
    throw new Error(`Instelling ${i.path.join('.') || '(root)'}: ${i.message}`)
  }
  return r.data
}
