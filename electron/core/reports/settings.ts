/**
 * The report's own settings keys, read from the settings table (the engine's schema passes unknown keys through):
 * recipients, student pseudonymisation (on unless turned off) and how staff names appear.
 */
import { z } from 'zod'

export const reportSettingsSchema = z.object({
  language: z.enum(['nl', 'en']).catch('nl').default('nl'),
  reportRecipients: z.array(z.string().trim().email()).catch([]).default([]),
  reportPseudonymiseStudents: z.boolean().catch(true).default(true),
  reportStaffNames: z.enum(['show', 'pseudonymise']).catch('show').default('show'),
  staff: z
    .array(z.object({ name: z.string().min(1), handles: z.array(z.string()).default([]) }))
    .catch([])
    .default([]),
  schoolAccounts: z.array(z.string()).catch([]).default([])
})

export type ReportSettings = z.output<typeof reportSettingsSchema>

/** Report settings from the raw settings map; a malformed key falls back to its safe default (pseudonymise). */
export function reportSettings(raw: Record<string, unknown>): ReportSettings {
  return reportSettingsSchema.parse(raw)
}
