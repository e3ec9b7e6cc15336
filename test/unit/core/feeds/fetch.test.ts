import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import zlib from 'node:zlib'
import { fetchFeed, parseCacheTtl, parseRetryAfter } from '../../../../electron/core/feeds/fetch.ts'
import iconv from 'iconv-lite'
import { decodeFeed } from '../../../../electron/core/feeds/decode.ts'
import { tryParseFeed } from '../../../../electron/core/feeds/parse.ts'
import { startServer } from '../../../fixtures/feeds/http-server.ts'
import type { TestServer } from '../../../fixtures/feeds/http-server.ts'

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
let srv: TestServer

beforeAll(async () => {
  srv = await startServer()
  srv.route('/feed', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' })
      return res.end()
    }
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
      'cache-control': 'public, max-age=600'
    })
    res.end(RSS)
  })
  srv.route('/since', (req, res) => {
    if (req.headers['if-modified-since'] === 'Wed, 01 Jan 2025 00:00:00 GMT') {
      res.writeHead(304)
      return res.end()
    }
    res.end(RSS)
  })
  srv.route('/slow-body', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    res.write('<rss>')
    // Never finishes: a trickle that keeps the socket alive.
    const t = setInterval(() => res.write(' '), 50)
    res.on('close', () => clearInterval(t))
  })
  srv.route('/no-headers', () => {
    /* never answers */
  })
  srv.route('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const pump = () => {
      while (res.write(chunk)) {
        /* fill the buffer */
      }
    }
    res.on('drain', pump)
    pump()
  })
  srv.route('/big-declared', (_req, res) => {
    res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) })
    res.write('<rss>')
  })
  srv.route('/loop-a', (_req, res) => {
    res.writeHead(302, { location: '/loop-b' })
    res.end()
  })
  srv.route('/loop-b', (_req, res) => {
    res.writeHead(302, { location: '/loop-a' })
    res.end()
  })
  for (let i = 0; i < 8; i++) {
    srv.route(`/chain-${i}`, (_req, res) => {
      res.writeHead(301, { location: `/chain-${i + 1}` })
      res.end()
    })
  }
  srv.route('/perm1', (_req, res) => {
    res.writeHead(301, { location: '/perm2' })
    res.end()
  })
  srv.route('/perm2', (_req, res) => {
    res.writeHead(308, { location: '/feed' })
    res.end()
  })
  srv.route('/temp', (_req, res) => {
    res.writeHead(302, { location: '/perm2' })
    res.end()
  })
  srv.route('/to-ftp', (_req, res) => {
    res.writeHead(301, { location: 'ftp://example.org/feed.xml' })
    res.end()
  })
  srv.route('/busy-seconds', (_req, res) => {
    res.writeHead(429, { 'retry-after': '120' })
    res.end()
  })
  srv.route('/busy-date', (_req, res) => {
    const now = Date.now()
    res.writeHead(503, {
      date: new Date(now).toUTCString(),
      'retry-after': new Date(now + 90_000).toUTCString()
    })
    res.end()
  })
  srv.route('/gone', (_req, res) => {
    res.writeHead(410)
    res.end('gone')
  })
  srv.route('/forbidden', (_req, res) => {
    res.writeHead(403)
    res.end()
  })
  srv.route('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' })
    res.end(zlib.gzipSync(RSS))
  })
  srv.route('/br', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'br' })
    res.end(zlib.brotliCompressSync(RSS))
  })
  srv.route('/deflate-raw', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'deflate' })
    res.end(zlib.deflateRawSync(RSS))
  })
  srv.route('/deflate', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'deflate' })
    res.end(zlib.deflateSync(RSS))
  })
  srv.route('/bomb', (_req, res) => {
    // ~50 KB on the wire, 64 MiB inflated.
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' })
    res.end(zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 }))
  })
  srv.route('/corrupt-gzip', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' })
    res.end(Buffer.from('this is not gzip at all'))
  })
  srv.route('/ua', (req, res) => res.end(req.headers['user-agent'] ?? ''))
  srv.route('/wrong-charset', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
    res.end(
      iconv.encode(
        RSS.replace('<title>t</title>', '<title>Prijs: € 5, “gratis” voor Zoë</title>'),
        'windows-1252'
      )
    )
  })
  srv.route('/html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      '<!DOCTYPE html><html><head><title>Almere College</title></head><body><h1>Welkom</h1></body></html>'
    )
  })
})

