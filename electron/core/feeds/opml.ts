/**
 * OPML import (tolerant: nested outlines, attribute-name variants, HTML entities, broken XML) and export.
 */
import { decodeEntities } from './repair.ts'

export interface OpmlOutline {
  title: string
  url: string
  htmlUrl?: string
  /** Names of the enclosing folders, outermost first. */
  category?: string[]
}

const TOKEN = /<outline\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\/outline\s*>/gi
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of raw.matchAll(ATTR))
    out.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim())
  return out
}

function feedUrl(a: Map<string, string>): string | null {
  const type = (a.get('type') ?? '').toLowerCase()
  const candidates = [a.get('xmlurl'), a.get('xml_url'), a.get('feedurl'), a.get('rssurl')]
  if (!type || ['rss', 'atom', 'feed', 'link'].includes(type)) candidates.push(a.get('url'))
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c)) return c
  }
  return null
}

/**
 * Read the feeds of an OPML document. Never throws: an unreadable document gives an empty list. Duplicate URLs are
 * kept once; folders become `category`.
 */
export function parseOpml(text: string): OpmlOutline[] {
  const out: OpmlOutline[] = []
  const seen = new Set<string>()
  const stack: { name: string | null }[] = []
  for (const m of text.matchAll(TOKEN)) {
    if (m[0].startsWith('</')) {
      stack.pop()
      continue
    }
    const a = attributes(m[1] ?? '')
    const url = feedUrl(a)
    const title = a.get('title') || a.get('text') || ''
    if (url && !seen.has(url)) {
      seen.add(url)
      const o: OpmlOutline = { title: title || url, url }
      const html = a.get('htmlurl')
      if (html) o.htmlUrl = html
      const folders = stack.map((s) => s.name).filter((n): n is string => !!n)
      if (folders.length) o.category = folders
      out.push(o)
    }
    if (m[2] !== '/') stack.push({ name: url ? null : title || null })
  }
  return out
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Write sources as an OPML 2.0 document (flat, one outline per feed). */
export function exportOpml(
  entries: { title: string; url: string; htmlUrl?: string }[],
  title = 'Uitkijk'
): string {
  const lines = entries.map(
    (e) =>
      `    <outline type="rss" text="${esc(e.title)}" title="${esc(e.title)}" xmlUrl="${esc(e.url)}"${
        e.htmlUrl ? ` htmlUrl="${esc(e.htmlUrl)}"` : ''
      }/>`
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${esc(title)}</title><dateCreated>${new Date().toUTCString()}</dateCreated></head>`,
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    ''
  ].join('\n')
}
