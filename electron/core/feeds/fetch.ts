/**
 * The feed fetcher: our own HTTP client, because a feed reader on the open web needs byte caps that hold after
 * decompression, redirects it can inspect, and timeouts on every phase. Never throws, never hangs.
 */
import http from 'node:http'
import https from 'node:https'
import zlib from 'node:zlib'
import type { IncomingMessage } from 'node:http'
import type { Transform } from 'node:stream'
import { feedError, httpStatusError, networkError } from './errors.ts'
import type { FeedError } from './errors.ts'

export const DEFAULT_USER_AGENT = 'Uitkijk/0.1 (+https://uitkijk.nl; schoolmonitoring)'
export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
export const MAX_REDIRECTS = 5
const MAX_RETRY_AFTER_MS = 7 * 24 * 3600 * 1000

export interface FetchOptions {
  etag?: string | null
  lastModified?: string | null
  /** Whole request, redirects and body included. */
  timeoutMs?: number
  /** Time to open the TCP/TLS connection of one hop. */
  connectTimeoutMs?: number
  /** Time from sending a request to receiving its status line and headers. */
  headersTimeoutMs?: number
  /** Cap on the body, counted after decompression (and on the wire). */
  maxBytes?: number
  userAgent?: string
  maxRedirects?: number
  signal?: AbortSignal
}

export interface RedirectHop {
  from: string
  to: string
  status: number
}

interface Common {
  /** URL the final answer came from. */
  finalUrl: string
  redirects: RedirectHop[]
  /** Set when there were redirects and all of them were permanent (301/308): the caller may move the source. */
  permanentRedirectTo?: string
}

export type FetchResult =
  | (Common & {
      kind: 'ok'
      status: number
      body: Buffer
      contentType: string | null
      etag: string | null
      lastModified: string | null
      cacheTtlMs?: number
    })
  | (Common & {
      kind: 'not_modified'
      status: 304
      etag: string | null
      lastModified: string | null
      cacheTtlMs?: number
    })
  | (Common & { kind: 'error'; error: FeedError; retryAfterMs?: number })

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5'

function header(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name]
  if (value === undefined) return null
  return Array.isArray(value) ? value.join(', ') : value
}

/**
 * Parse a Retry-After header (delta seconds or an HTTP date) into milliseconds from now.
 * `serverDate` (the Date header) corrects for a server clock that differs from ours.
 */
export function parseRetryAfter(
  value: string | null,
  serverDate?: string | null,
  now = Date.now()
): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  const ref = serverDate ? Date.parse(serverDate) : NaN
  const base = Number.isNaN(ref) ? now : ref
  return Math.min(Math.max(0, at - base), MAX_RETRY_AFTER_MS)
}

/** Freshness lifetime from Cache-Control max-age, else Expires (relative to the Date header when present). */
export function parseCacheTtl(
  cacheControl: string | null,
  expires: string | null,
  serverDate?: string | null,
  now = Date.now()
): number | undefined {
  if (cacheControl) {
    const directives = cacheControl.toLowerCase()
    if (/(^|[,\s])(no-store|no-cache)([,\s=]|$)/.test(directives)) return 0
    const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(directives)
    if (m) return Number(m[1]) * 1000
  }
  if (expires) {
    const at = Date.parse(expires)
    if (Number.isNaN(at)) return 0
    const ref = serverDate ? Date.parse(serverDate) : NaN
    return Math.max(0, at - (Number.isNaN(ref) ? now : ref))
  }
  return undefined
}

function decompressorFor(encoding: string | null, firstByte: number | undefined): Transform | null {
  const enc = (encoding ?? '').trim().toLowerCase()
  // Some servers send raw deflate under the 'deflate' label; a zlib stream starts with 0x78.
  if (enc === 'gzip' || enc === 'x-gzip') return zlib.createGunzip()
  if (enc === 'deflate') return firstByte === 0x78 ? zlib.createInflate() : zlib.createInflateRaw()
  if (enc === 'br') return zlib.createBrotliDecompress()
  return null
}

/**
 * Fetch a feed with conditional GET, a streamed byte cap (also after decompression), hand-followed redirects
 * (at most 5, http/https only, loop detection), Retry-After and cache headers. Never throws and never hangs.
 */
