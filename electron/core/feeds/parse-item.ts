/**
 * Map rss-parser's loosely typed item objects (strings, xml2js nodes, arrays) to ParsedItem.
 */
import type { ParsedEnclosure, ParsedItem } from './parse.ts'

/** rss-parser output: shapes vary with the feed, so everything is unknown until read through the helpers below. */
export type RawItem = Record<string, unknown> & { __badItem?: boolean; __badDate?: boolean }
export type RawFeed = Record<string, unknown> & { items?: unknown[] }

type Node = Record<string, unknown> & { $?: Record<string, string>; _?: string }

/** The text of an xml2js value: a string, a node with text (`_`), or the first of an array. */
export function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (typeof v === 'number') return String(v)
  if (Array.isArray(v)) return v.length ? textOf(v[0]) : null
  if (v && typeof v === 'object') {
    const n = v as Node
    if (typeof n._ === 'string') return n._.trim() || null
    const keys = Object.keys(n).filter((k) => k !== '$')
    // A node with child elements but no text of its own (e.g. <author><name>): use its name child.
    if (keys.includes('name')) return textOf(n.name)
  }
  return null
}

function attrs(v: unknown): Record<string, string> {
  if (v && typeof v === 'object' && !Array.isArray(v))
    return ((v as Node).$ ?? {}) as Record<string, string>
  return {}
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return []
  return Array.isArray(v) ? v : [v]
}

function httpUrl(v: string | null | undefined): string | null {
  if (!v) return null
  const s = v.trim()
  return /^https?:\/\//i.test(s) ? s : null
}

function mediaUrls(item: RawItem): string[] {
  const urls: string[] = []
  const add = (node: unknown) => {
    const a = attrs(node)
    const url = httpUrl(a.url ?? a.href ?? textOf(node))
    if (url && !urls.includes(url)) urls.push(url)
  }
  for (const n of asArray(item.mediaContent)) {
    add(n)
    for (const t of asArray((n as Node)?.['media:thumbnail'])) add(t)
  }
  for (const n of asArray(item.mediaThumbnail)) add(n)
  for (const g of asArray(item.mediaGroup)) {
    const group = g as Node
    for (const n of asArray(group?.['media:content'])) add(n)
    for (const n of asArray(group?.['media:thumbnail'])) add(n)
  }
  return urls
}

function enclosures(item: RawItem): ParsedEnclosure[] {
  const out: ParsedEnclosure[] = []
  const nodes = asArray(item.enclosures)
  for (const n of nodes) {
    const a = attrs(n)
    const url = httpUrl(a.url)
    if (!url) continue
    const length = Number(a.length)
    out.push({
      url,
      type: a.type?.trim() || null,
      length: Number.isFinite(length) && length > 0 ? length : null
    })
  }
  // Atom enclosures are links with rel="enclosure".
  for (const l of asArray(item.linksRaw)) {
    const a = attrs(l)
    const url = httpUrl(a.href)
    if (a.rel === 'enclosure' && url && !out.some((e) => e.url === url)) {
      const length = Number(a.length)
      out.push({
        url,
        type: a.type?.trim() || null,
        length: Number.isFinite(length) && length > 0 ? length : null
      })
    }
  }
  return out
}

function atomLink(item: RawItem, rel: string): Node | null {
  for (const l of asArray(item.linksRaw)) {
    if (attrs(l).rel === rel) return l as Node
  }
  return null
}

function count(v: unknown): number | null {
  const s = textOf(v)
  if (s === null) return null
  const n = Number(s)
  return Number.isInteger(n) && n >= 0 ? n : null
}

function author(item: RawItem): string | null {
  const dc = textOf(item.dcCreator)
  if (dc) return dc
  if (typeof item.creator === 'string' && item.creator.trim()) return item.creator.trim()
  if (typeof item.author === 'string' && item.author.trim()) return item.author.trim()
  return textOf(item.authorRaw)
}

function content(item: RawItem): string | null {
  for (const key of ['contentEncoded', 'content:encoded', 'content', 'summary']) {
    const v = item[key]
    if (typeof v === 'string' && v.trim()) return v
    const t = textOf(v)
    if (t) return t
  }
  return null
}

function categories(item: RawItem): string[] {
  const out: string[] = []
  for (const c of asArray(item.categories)) {
    const t = textOf(c) ?? attrs(c).term ?? null
    if (t && !out.includes(t)) out.push(t)
  }
  return out
}

/** Build a ParsedItem from one rss-parser item. */
export function toParsedItem(item: RawItem): ParsedItem {
  const link =
    httpUrl(textOf(item.link)) ??
    httpUrl(attrs(atomLink(item, 'alternate')).href) ??
    textOf(item.link)
  const replies = atomLink(item, 'replies')
  const repliesAttrs = attrs(replies)
  const inReplyTo = asArray(item.thrInReplyTo)
    .map((n) => attrs(n).ref ?? textOf(n))
    .find((r): r is string => typeof r === 'string' && r.length > 0)
  const summary =
    textOf(item.summary) ?? (typeof item.contentSnippet === 'string' ? item.contentSnippet : null)
  return {
    title: textOf(item.title),
    link,
    guid: textOf(item.guid) ?? textOf(item.idRaw) ?? textOf(item.id) ?? null,
    pubDate:
      textOf(item.pubDate) ?? textOf(item.date) ?? textOf(item.published) ?? textOf(item.updated),
    author: author(item),
    contentHtml: content(item),
    summary,
    categories: categories(item),
    enclosures: enclosures(item),
    mediaUrls: mediaUrls(item),
    commentsFeedUrl:
      httpUrl(textOf(item.wfwCommentRss) ?? textOf(item.wfwCommentRss2)) ??
      httpUrl(repliesAttrs.href),
    commentsPageUrl: httpUrl(textOf(item.comments)),
    commentCount:
      count(item.slashComments) ?? count(item.thrTotal) ?? count(repliesAttrs['thr:count']),
    inReplyTo: inReplyTo ?? null,
    language: textOf(item.language) ?? textOf(item.xmlLang) ?? null
  }
}
