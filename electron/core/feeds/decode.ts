/**
 * Bytes to text for feeds. Order: BOM, HTTP charset, XML declaration, valid UTF-8, windows-1252.
 * Declarations are checked against the bytes, because publishers often declare one charset and send another.
 */
import iconv from 'iconv-lite'

export type DecodeSource = 'bom' | 'http' | 'xml' | 'utf8' | 'fallback'

export interface DecodedFeed {
  text: string
  /** The encoding actually used (canonical lower-case name). */
  encoding: string
  /** Where that choice came from. */
  source: DecodeSource
  /** The charset the HTTP header or XML declaration claimed, if any. */
  declared: string | null
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true })
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true })
// Decoders never produce lone surrogates (they emit U+FFFD), so code-unit classes are enough here and much
// faster than a /u scan; lone surrogates from other sources are handled by the slower pass below.
const ILLEGAL_XML_UNITS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const XML_DECL = /^(\s*<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2/i

/** Extract the charset parameter of a Content-Type header. */
export function charsetFromContentType(contentType?: string | null): string | null {
  if (!contentType) return null
  const m = /;\s*charset\s*=\s*"?([^";,\s]+)"?/i.exec(contentType)
  return m ? m[1].toLowerCase() : null
}

function xmlDeclaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1')
  const m = XML_DECL.exec(head.replace(/^\uFEFF/, ''))
  return m ? m[3].trim().toLowerCase() : null
}

function canonical(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^x-/, '')
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8'
  // As browsers do (WHATWG Encoding): latin1 and ascii labels mean windows-1252, whose extra characters
  // (€, “ ”) real feeds send under those labels.
  if (
    /^(iso[-_]?8859[-_]?1|latin-?1|l1|us-ascii|ascii|cp819|ibm819|iso_8859-1:1987|cp1252|windows-1252)$/.test(
      l
    )
  )
    return 'windows-1252'
  if (l === 'utf-16' || l === 'utf-16le' || l === 'utf-16be') return l
  try {
    return iconv.encodingExists(l) ? l : null
  } catch {
    return null
  }
}

function tryUtf8(bytes: Buffer): string | null {
  try {
    return utf8Fatal.decode(bytes)
  } catch {
    return null
  }
}

function hasHighBytes(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true
  return false
}

function looksUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le'
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be'
  return null
}

function decodeWith(bytes: Buffer, encoding: string): string {
  if (encoding === 'utf-8') return bytes.toString('utf8')
  if (encoding === 'utf-16le') return utf16le.decode(bytes)
  if (encoding === 'utf-16be') return utf16be.decode(bytes)
  return iconv.decode(bytes, encoding)
}

/** Remove characters that XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF). */
export function stripIllegalXmlChars(text: string, mayHaveLoneSurrogates = true): string {
  let out = text
  ILLEGAL_XML_UNITS.lastIndex = 0
  if (ILLEGAL_XML_UNITS.test(out)) out = out.replace(ILLEGAL_XML_UNITS, '')
  if (mayHaveLoneSurrogates) {
    LONE_SURROGATE.lastIndex = 0
    if (LONE_SURROGATE.test(out)) out = out.replace(LONE_SURROGATE, '')
  }
  return out
}

/** Rewrite the XML declaration's encoding to UTF-8 so no parser decodes the text a second time. */
export function fixXmlDeclaration(text: string): string {
  const m = XML_DECL.exec(text)
  if (!m || m[3].toLowerCase() === 'utf-8') return text
  return text.replace(XML_DECL, `$1$2UTF-8$2`)
}

interface Choice {
  encoding: string
  source: DecodeSource
  declared: string | null
  start: number
  /** The text, when choosing already decoded it (UTF-8 validation). */
  text?: string
}

function choose(bytes: Buffer, contentType?: string | null): Choice {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', source: 'bom', declared: null, start: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', source: 'bom', declared: null, start: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', source: 'bom', declared: null, start: 2 }
  const sniffed16 = looksUtf16(bytes)
  if (sniffed16) return { encoding: sniffed16, source: 'xml', declared: sniffed16, start: 0 }

  const httpLabel = charsetFromContentType(contentType)
  const xmlLabel = xmlDeclaredCharset(bytes)
  const httpEnc = httpLabel ? canonical(httpLabel) : null
  const xmlEnc = xmlLabel ? canonical(xmlLabel) : null
  // HTTP wins (RFC 7303), except that a latin1 charset is often just a server default while the document
  // itself knows better.
  let declared: string | null = httpEnc
  let source: DecodeSource = 'http'
  if (!declared || (declared === 'windows-1252' && xmlEnc && xmlEnc !== 'windows-1252')) {
    declared = xmlEnc
    source = 'xml'
  }
  const declaredLabel = source === 'http' ? httpLabel : xmlLabel
  // A UTF-16 label on a document without NUL bytes is a lie about an 8-bit document.
  if (declared?.startsWith('utf-16')) declared = null

  if (declared && declared !== 'utf-8') {
    // Legacy text that happens to be valid UTF-8 with non-ASCII bytes is vanishingly rare; mislabelled UTF-8
    // (a CMS template declaring windows-1252) is common. Trust the bytes.
    const utf8 = hasHighBytes(bytes) ? tryUtf8(bytes) : null
    if (utf8 !== null)
      return { encoding: 'utf-8', source: 'utf8', declared: declaredLabel, start: 0, text: utf8 }
    return { encoding: declared, source, declared: declaredLabel, start: 0 }
  }
  const utf8 = tryUtf8(bytes)
  if (utf8 !== null)
    return {
      encoding: 'utf-8',
      source: declared ? source : 'utf8',
      declared: declaredLabel,
      start: 0,
      text: utf8
    }
  return { encoding: 'windows-1252', source: 'fallback', declared: declaredLabel, start: 0 }
}

/**
 * Decode feed bytes to a string ready for an XML parser: the right charset, no characters illegal in XML 1.0,
 * and an XML declaration that says UTF-8.
 */
export function decodeFeed(bytes: Buffer, contentType?: string | null): DecodedFeed {
  const c = choose(bytes, contentType)
  let text = c.text ?? decodeWith(c.start ? bytes.subarray(c.start) : bytes, c.encoding)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  text = fixXmlDeclaration(stripIllegalXmlChars(text, false))
  return { text, encoding: c.encoding, source: c.source, declared: c.declared }
}
