/**
 * Feed parsing through rss-parser's parseString, with a tolerant second pass for the broken feeds of the real
 * web and a per-item safety net so one bad item or date never fails the whole feed.
 */
import Parser from 'rss-parser'
import { FeedFailure, feedError } from './errors.ts'
import type { FeedError } from './errors.ts'
import { parseJsonFeed } from './json-feed.ts'
import { repairFeedText, restoreNameCase } from './repair.ts'
import type { RepairKind } from './repair.ts'
import { toParsedItem } from './parse-item.ts'
import type { RawFeed, RawItem } from './parse-item.ts'

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json'

export interface ParsedEnclosure {
  url: string
  type: string | null
  length: number | null
}

export interface ParsedItem {
  title: string | null
  link: string | null
  guid: string | null
  /** Publication date as the feed gives it (not validated). */
  pubDate: string | null
  author: string | null
  /** Richest HTML body the item has: content:encoded, Atom content, description, summary. */
  contentHtml: string | null
  summary: string | null
  categories: string[]
  enclosures: ParsedEnclosure[]
  /** media:content, media:thumbnail and media:group URLs. */
  mediaUrls: string[]
  commentsFeedUrl: string | null
  /** Web page with the comments (RSS <comments>). */
  commentsPageUrl: string | null
  commentCount: number | null
  inReplyTo: string | null
  language: string | null
}

export interface ParsedFeed {
  title: string
  link: string | null
  language: string | null
  ttlMinutes?: number
  items: ParsedItem[]
  repaired: boolean
  /** Which repairs were needed, for the log. */
  repairs: RepairKind[]
  format: FeedFormat
}

export type ParseOutcome = { kind: 'ok'; feed: ParsedFeed } | { kind: 'error'; error: FeedError }

const ITEM_FIELDS: [string, string, { keepArray: boolean }?][] = [
  ['media:content', 'mediaContent', { keepArray: true }],
  ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
  ['media:group', 'mediaGroup', { keepArray: true }],
  ['enclosure', 'enclosures', { keepArray: true }],
  ['wfw:commentRss', 'wfwCommentRss'],
  ['wfw:commentRSS', 'wfwCommentRss2'],
  ['slash:comments', 'slashComments'],
  ['thr:in-reply-to', 'thrInReplyTo', { keepArray: true }],
  ['thr:total', 'thrTotal'],
  ['dc:creator', 'dcCreator', { keepArray: true }],
  ['content:encoded', 'contentEncoded'],
  ['link', 'linksRaw', { keepArray: true }],
  ['author', 'authorRaw', { keepArray: true }],
  ['description', 'descriptionRaw'],
  ['guid', 'guidRaw'],
  ['id', 'idRaw'],
  ['published', 'published'],
  ['updated', 'updated'],
  ['xml:lang', 'xmlLang']
]
const FEED_FIELDS = ['ttl', 'language', 'dc:language', 'link']

function makeParser(loose: boolean): Parser {
  const xml2js = loose
    ? { strict: false, tagNameProcessors: [restoreNameCase], attrNameProcessors: [restoreNameCase] }
    : {}
  const parser = new Parser({
    defaultRSS: 2,
    xml2js,
    customFields: { item: ITEM_FIELDS as never, feed: FEED_FIELDS as never }
  })
  guardItemBuilders(parser)
  guardFeedBuilders(parser)
  return parser
}

type Internals = Record<
  'parseItemAtom' | 'parseItemRss',
  (entry: Record<string, unknown>, fields?: unknown) => object
>

/**
 * rss-parser turns an Atom entry's date with `new Date(x).toISOString()`, which throws on a bad date and fails
 * the whole feed. Wrap the per-item builders: retry without dates, else keep a marker item.
 */
function guardItemBuilders(parser: Parser): void {
  const p = parser as unknown as Internals
  for (const name of ['parseItemAtom', 'parseItemRss'] as const) {
    const original = p[name].bind(parser)
    p[name] = (entry, fields) => {
      try {
        return original(entry, fields)
      } catch {
        try {
          const copy = { ...entry }
          delete copy.published
          delete copy.updated
          delete copy.pubDate
          return { ...original(copy, fields), __badDate: true }
        } catch {
          return { __badItem: true }
        }
      }
    }
  }
}

