/**
 * The whole fetch → decode → parse (worker) → normalise path for one URL, as the corpus suite and the bench use it.
 */
import { fetchFeed } from '../../../electron/core/feeds/fetch.ts'
import type { FetchOptions } from '../../../electron/core/feeds/fetch.ts'
import { decodeFeed } from '../../../electron/core/feeds/decode.ts'
import { parseFeedInWorker } from '../../../electron/core/feeds/parse.ts'
import type { ParsedFeed } from '../../../electron/core/feeds/parse.ts'
import { normaliseItems } from '../../../electron/core/feeds/normalise.ts'
import type { NormalisedItem } from '../../../electron/core/feeds/normalise.ts'
import { FeedFailure, feedError } from '../../../electron/core/feeds/errors.ts'
import type { FeedError } from '../../../electron/core/feeds/errors.ts'

export type IngestResult =
  | { kind: 'ok'; feed: ParsedFeed; items: NormalisedItem[]; encoding: string }
  | { kind: 'not_modified' }
  | { kind: 'error'; stage: 'fetch' | 'decode' | 'parse' | 'normalise'; error: FeedError }

/** Run one URL through the pipeline; a thrown exception here is a bug (the suite counts it as a crash). */
export async function ingest(
  url: string,
  opts: FetchOptions = {},
  parseTimeoutMs = 10_000
): Promise<IngestResult> {
  const res = await fetchFeed(url, opts)
  if (res.kind === 'error') return { kind: 'error', stage: 'fetch', error: res.error }
  if (res.kind === 'not_modified') return { kind: 'not_modified' }
  let text: string
  let encoding: string
  try {
    ;({ text, encoding } = decodeFeed(res.body, res.contentType))
  } catch (err) {
    return { kind: 'error', stage: 'decode', error: feedError('encoding', String(err)) }
  }
  let feed: ParsedFeed
  try {
    feed = await parseFeedInWorker(text, parseTimeoutMs)
  } catch (err) {
    if (err instanceof FeedFailure)
      return { kind: 'error', stage: 'parse', error: err.toFeedError() }
    throw err
  }
  const items = normaliseItems(feed, {
    sourceUrl: res.finalUrl,
    fetchedAt: new Date().toISOString()
  })
  return { kind: 'ok', feed, items, encoding }
}