export async function fetchFeed(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const deadline = Date.now() + timeoutMs
  const maxRedirects = opts.maxRedirects ?? MAX_REDIRECTS
  const redirects: RedirectHop[] = []
  const visited = new Set<string>()
  let allPermanent = true
  let current = url

  const common = (): Common => {
    const c: Common = { finalUrl: current, redirects: [...redirects] }
    if (redirects.length > 0 && allPermanent) c.permanentRedirectTo = current
    return c
  }
  const fail = (error: FeedError, retryAfterMs?: number): FetchResult => {
    const r: FetchResult = { ...common(), kind: 'error', error }
    if (retryAfterMs !== undefined) r.retryAfterMs = retryAfterMs
    return r
  }

  for (;;) {
    let parsed: URL
    try {
      parsed = new URL(current)
    } catch {
      return fail(
        feedError(redirects.length ? 'bad_redirect' : 'bad_url', `Invalid URL: ${current}`)
      )
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return fail(
        feedError(
          redirects.length ? 'bad_redirect' : 'bad_url',
          `Unsupported protocol ${parsed.protocol} in ${current}`
        )
      )
    }
    visited.add(parsed.href)
    const hop = await requestOnce(parsed, opts, deadline, timeoutMs)
    if (hop.kind === 'error') return fail(hop.error)
    const { res } = hop
    const status = res.statusCode ?? 0
    const location = header(res, 'location')
    if (status >= 300 && status < 400 && status !== 304 && location) {
      res.resume()
      let next: URL
      try {
        next = new URL(location, parsed)
      } catch {
        return fail(
          feedError('bad_redirect', `HTTP ${status} to invalid Location: ${location}`, {
            httpStatus: status
          })
        )
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return fail(
          feedError('bad_redirect', `HTTP ${status} to ${next.href}`, { httpStatus: status })
        )
      }
      if (visited.has(next.href)) {
        redirects.push({ from: current, to: next.href, status })
        return fail(
          feedError('too_many_redirects', `Redirect loop back to ${next.href}`, {
            httpStatus: status
          })
        )
      }
      if (redirects.length >= maxRedirects) {
        return fail(
          feedError(
            'too_many_redirects',
            `More than ${maxRedirects} redirects, last to ${next.href}`,
            {
              httpStatus: status
            }
          )
        )
      }
      redirects.push({ from: current, to: next.href, status })
      if (status !== 301 && status !== 308) allPermanent = false
      current = next.href
      continue
    }

    const serverDate = header(res, 'date')
    const cacheTtlMs = parseCacheTtl(
      header(res, 'cache-control'),
      header(res, 'expires'),
      serverDate
    )
    if (status === 304) {
      res.resume()
      const r: FetchResult = {
        ...common(),
        kind: 'not_modified',
        status: 304,
        etag: header(res, 'etag') ?? opts.etag ?? null,
        lastModified: header(res, 'last-modified') ?? opts.lastModified ?? null
      }
      if (cacheTtlMs !== undefined) r.cacheTtlMs = cacheTtlMs
      return r
    }
    if (status < 200 || status >= 300) {
      res.resume()
      const retryAfterMs =
        status === 429 || status === 503
          ? parseRetryAfter(header(res, 'retry-after'), serverDate)
          : undefined
      return fail(httpStatusError(status, res.statusMessage ?? ''), retryAfterMs)
    }

    const body = await readBody(res, hop.abort, opts, deadline, timeoutMs)
    if (body.kind === 'error') return fail(body.error)
    const r: FetchResult = {
      ...common(),
      kind: 'ok',
      status,
      body: body.body,
      contentType: header(res, 'content-type'),
      etag: header(res, 'etag'),
      lastModified: header(res, 'last-modified')
    }
    if (cacheTtlMs !== undefined) r.cacheTtlMs = cacheTtlMs
    return r
  }
}

type HopResult =
  | { kind: 'ok'; res: IncomingMessage; abort: (e: FeedError) => void }
  | { kind: 'error'; error: FeedError }