const NOT_A_FEED_XML =
  'Dit adres geeft wel gegevens (XML), maar geen RSS- of Atom-feed. Controleer of u het feedadres hebt gekopieerd.'

type FeedBuilders = Record<
  'buildAtomFeed' | 'buildRSS1' | 'buildRSS2' | 'buildRSS0_9',
  (xml: XmlDoc) => object
>
type XmlDoc = Record<string, Record<string, unknown> | undefined>

function hasAttrs(node: unknown): boolean {
  return !!node && typeof node === 'object' && '$' in node
}

/** Make the shapes rss-parser assumes true: Atom links with attributes, a channel element in RSS. */
function patchStructure(xml: XmlDoc): XmlDoc {
  const copy: XmlDoc = { ...xml }
  if (copy.feed) {
    const feed = { ...copy.feed }
    if (Array.isArray(feed.link)) feed.link = feed.link.filter(hasAttrs)
    if (Array.isArray(feed.entry)) {
      feed.entry = feed.entry.map((e: Record<string, unknown>) =>
        e && Array.isArray(e.link) ? { ...e, link: e.link.filter(hasAttrs) } : e
      )
    }
    copy.feed = feed
  }
  for (const root of ['rss', 'rdf:RDF']) {
    const r = copy[root]
    if (r && typeof r === 'object' && !Array.isArray(r.channel)) {
      copy[root] = { ...r, channel: [root === 'rss' ? { item: r.item ?? [] } : {}] }
    }
  }
  return copy
}

/** Feed-level counterpart of guardItemBuilders: one retry on a structurally patched document. */
function guardFeedBuilders(parser: Parser): void {
  const p = parser as unknown as FeedBuilders
  for (const name of ['buildAtomFeed', 'buildRSS1', 'buildRSS2', 'buildRSS0_9'] as const) {
    const original = p[name].bind(parser)
    p[name] = (xml) => {
      try {
        return original(xml)
      } catch {
        return { ...original(patchStructure(xml)), __patched: true }
      }
    }
  }
}

function detectFormat(text: string): FeedFormat | 'html' | 'json' | 'other' {
  const head = text
    .slice(0, 4096)
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE\s+(?!html)[^[>]*(\[[\s\S]*?\])?\s*>/gi, '')
    .trimStart()
  if (head.startsWith('{')) return 'json'
  const root = /<([A-Za-z_][\w:.-]*)/.exec(head)
  const name = root ? root[1].toLowerCase() : ''
  if (/^<!doctype\s+html/i.test(head) || name === 'html' || name === 'head' || name === 'body')
    return 'html'
  if (name === 'rss') return 'rss'
  if (name === 'feed' || name.endsWith(':feed')) return 'atom'
  if (name === 'rdf:rdf' || name === 'rdf') return 'rdf'
  // Leading junk before the root: look for a feed root further on before giving up.
  if (/<rss\b/.test(text.slice(0, 65536))) return 'rss'
  if (/<feed\b/.test(text.slice(0, 65536))) return 'atom'
  if (/<rdf:RDF\b/.test(text.slice(0, 65536))) return 'rdf'
  if (/<html\b/i.test(head)) return 'html'
  return 'other'
}

/**
 * One rss-parser instance per parse: rss-parser reuses its xml2js parser, which adds 'end'/'error' listeners on
 * every call, so a shared instance re-runs old callbacks and grows without bound.
 */
async function tryParse(loose: boolean, text: string): Promise<RawFeed | Error> {
  const parser = makeParser(loose)
  // xml2js parses synchronously; in loose mode an unclosed root never emits 'end', so the promise would never
  // settle. Anything not settled by the next macrotask has failed.
  const stalled = new Promise<Error>((resolve) =>
    setImmediate(() => resolve(new Error('XML parser did not finish (unclosed root element)')))
  )
  try {
    return await Promise.race([parser.parseString(text) as unknown as Promise<RawFeed>, stalled])
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err))
  }
}

