/**
 * API methods for source management beyond the basics: presets, a live preview of what a source would yield, and
 * OPML import/export. Owned by electron/core/feeds (handlers in electron/core/feeds/handlers.ts).
 * Pure TypeScript (zod only): no node:*, no electron, no I/O.
 */
import { z } from 'zod'
import type { PostScore } from './domain'

const feedUrl = z
  .string()
  .trim()
  .url('Dit is geen geldig webadres')
  .refine((u) => /^https?:\/\//i.test(u), 'Alleen http- en https-adressen zijn toegestaan')

export const SOURCES_INPUTS = {
  listPresets: z.object({}).strict(),
  buildPresetUrl: z
    .object({
      preset: z.string().min(1).max(50),
      input: z.record(z.string(), z.string().max(500))
    })
    .strict(),
  previewSource: z.object({ url: feedUrl }).strict(),
  importOpml: z
    .object({
      xml: z.string().min(1, 'Het OPML-bestand is leeg').max(2_000_000, 'Het OPML-bestand is te groot'),
      kind: z.enum(['own', 'mention']).default('mention')
    })
    .strict(),
  exportOpml: z.object({}).strict()
} as const

/** One field of a preset's form, with its Dutch label. */
export interface PresetFieldInfo {
  key: string
  label: string
  placeholder?: string
  optional?: boolean
  options?: { value: string; label: string }[]
}

/** A preset as the source form shows it (no functions). */
export interface PresetInfo {
  id: string
  label: string
  description: string
  fields: PresetFieldInfo[]
}

export type PresetUrlResult =
  | { ok: true; url: string; name: string }
  | { ok: false; errors: { field: string; message: string }[] }

/** One item of a preview: what the source would store, scored, nothing stored. */
export interface PreviewItem {
  title: string
  text: string
  html: string
  link: string | null
  author: string | null
  publishedAt: string
  score: PostScore
}

export type PreviewResult =
  | { ok: true; feedTitle: string; itemCount: number; items: PreviewItem[] }
  /** `error` is plain Dutch, ready to show. */
  | { ok: false; error: string }

export interface OpmlImportResult {
  added: number
  /** Already in the list (same URL). */
  skipped: number
  /** Dutch messages for outlines that could not be imported. */
  errors: string[]
}

export interface SourcesResults {
  listPresets: PresetInfo[]
  buildPresetUrl: PresetUrlResult
  previewSource: PreviewResult
  importOpml: OpmlImportResult
  exportOpml: { xml: string; fileName: string }
}
