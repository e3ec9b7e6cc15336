/**
 * Parsed feed items into what the store and the scorer need: stable dedupe keys, a content hash for edits,
 * plain text for scoring, sanitised HTML for display, dates, media and thread hints.
 */
import { createHash } from 'node:crypto'
import sanitizeHtml from 'sanitize-html'
import { absoluteUrl, normaliseLink } from './links.ts'
import type { ParsedFeed, ParsedItem } from './parse.ts'
import { htmlToText } from './repair.ts'
import { parseFeedDate } from './dates.ts'

export type DedupeStrategy = 'guid' | 'link' | 'hash'

export interface NormalisedItem {
  guid: string | null
  link: string | null
  /** Key unique within the source, per the source's dedupe strategy ('g:…', 'l:…' or 'h:…'). */
  dedupeKey: string
  /** Every key this item could have under any strategy, so a store can match across a strategy change. */
  altKeys: string[]
  /** Hash over title + text: changes when the post is edited. */
  contentHash: string
  title: string
  /** Plain text for scoring: entities decoded, tags removed, whitespace folded. */
  text: string
  /** Sanitised HTML for display (sanitised again in the renderer). */
  html: string
  author: string | null
  /** ISO date; fetchedAt when missing, invalid or more than a day in the future. */
  publishedAt: string
  media: boolean
  mediaUrls: string[]
  languageHint: string | null
  commentsFeedUrl: string | null
  commentCount: number | null
  inReplyTo: string | null
}

export interface NormaliseContext {
  sourceUrl: string
  fetchedAt: string
  /** The strategy this source used last time, so keys do not flip back and forth (see chooseDedupeStrategy). */
  previousStrategy?: DedupeStrategy
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'figure',
    'figcaption',
    'video',
    'source'
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    video: ['src', 'poster', 'controls'],
    source: ['src', 'type']
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {
    img: ['http', 'https'],
    video: ['http', 'https'],
    source: ['http', 'https']
  },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'poster'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template'
  ]
}

const STRENGTH: Record<DedupeStrategy, number> = { guid: 0, link: 1, hash: 2 }

function allUnique(values: (string | null)[]): boolean {
  if (values.some((v) => !v)) return false
  return new Set(values).size === values.length
}

/**
 * Pick how a source's items are keyed: guid when every item has one and they are unique in this feed, else the
 * normalised link under the same rule, else the content hash. With a previous strategy, never go back to a
 * stronger one (keys would change and every post would look new); only degrade.
 */
export function chooseDedupeStrategy(
  items: ParsedItem[],
  history?: { strategy?: DedupeStrategy }
): DedupeStrategy {
  let pick: DedupeStrategy = 'hash'
  if (items.length === 0) pick = 'guid'
  else if (allUnique(items.map((i) => i.guid?.trim() || null))) pick = 'guid'
  else if (allUnique(items.map((i) => normaliseLink(i.link)))) pick = 'link'
  const prev = history?.strategy
  return prev && STRENGTH[prev] > STRENGTH[pick] ? prev : pick
}

/** sha256 (hex, 32 chars) of title and text, whitespace-folded, so only real edits change it. */
export function contentHash(title: string, text: string): string {
  return createHash('sha256').update(`${title}\n${text}`).digest('hex').slice(0, 32)
}

function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null
  let a = htmlToText(raw)
  // RSS <author> is "email (Name)"; keep the name.
  const m = /^\S+@\S+\s*\(([^)]+)\)$/.exec(a)
  if (m) a = m[1].trim()
  return a || null
}

const NL_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'is',
  'niet',
  'op',
  'dat',
  'die',
  'voor',
  'met',
  'zijn',
  'ook',
  'naar',
  'wat',
  'bij',
  'er',
  'maar',
  'school',
  'leerlingen',
  'wordt',
  'ik',
  'je',
  'we'
])
const EN_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'in',
  'that',
  'for',
  'with',
  'on',
  'this',
  'are',
  'was',
  'not',
  'be',
  'have',
  'it',
  'you',
  'at',
  'by'
])

/** Language hint: the item's or feed's declared language (primary tag), else a stop-word vote nl/en. */
export function languageHint(declared: string | null, text: string): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0]
  if (tag && /^[a-z]{2,3}$/.test(tag)) return tag
  let nl = 0
  let en = 0
  // The first few hundred words decide; scanning a long article adds nothing.
  const words =
    text
      .slice(0, 2000)
      .toLowerCase()
      .match(/[a-zà-ÿ]+/g) ?? []
  for (const w of words) {
    if (NL_WORDS.has(w)) nl++
    if (EN_WORDS.has(w)) en++
  }
  if (nl + en < 3) return null
  return nl >= en ? 'nl' : 'en'
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function sanitise(html: string, base: string): string {
  if (!html) return ''
  // Plain (escaped) text has nothing to sanitise.
  if (!html.includes('<')) return html
  return sanitizeHtml(html, {
    ...SANITIZE,
    transformTags: {
      // Relative links would resolve against the app's own origin in the renderer: make them absolute.
      a: (tagName, attribs) => {
        const href = attribs.href
          ? (absoluteUrl(attribs.href, base) ??
            (attribs.href.startsWith('mailto:') ? attribs.href : undefined))
          : undefined
        const out: Record<string, string> = { rel: 'noopener noreferrer nofollow' }
        if (href) out.href = href
        if (attribs.title) out.title = attribs.title
        return { tagName, attribs: out }
      },
      img: (tagName, attribs) => {
        const src = absoluteUrl(attribs.src, base)
        const out: Record<string, string> = src ? { ...attribs, src } : { alt: attribs.alt ?? '' }
        return { tagName, attribs: out }
      }
    }
  })
}