afterAll(async () => {
  await srv.close()
})

describe('fetchFeed', () => {
  it('returns the body with validators, content type and cache lifetime', async () => {
    const r = await fetchFeed(srv.url('/feed'))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    expect(r.body.toString()).toBe(RSS)
    expect(r.etag).toBe('"v1"')
    expect(r.lastModified).toBe('Wed, 01 Jan 2025 00:00:00 GMT')
    expect(r.contentType).toContain('application/rss+xml')
    expect(r.cacheTtlMs).toBe(600_000)
    expect(r.finalUrl).toBe(srv.url('/feed'))
    expect(r.permanentRedirectTo).toBeUndefined()
  })

  it('sends If-None-Match and reports 304 as not_modified', async () => {
    const r = await fetchFeed(srv.url('/feed'), { etag: '"v1"' })
    expect(r.kind).toBe('not_modified')
  })

  it('sends If-Modified-Since', async () => {
    const r = await fetchFeed(srv.url('/since'), { lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' })
    expect(r.kind).toBe('not_modified')
    const fresh = await fetchFeed(srv.url('/since'))
    expect(fresh.kind).toBe('ok')
  })

  it('sends a descriptive User-Agent', async () => {
    const r = await fetchFeed(srv.url('/ua'))
    expect(r.kind === 'ok' && r.body.toString()).toMatch(/^Uitkijk\/0\.1 \(\+https:\/\/uitkijk\.nl/)
  })

  it('times out a body that never finishes, with the whole-request timeout', async () => {
    const t = Date.now()
    const r = await fetchFeed(srv.url('/slow-body'), { timeoutMs: 600 })
    expect(Date.now() - t).toBeLessThan(3000)
    expect(r.kind === 'error' && r.error.code).toBe('timeout')
  })

  it('times out when no headers arrive', async () => {
    const r = await fetchFeed(srv.url('/no-headers'), { timeoutMs: 5000, headersTimeoutMs: 300 })
    expect(r.kind === 'error' && r.error.code).toBe('timeout')
    expect(r.kind === 'error' && r.error.message).toMatch(/seconden/)
  })

  it('caps an endless body while streaming', async () => {
    const r = await fetchFeed(srv.url('/endless'), { maxBytes: 1024 * 1024 })
    expect(r.kind === 'error' && r.error.code).toBe('too_large')
  })

  it('refuses a declared Content-Length above the cap without reading it', async () => {
    const r = await fetchFeed(srv.url('/big-declared'))
    expect(r.kind === 'error' && r.error.code).toBe('too_large')
    expect(r.kind === 'error' && r.error.message).toMatch(/te groot/)
  })

  it('counts the cap after decompression (gzip bomb)', async () => {
    const r = await fetchFeed(srv.url('/bomb'), { maxBytes: 2 * 1024 * 1024 })
    expect(r.kind === 'error' && r.error.code).toBe('too_large')
  })

  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decompresses %s', async (path) => {
    const r = await fetchFeed(srv.url(path))
    expect(r.kind === 'ok' && r.body.toString()).toBe(RSS)
  })

  it('reports corrupt compressed data as an error value', async () => {
    const r = await fetchFeed(srv.url('/corrupt-gzip'))
    expect(r.kind === 'error' && r.error.code).toBe('decompress')
  })

  it('detects a redirect loop', async () => {
    const r = await fetchFeed(srv.url('/loop-a'))
    expect(r.kind === 'error' && r.error.code).toBe('too_many_redirects')
    expect(r.redirects.length).toBeGreaterThanOrEqual(2)
  })

  it('stops after 5 redirects', async () => {
    const r = await fetchFeed(srv.url('/chain-0'))
    expect(r.kind === 'error' && r.error.code).toBe('too_many_redirects')
    expect(r.redirects).toHaveLength(5)
  })

  it('refuses a redirect to ftp:', async () => {
    const r = await fetchFeed(srv.url('/to-ftp'))
    expect(r.kind === 'error' && r.error.code).toBe('bad_redirect')
  })

  it('reports the chain and a permanent move when all hops are 301/308', async () => {
    const r = await fetchFeed(srv.url('/perm1'))
    expect(r.kind).toBe('ok')
    expect(r.redirects.map((h) => h.status)).toEqual([301, 308])
    expect(r.permanentRedirectTo).toBe(srv.url('/feed'))
  })

  it('does not report a permanent move when one hop is temporary', async () => {
    const r = await fetchFeed(srv.url('/temp'))
    expect(r.kind).toBe('ok')
    expect(r.finalUrl).toBe(srv.url('/feed'))
    expect(r.permanentRedirectTo).toBeUndefined()
  })

  it('turns 429 Retry-After in seconds into retryAfterMs', async () => {
    const r = await fetchFeed(srv.url('/busy-seconds'))
    expect(r.kind === 'error' && r.error.code).toBe('http_429')
    expect(r.kind === 'error' && r.retryAfterMs).toBe(120_000)
  })

  it('turns 503 Retry-After as an HTTP date into retryAfterMs', async () => {
    const r = await fetchFeed(srv.url('/busy-date'))
    expect(r.kind === 'error' && r.error.code).toBe('http_5xx')
    const ms = r.kind === 'error' ? (r.retryAfterMs ?? -1) : -1
    // HTTP dates have one-second resolution.
    expect(ms).toBeGreaterThanOrEqual(89_000)
    expect(ms).toBeLessThanOrEqual(90_000)
  })

  it('maps 410 and 403 to Dutch messages', async () => {
    const gone = await fetchFeed(srv.url('/gone'))
    expect(gone.kind === 'error' && gone.error).toMatchObject({ code: 'http_410', httpStatus: 410 })
    expect(gone.kind === 'error' && gone.error.message).toMatch(/bestaat niet meer \(410\)/)
    const forbidden = await fetchFeed(srv.url('/forbidden'))
    expect(forbidden.kind === 'error' && forbidden.error.code).toBe('http_403')
  })

  it('reports a refused connection and a bad URL as values', async () => {
    const closed = await startServer()
    const url = closed.url('/x')
    await closed.close()
    const r = await fetchFeed(url)
    expect(r.kind === 'error' && r.error.code).toBe('refused')
    const bad = await fetchFeed('ftp://example.org/feed')
    expect(bad.kind === 'error' && bad.error.code).toBe('bad_url')
  })

  it('honours an abort signal', async () => {
    const ac = new AbortController()
    const p = fetchFeed(srv.url('/slow-body'), { signal: ac.signal })
    setTimeout(() => ac.abort(), 100)
    const r = await p
    expect(r.kind === 'error' && r.error.code).toBe('aborted')
  })
})

describe('fetch → decode → parse', () => {
  it('reads a feed whose HTTP charset is wrong (windows-1252 bytes labelled utf-8)', async () => {
    const r = await fetchFeed(srv.url('/wrong-charset'))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    const decoded = decodeFeed(r.body, r.contentType)
    const parsed = await tryParseFeed(decoded.text)
    expect(parsed.kind === 'ok' && parsed.feed.title).toBe('Prijs: € 5, “gratis” voor Zoë')
  })

  it('reports an HTML page instead of a feed as not_a_feed', async () => {
    const r = await fetchFeed(srv.url('/html'))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    const parsed = await tryParseFeed(decodeFeed(r.body, r.contentType).text)
    expect(parsed.kind === 'error' && parsed.error.code).toBe('not_a_feed')
  })
})

describe('header parsing', () => {
  it('reads Retry-After as seconds or date, relative to the server clock', () => {
    expect(parseRetryAfter('30')).toBe(30_000)
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', 'Wed, 01 Jan 2025 00:00:00 GMT')).toBe(
      60_000
    )
    expect(parseRetryAfter('soon')).toBeUndefined()
  })
  it('reads max-age before Expires and treats no-cache as zero', () => {
    expect(parseCacheTtl('max-age=300, public', 'Wed, 01 Jan 2025 01:00:00 GMT')).toBe(300_000)
    expect(
      parseCacheTtl(null, 'Wed, 01 Jan 2025 01:00:00 GMT', 'Wed, 01 Jan 2025 00:00:00 GMT')
    ).toBe(3_600_000)
    expect(parseCacheTtl('no-cache', null)).toBe(0)
    expect(parseCacheTtl(null, null)).toBeUndefined()
  })
})
