/**
 * The headless host: the engine's API as JSON over HTTP (POST /api/<method>), its events as Server-Sent Events
 * (GET /api/events), and the built dashboard as static files. Every /api call needs the bearer token. Binds to
 * 127.0.0.1 unless told otherwise.
 */
import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { ApiError, isApiMethod, parseInput } from '../shared/api'
import type { ApiErrorBody, ApiHandlers, ApiMethod, EngineEvent } from '../shared/api'
import { CONTENT_SECURITY_POLICY } from '../shared/security'

export interface HttpHostOptions {
  api: ApiHandlers
  subscribe: (fn: (e: EngineEvent) => void) => () => void
  token: string
  host?: string
  port?: number
  /** Folder with the built renderer (index.html). */
  staticDir?: string
  log?: (msg: string) => void
}

export interface HttpHost {
  url: string
  port: number
  /** The URL a user opens: the token travels in the fragment, which browsers never send to the server. */
  dashboardUrl: string
  close(): Promise<void>
}

const MAX_BODY = 1024 * 1024
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/** A fresh random token for a headless session. */
export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const auth = req.headers.authorization ?? ''
  const given = auth.startsWith('Bearer ') ? auth.slice(7) : ''
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(data)
}

function sendError(res: ServerResponse, status: number, error: ApiErrorBody['error']): void {
  sendJson(res, status, { error } satisfies ApiErrorBody)
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new ApiError('invalid_input', 'Het verzoek is te groot.')
    chunks.push(chunk as Buffer)
  }
  if (size === 0) return {}
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch {
    throw new ApiError('invalid_input', 'Het verzoek is geen geldige JSON.')
  }
}

const STATUS: Record<ApiErrorBody['error']['code'], number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  internal: 500
}

/** Starts the headless host. Resolves once it listens. */
export async function startHttpHost(o: HttpHostOptions): Promise<HttpHost> {
  const host = o.host ?? '127.0.0.1'
  const staticRoot = o.staticDir ? resolve(o.staticDir) : null
  const clients = new Set<ServerResponse>()

  const callApi = async (method: ApiMethod, raw: unknown): Promise<unknown> => {
    const input = parseInput(method, raw)
    const handler = o.api[method] as (i: unknown) => Promise<unknown>
    return handler(input)
  }

  const server = http.createServer((req, res) => {
    securityHeaders(res)
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/api/health') return sendJson(res, 200, { ok: true })
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(req, o.token))
        return sendError(res, 401, { code: 'invalid_input', message: 'Toegangscode ontbreekt of is onjuist.' })
      if (url.pathname === '/api/events' && req.method === 'GET') return openEvents(req, res)
      const method = url.pathname.slice(5)
      if (req.method !== 'POST' || !isApiMethod(method))
        return sendError(res, 404, { code: 'not_found', message: 'Onbekende API-methode.' })
      readBody(req)
        .then((raw) => callApi(method, raw))
        .then((result) => sendJson(res, 200, result))
        .catch((err: unknown) => {
          if (err instanceof ApiError)
            return sendError(res, STATUS[err.code], { code: err.code, message: err.message, issues: err.issues })
          o.log?.(`api ${method}: ${(err as Error).stack ?? String(err)}`)
          sendError(res, 500, { code: 'internal', message: 'Er ging iets mis in Uitkijk. Probeer het opnieuw.' })
        })
      return
    }
    serveStatic(url.pathname, res)
  })

  const openEvents = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    })
    res.write(`data: ${JSON.stringify({ type: 'connected' })}\n\n`)
    clients.add(res)
    const unsubscribe = o.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`))
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000)
    req.on('close', () => {
      clearInterval(ping)
      unsubscribe()
      clients.delete(res)
    })
  }

  const serveStatic = (pathname: string, res: ServerResponse): void => {
    if (!staticRoot || !existsSync(join(staticRoot, 'index.html'))) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Het dashboard is nog niet gebouwd. Voer eerst `npm run build` uit.')
      return
    }
    let file = normalize(join(staticRoot, decodeURIComponent(pathname)))
    if (!file.startsWith(staticRoot + sep) && file !== staticRoot) {
      res.writeHead(403)
      res.end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html')
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600'
    })
    createReadStream(file).pipe(res)
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(o.port ?? 0, host, () => ok())
  })
  const port = (server.address() as AddressInfo).port
  const shownHost = host.includes(':') ? `[${host}]` : host
  const base = `http://${shownHost}:${port}`
  return {
    url: base,
    port,
    dashboardUrl: `${base}/#token=${o.token}`,
    close: () =>
      new Promise<void>((done) => {
        for (const c of clients) c.end()
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