function errorDetail(err: Error): string {
  return err.message.replace(/\s+/g, ' ').slice(0, 300)
}

function buildFeed(raw: RawFeed, format: FeedFormat, repairs: RepairKind[]): ParsedFeed {
  const items: ParsedItem[] = []
  if (raw.__patched) repairs.push('structure')
  for (const rawItem of (raw.items ?? []) as RawItem[]) {
    if (rawItem.__badItem || rawItem.__badDate) repairs.push('bad_item')
    if (rawItem.__badItem) continue
    try {
      items.push(toParsedItem(rawItem))
    } catch {
      repairs.push('bad_item')
    }
  }
  const uniqueRepairs = [...new Set(repairs)]
  const feed: ParsedFeed = {
    title: typeof raw.title === 'string' ? raw.title.trim() : '',
    link: typeof raw.link === 'string' ? raw.link.trim() || null : null,
    language: firstString(raw.language) ?? firstString(raw['dc:language']),
    items,
    repaired: uniqueRepairs.length > 0,
    repairs: uniqueRepairs,
    format
  }
  const ttl = Number(firstString(raw.ttl))
  if (Number.isFinite(ttl) && ttl > 0) feed.ttlMinutes = ttl
  return feed
}

function firstString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (Array.isArray(v)) return firstString(v[0])
  if (v && typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string')
    return firstString((v as { _: string })._)
  return null
}

/**
 * Parse decoded feed text (RSS 0.9x/1.0/2.0, Atom, JSON Feed). Strict first; on failure, text repairs and then
 * a loose XML parse, marking the result repaired. HTML pages and other XML give a `not_a_feed` error.
 */
export async function tryParseFeed(text: string): Promise<ParseOutcome> {
  const kind = detectFormat(text)
  if (kind === 'json') return parseJsonFeed(text)
  if (kind === 'html')
    return { kind: 'error', error: feedError('not_a_feed', 'Response is an HTML page, not a feed') }
  if (kind === 'other') {
    const root = /<([A-Za-z_][\w:.-]*)/.exec(text.replace(/<[?!][\s\S]*?>/g, ''))
    return {
      kind: 'error',
      error: feedError(
        'not_a_feed',
        root ? `XML root <${root[1]}> is not RSS, Atom or RDF` : 'No XML root element found',
        root ? { message: NOT_A_FEED_XML } : {}
      )
    }
  }
  const first = await tryParse(false, text)
  if (!(first instanceof Error))
    return { kind: 'ok', feed: buildFeed(first, kind, kind === 'rss' ? versionRepair(text) : []) }

  const repaired = repairFeedText(text)
  if (repaired.text !== text) {
    const second = await tryParse(false, repaired.text)
    if (!(second instanceof Error))
      return { kind: 'ok', feed: buildFeed(second, kind, repaired.repairs) }
  }
  const third = await tryParse(true, repaired.text)
  if (!(third instanceof Error) && (third.items?.length || third.title)) {
    return { kind: 'ok', feed: buildFeed(third, kind, [...repaired.repairs, 'loose_xml']) }
  }
  return { kind: 'error', error: feedError('parse', `Strict: ${errorDetail(first)}`) }
}

function versionRepair(text: string): RepairKind[] {
  const root = /<rss\b([^>]*)>/.exec(text)
  return root && !/\bversion\s*=/.test(root[1]) ? ['missing_version'] : []
}

/**
 * Parse decoded feed text; rejects with a FeedFailure (code, Dutch message, detail) when it is not a usable feed.
 * See tryParseFeed for the errors-as-values form.
 */
export async function parseFeed(text: string): Promise<ParsedFeed> {
  const outcome = await tryParseFeed(text)
  if (outcome.kind === 'error') throw new FeedFailure(outcome.error)
  return outcome.feed
}

export { parseFeedInWorker, closeParseWorker, setParseWorkerUrl } from './parse-pool.ts'