const IMG_SRC = /<(?:img|video|source)\b[^>]*?\s(?:src|poster)\s*=\s*["']?([^"'\s>]+)/gi
const MEDIA_EXT = /\.(jpe?g|png|gif|webp|avif|heic|mp4|mov|webm|m4v)(\?|$)/i

function collectMedia(item: ParsedItem, base: string): string[] {
  const urls: string[] = []
  const add = (u: string | null) => {
    if (u && !urls.includes(u)) urls.push(u)
  }
  for (const e of item.enclosures) {
    if (/^(image|video)\//i.test(e.type ?? '') || (!e.type && MEDIA_EXT.test(e.url)))
      add(absoluteUrl(e.url, base))
  }
  for (const u of item.mediaUrls) add(absoluteUrl(u, base))
  const html = item.contentHtml ?? ''
  if (html.includes('<')) {
    for (const m of html.matchAll(IMG_SRC)) {
      const u = absoluteUrl(m[1], base)
      // Tracking pixels (1×1 feedburner images) are not media.
      if (u && !/[?&/](~r|~4)\/|feeds\.feedburner\.com|\bpixel\b|\/1x1\./i.test(u)) add(u)
    }
  }
  return urls
}

/** Normalise the items of one parsed feed. One bad item is skipped, never fatal. */
export function normaliseItems(feed: ParsedFeed, ctx: NormaliseContext): NormalisedItem[] {
  const strategy = chooseDedupeStrategy(feed.items, { strategy: ctx.previousStrategy })
  const fetchedMs = Date.parse(ctx.fetchedAt)
  const out: NormalisedItem[] = []
  for (const item of feed.items) {
    try {
      out.push(normaliseOne(item, feed, ctx, strategy, fetchedMs))
    } catch {
      // A malformed item must not cost the rest of the feed.
    }
  }
  return out
}

function normaliseOne(
  item: ParsedItem,
  feed: ParsedFeed,
  ctx: NormaliseContext,
  strategy: DedupeStrategy,
  fetchedMs: number
): NormalisedItem {
  const base = feed.link ? (absoluteUrl(feed.link, ctx.sourceUrl) ?? ctx.sourceUrl) : ctx.sourceUrl
  const link = absoluteUrl(item.link, base)
  const title = htmlToText(item.title ?? '')
  const body = item.contentHtml ?? item.summary ?? ''
  const text = htmlToText(body)
  const looksHtml = /<[a-z!/]/i.test(body) || /&[#a-z0-9]+;/i.test(body)
  const html = sanitise(looksHtml ? body : escapeHtml(body), link ?? base)
  const hash = contentHash(title, text)
  const guid = item.guid?.trim() || null
  const normLink = normaliseLink(link)
  const altKeys = [
    guid ? `g:${guid}` : null,
    normLink ? `l:${normLink}` : null,
    `h:${hash}`
  ].filter((k): k is string => k !== null)
  let dedupeKey = `h:${hash}`
  if (strategy === 'guid' && guid) dedupeKey = `g:${guid}`
  else if (strategy !== 'hash' && normLink) dedupeKey = `l:${normLink}`

  const published = parseFeedDate(item.pubDate)
  const publishedAt =
    published !== null && !Number.isNaN(fetchedMs) && published <= fetchedMs + 24 * 3600 * 1000
      ? new Date(published).toISOString()
      : ctx.fetchedAt
  const mediaUrls = collectMedia(item, link ?? base)
  return {
    guid,
    link,
    dedupeKey,
    altKeys,
    contentHash: hash,
    title,
    text,
    html,
    author: cleanAuthor(item.author),
    publishedAt,
    media: mediaUrls.length > 0,
    mediaUrls,
    languageHint: languageHint(item.language ?? feed.language, `${title} ${text}`),
    commentsFeedUrl: absoluteUrl(item.commentsFeedUrl, base),
    commentCount: item.commentCount,
    inReplyTo: item.inReplyTo
  }
}

const STOP = new Set(
  (
    'de het een en van in op is met voor aan bij na om te over door uit tot naar als dat die er ook nog wel niet ' +
    'the a an of to and for on at after with by from is are was'
  ).split(' ')
)

/**
 * Cheap key for linking one story across sources: the significant title words (lower-case, no diacritics, no
 * " - Publisher" suffix), sorted. Falls back to the normalised link when the title is too short to be telling.
 */
export function storyKey(item: Pick<NormalisedItem, 'title' | 'link'>): string | null {
  const title = item.title.replace(/\s+[-–—|]\s+[^-–—|]{2,40}$/, '')
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
  const unique = [...new Set(words)].sort()
  if (unique.length >= 4) return `t:${unique.slice(0, 12).join(' ')}`
  const link = normaliseLink(item.link)
  return link ? `l:${link}` : null
}
