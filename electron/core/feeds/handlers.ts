/**
 * Handlers for the source-management API (electron/shared/api-sources.ts): presets, the live preview of a source
 * (fetch → decode → parse → normalise → score, nothing stored) and OPML import/export.
 */
import type { ApiHandlers } from '../../shared/api'
import { sourceInputSchema } from '../../shared/api'
import type { SOURCES_INPUTS, PreviewItem } from '../../shared/api-sources'
import { scoredText } from '../../shared/domain'
import type { Engine } from '../engine'
import { listPresets, buildFromPreset } from './presets'
import { fetchFeed } from './fetch'
import { decodeFeed } from './decode'
import { parseFeedInWorker } from './parse'
import { normaliseItems } from './normalise'
import { parseOpml, exportOpml } from './opml'

/** How many items a preview shows: enough to judge a source, little enough to score at once. */
const PREVIEW_ITEMS = 10
/** A preview is interactive: fail sooner than a scheduled poll would. */
const PREVIEW_TIMEOUT_MS = 15_000

/** Handlers for the feeds API methods declared in electron/shared/api-sources.ts. */
export function feedsHandlers(engine: Engine): Pick<ApiHandlers, keyof typeof SOURCES_INPUTS> {
  return {
    listPresets: async () => listPresets(),
    buildPresetUrl: async ({ preset, input }) => buildFromPreset(preset, input),
    previewSource: async ({ url }) => {
      const res = await fetchFeed(url, { timeoutMs: PREVIEW_TIMEOUT_MS })
      if (res.kind === 'error') return { ok: false, error: res.error.message }
      if (res.kind === 'not_modified')
        return { ok: false, error: 'De server gaf geen inhoud terug. Probeer het later opnieuw.' }
      let feed
      try {
        const { text } = decodeFeed(res.body, res.contentType ?? undefined)
        feed = await parseFeedInWorker(text)
      } catch (err) {
        const msg = (err as { message?: string; code?: string }).code
          ? (err as Error).message
          : 'Dit adres geeft geen leesbare feed terug (geen RSS, Atom of JSON Feed).'
        return { ok: false, error: msg }
      }
      const items = normaliseItems(feed, { sourceUrl: res.finalUrl, fetchedAt: new Date().toISOString() })
      const scorer = engine.getScorer()
      const preview: PreviewItem[] = items.slice(0, PREVIEW_ITEMS).map((i) => ({
        title: i.title,
        text: i.text.slice(0, 2000),
        html: i.html.slice(0, 20_000),
        link: i.link,
        author: i.author,
        publishedAt: i.publishedAt,
        score: scorer.score({ text: scoredText(i), media: i.media, source: url, author: i.author ?? undefined })
      }))
      return { ok: true, feedTitle: feed.title ?? '', itemCount: items.length, items: preview }
    },
    importOpml: async ({ xml, kind }) => {
      const outlines = parseOpml(xml)
      if (outlines.length === 0) {
        return { added: 0, skipped: 0, errors: ['Dit bestand bevat geen feeds (of is geen OPML-bestand).'] }
      }
      let added = 0
      let lastId: number | null = null
      let skipped = 0
      const errors: string[] = []
      const at = new Date().toISOString()
      for (const o of outlines) {
        const parsed = sourceInputSchema.safeParse({ name: o.title || o.url, url: o.url, kind })
        if (!parsed.success) {
          errors.push(`${o.title || o.url}: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`)
          continue
        }
        if (engine.sources.findByUrl(parsed.data.url)) {
          skipped++
          continue
        }
        lastId = engine.sources.add({ ...parsed.data, preset: null }, at).id
        added++
      }
      // new sources are due at once; pollNow only wakes the scheduler so it sees them without waiting
      if (lastId !== null) await engine.api.pollNow({ id: lastId })
      return { added, skipped, errors }
    },
    exportOpml: async () => {
      const list = engine.sources.list()
      const xml = exportOpml(list.map((s) => ({ title: s.name, url: s.url })), 'Uitkijk — bronnen')
      return { xml, fileName: `uitkijk-bronnen-${new Date().toISOString().slice(0, 10)}.opml` }
    }
  }
}
