/**
 * Tolerant repairs for feeds that a strict XML parser rejects. Each repair is a cheap text rewrite that keeps
 * the document's meaning; the caller records which ones were needed so the source can be marked repaired.
 */
import { HTML_ENTITIES } from './html-entities.ts'

export type RepairKind =
  | 'leading_junk'
  | 'trailing_junk'
  | 'html_entities'
  | 'bare_ampersand'
  | 'missing_version'
  | 'missing_channel'
  | 'loose_xml'
  | 'bad_item'
  | 'structure'
  | 'namespace_prefix'
  | 'unclosed_root'

const ROOT_START = /<(\?xml\b|rss\b|feed\b|rdf:RDF\b|RDF\b)/
const XML_ENTITY_NAMES = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])

/** Decode HTML/XML character references (named HTML 4 set and numeric) in plain text. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    let code: number | undefined
    if (ref[0] === '#')
      code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    else if (ref === 'amp') return '&'
    else if (ref === 'lt') return '<'
    else if (ref === 'gt') return '>'
    else if (ref === 'quot') return '"'
    else if (ref === 'apos') return "'"
    else code = HTML_ENTITIES.get(ref)
    if (code === undefined || !Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole
    if (code >= 0xd800 && code <= 0xdfff) return ''
    return String.fromCodePoint(code)
  })
}

function stripLeadingJunk(text: string, repairs: RepairKind[]): string {
  const m = ROOT_START.exec(text)
  if (!m || m.index === 0) return text
  const before = text.slice(0, m.index)
  // Whitespace and comments before the root are legal; anything else (PHP warnings, a BOM in the wrong place) is not.
  if (/^(\s|<!--[\s\S]*?-->)*$/.test(before)) return text
  repairs.push('leading_junk')
  return text.slice(m.index)
}

function stripTrailingJunk(text: string, repairs: RepairKind[]): string {
  const m = /<\/(rss|feed|rdf:RDF|RDF)\s*>/g
  let last: RegExpExecArray | null = null
  for (let r = m.exec(text); r; r = m.exec(text)) last = r
  if (!last) return text
  const end = last.index + last[0].length
  if (/^\s*$/.test(text.slice(end))) return text
  repairs.push('trailing_junk')
  return text.slice(0, end)
}

function fixEntities(text: string, repairs: RepairKind[]): string {
  let named = false
  let bare = false
  let declared: Set<string> | null = null
  // Entities declared in an internal DTD subset are legal and must survive.
  const dtd = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(text)
  if (dtd) declared = new Set([...dtd[1].matchAll(/<!ENTITY\s+([^\s%]+)/g)].map((x) => x[1]))
  const fix = (part: string) =>
    part.replace(
      /&(#x[0-9a-fA-F]+;|#\d+;|([A-Za-z][A-Za-z0-9._-]*);)?/g,
      (whole, ref?: string, name?: string) => {
        if (ref && !name) return whole
        if (name) {
          if (XML_ENTITY_NAMES.has(name) || declared?.has(name)) return whole
          const code = HTML_ENTITIES.get(name)
          if (code !== undefined) {
            named = true
            return `&#${code};`
          }
        }
        bare = true
        return `&amp;${ref ?? ''}`
      }
    )
  // CDATA sections are literal: an ampersand there is already fine.
  const out = text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part : fix(part)))
    .join('')
  if (named) repairs.push('html_entities')
  if (bare) repairs.push('bare_ampersand')
  return out
}

/** `<atom:feed xmlns:atom="…">`: a legal prefix that rss-parser does not understand; drop it. */
function unprefixAtom(text: string, repairs: RepairKind[]): string {
  const m =
    /<([A-Za-z_][\w.-]*):feed\b[^>]*\bxmlns:\1\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.exec(
      text
    )
  if (!m) return text
  repairs.push('namespace_prefix')
  const prefix = m[1]
  return text.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
}

function fixRssRoot(text: string, repairs: RepairKind[]): string {
  const root = /<rss\b([^>]*)>/.exec(text)
  if (!root) return text
  let out = text
  if (!/\bversion\s*=/.test(root[1])) {
    repairs.push('missing_version')
    out = out.replace(/<rss\b/, '<rss version="2.0"')
  }
  if (!/<channel[\s>]/.test(out)) {
    repairs.push('missing_channel')
    out = out
      .replace(/(<rss\b[^>]*>)/, '$1<channel>')
      .replace(/<\/rss\s*>(?![\s\S]*<\/rss\s*>)/, '</channel></rss>')
  }
  return out
}

/** A truncated download or a sloppy generator: close the root so a loose parse can finish. */
function closeRoot(text: string, repairs: RepairKind[]): string {
  const root = /<(rss|feed|rdf:RDF)\b/.exec(text)
  if (!root) return text
  const name = root[1]
  if (new RegExp(`</${name}\\s*>`).test(text)) return text
  repairs.push('unclosed_root')
  const channel = name === 'rss' && /<channel[\s>]/.test(text) && !/<\/channel\s*>/.test(text)
  return `${text}${channel ? '</channel>' : ''}</${name}>`
}

/** Apply the text repairs a strict parse needs; returns the new text and the repairs made. */
export function repairFeedText(text: string): { text: string; repairs: RepairKind[] } {
  const repairs: RepairKind[] = []
  let out = stripLeadingJunk(text, repairs)
  out = stripTrailingJunk(out, repairs)
  out = fixEntities(out, repairs)
  out = fixRssRoot(out, repairs)
  out = unprefixAtom(out, repairs)
  out = closeRoot(out, repairs)
  return { text: out, repairs }
}

// Loose (sax non-strict) parsing upper-cases names; these restore the mixed-case names the feed code looks up.
const MIXED_CASE_NAMES = [
  'rdf:RDF',
  'pubDate',
  'lastBuildDate',
  'managingEditor',
  'webMaster',
  'skipHours',
  'skipDays',
  'textInput',
  'wfw:commentRss',
  'isPermaLink',
  'xml:lang',
  'itunes:episodeType',
  'itunes:isClosedCaptioned',
  'itunes:newFeedUrl',
  'media:content',
  'rdf:about',
  'rdf:resource'
]
const NAME_BY_UPPER = new Map(MIXED_CASE_NAMES.map((n) => [n.toUpperCase(), n]))

/** Name processor for loose parsing: restore lower or mixed case. */
export function restoreNameCase(name: string): string {
  return NAME_BY_UPPER.get(name.toUpperCase()) ?? name.toLowerCase()
}

/** Strip HTML to plain text: drop script/style, break on block elements, decode entities, fold whitespace. */
export function htmlToText(html: string): string {
  if (!html) return ''
  let s = html
  if (s.includes('<')) {
    s = s
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(
        /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|pre|hr)\b[^>]*>/gi,
        ' '
      )
      .replace(/<[a-zA-Z/!?][^>]*>/g, '')
  }
  return decodeEntities(s)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}
