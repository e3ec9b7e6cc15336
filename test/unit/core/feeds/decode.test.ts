import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import {
  charsetFromContentType,
  decodeFeed,
  stripIllegalXmlChars
} from '../../../../electron/core/feeds/decode.ts'

const doc = (enc: string, title: string) =>
  `<?xml version="1.0" encoding="${enc}"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`
const SAMPLE = 'Café € “quote” Zoë'

describe('decodeFeed', () => {
  it('uses the BOM over everything else', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(doc('windows-1252', SAMPLE))
    ])
    const r = decodeFeed(bytes, 'text/xml; charset=iso-8859-1')
    expect(r).toMatchObject({ encoding: 'utf-8', source: 'bom' })
    expect(r.text).toContain(SAMPLE)
    expect(r.text.charCodeAt(0)).toBe(0x3c)
  })

  it('decodes UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(doc('utf-16', SAMPLE), 'utf16le')
    ])
    expect(decodeFeed(bytes).text).toContain(SAMPLE)
  })

  it('uses the HTTP charset over the XML declaration', () => {
    const bytes = iconv.encode(doc('utf-8', 'Привет, Zoë'), 'koi8-r')
    const r = decodeFeed(bytes, 'application/rss+xml; charset=KOI8-R')
    expect(r).toMatchObject({ encoding: 'koi8-r', source: 'http' })
    expect(r.text).toContain('Привет')
  })

  it('decodes windows-1252 with iconv-lite (€ and curly quotes, which Node mangles)', () => {
    const bytes = iconv.encode(doc('windows-1252', SAMPLE), 'windows-1252')
    const r = decodeFeed(bytes, 'application/rss+xml; charset=windows-1252')
    expect(r).toMatchObject({ encoding: 'windows-1252', source: 'http' })
    expect(r.text).toContain(SAMPLE)
  })

  it('uses the XML declaration when HTTP says nothing', () => {
    const bytes = iconv.encode(doc('ISO-8859-15', 'Café €'), 'iso-8859-15')
    const r = decodeFeed(bytes, 'application/xml')
    expect(r.source).toBe('xml')
    expect(r.text).toContain('Café €')
  })

  it('treats an ISO-8859-1 label as windows-1252, as browsers do (€ and curly quotes survive)', () => {
    const bytes = iconv.encode(doc('ISO-8859-1', SAMPLE), 'windows-1252')
    expect(decodeFeed(bytes).text).toContain(SAMPLE)
  })

  it('trusts valid UTF-8 bytes over a wrong single-byte declaration', () => {
    const r = decodeFeed(Buffer.from(doc('windows-1252', SAMPLE)), 'text/xml; charset=iso-8859-1')
    expect(r).toMatchObject({ encoding: 'utf-8', source: 'utf8' })
    expect(r.text).toContain(SAMPLE)
  })

  it('falls back to windows-1252 when declared UTF-8 is not valid UTF-8', () => {
    const bytes = iconv.encode(doc('utf-8', SAMPLE), 'windows-1252')
    const r = decodeFeed(bytes, 'text/xml; charset=utf-8')
    expect(r).toMatchObject({ encoding: 'windows-1252', source: 'fallback' })
    expect(r.text).toContain(SAMPLE)
  })

  it('ignores an unknown declared charset', () => {
    const r = decodeFeed(Buffer.from(doc('klingon', SAMPLE)))
    expect(r.encoding).toBe('utf-8')
    expect(r.text).toContain(SAMPLE)
  })

  it('rewrites the XML declaration to UTF-8 and strips illegal characters', () => {
    const bytes = iconv.encode(doc('windows-1252', 'a\u0001b\u000bc'), 'windows-1252')
    const r = decodeFeed(bytes)
    expect(r.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expect(r.text).toContain('<title>abc</title>')
  })

  it('keeps astral characters and strips lone surrogates', () => {
    expect(stripIllegalXmlChars('a😀b\uD800c\uFFFEd')).toBe('a😀bcd')
  })

  it('reads charset parameters', () => {
    expect(charsetFromContentType('text/xml; Charset="ISO-8859-1"')).toBe('iso-8859-1')
    expect(charsetFromContentType('text/xml')).toBeNull()
  })
})