/** Send one request and wait for its headers, under connect, headers and overall deadlines. */
function requestOnce(
  url: URL,
  opts: FetchOptions,
  deadline: number,
  timeoutMs: number
): Promise<HopResult> {
  return new Promise((resolve) => {
    let done = false
    const timers: NodeJS.Timeout[] = []
    const finish = (r: HopResult) => {
      if (done) return
      done = true
      for (const t of timers) clearTimeout(t)
      opts.signal?.removeEventListener('abort', onAbort)
      resolve(r)
    }
    if (opts.signal?.aborted)
      return finish({ kind: 'error', error: feedError('aborted', 'Aborted before request') })

    const headers: Record<string, string> = {
      'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br'
    }
    if (opts.etag) headers['if-none-match'] = opts.etag
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified
    const lib = url.protocol === 'https:' ? https : http
    let req: http.ClientRequest
    try {
      req = lib.request(url, { method: 'GET', headers })
    } catch (err) {
      return finish({ kind: 'error', error: networkError(err) })
    }
    const abortWith = (error: FeedError) => {
      finish({ kind: 'error', error })
      req.destroy()
    }
    function onAbort() {
      abortWith(feedError('aborted', 'Aborted by caller'))
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })

    const remaining = Math.max(0, deadline - Date.now())
    const connectMs = Math.min(opts.connectTimeoutMs ?? 10_000, remaining)
    const headersMs = Math.min(opts.headersTimeoutMs ?? 20_000, remaining)
    timers.push(
      setTimeout(
        () =>
          abortWith(
            feedError('timeout', `No response headers within ${headersMs} ms`, { timeoutMs })
          ),
        headersMs
      )
    )
    req.on('socket', (socket) => {
      if (!socket.connecting) return
      const t = setTimeout(
        () =>
          abortWith(
            feedError('timeout', `No connection within ${connectMs} ms`, { timeoutMs: connectMs })
          ),
        connectMs
      )
      timers.push(t)
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(t))
    })
    req.on('error', (err) => finish({ kind: 'error', error: networkError(err, timeoutMs) }))
    req.on('response', (res) => {
      finish({
        kind: 'ok',
        res,
        abort: () => req.destroy()
      })
    })
    req.end()
  })
}

type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'error'; error: FeedError }

/** Read the body through the right decompressor, stopping at maxBytes or the overall deadline. */
function readBody(
  res: IncomingMessage,
  destroyRequest: (e: FeedError) => void,
  opts: FetchOptions,
  deadline: number,
  timeoutMs: number
): Promise<BodyResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  return new Promise((resolve) => {
    let done = false
    let decoder: Transform | null = null
    const chunks: Buffer[] = []
    let wireBytes = 0
    let bodyBytes = 0
    let decided = false
    const finish = (r: BodyResult) => {
      if (done) return
      done = true
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onAbort)
      if (r.kind === 'error') {
        chunks.length = 0
        decoder?.destroy()
        res.destroy()
        destroyRequest(r.error)
      }
      resolve(r)
    }
    const timer = setTimeout(
      () =>
        finish({
          kind: 'error',
          error: feedError('timeout', `Body not complete within ${timeoutMs} ms`, { timeoutMs })
        }),
      Math.max(0, deadline - Date.now())
    )
    function onAbort() {
      finish({
        kind: 'error',
        error: feedError('aborted', 'Aborted by caller while reading the body')
      })
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true })

    const tooLarge = (what: string) =>
      finish({
        kind: 'error',
        error: feedError('too_large', `${what} exceeds ${maxBytes} bytes`, { maxBytes })
      })
    const declared = Number(res.headers['content-length'])
    if (!res.headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
      return tooLarge(`Content-Length ${declared}`)
    }

    const onBodyData = (chunk: Buffer) => {
      if (done) return
      bodyBytes += chunk.length
      if (bodyBytes > maxBytes) return tooLarge('Decoded body')
      chunks.push(chunk)
    }
    const onEnd = () => finish({ kind: 'ok', body: Buffer.concat(chunks, bodyBytes) })
    const onError = (err: unknown) => finish({ kind: 'error', error: networkError(err, timeoutMs) })

    res.on('error', onError)
    res.on('aborted', () =>
      onError(Object.assign(new Error('Response aborted'), { code: 'ECONNRESET' }))
    )
    res.on('data', (chunk: Buffer) => {
      if (done) return
      wireBytes += chunk.length
      // The wire is also capped: a compressed stream that never ends must not run to the deadline.
      if (wireBytes > maxBytes) return tooLarge('Compressed body')
      if (!decided) {
        decided = true
        decoder = decompressorFor(header(res, 'content-encoding'), chunk[0])
        if (decoder) {
          decoder.on('data', onBodyData)
          decoder.on('end', onEnd)
          decoder.on('error', onError)
        }
      }
      if (decoder) decoder.write(chunk)
      else onBodyData(chunk)
    })
    res.on('end', () => {
      if (done) return
      if (decoder) decoder.end()
      else onEnd()
    })
  })
}
