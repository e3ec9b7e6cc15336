import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  rcpt: string[]
  raw: string
  headers: Record<string, string>
  subject: string
  messageId: string
  /** Decoded text/plain part. */
  text: string
  /** performance.now() when the server accepted the message. */
  acceptedAt: number
}

function decodeQp(s: string): string {
  const bytes: number[] = []
  const src = s.replace(/=\r?\n/g, '')
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '=' && /^[0-9A-F]{2}$/i.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(src[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQp(data.replace(/_/g, ' '))
  )
}

function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
  }
  return out
}

/** The text/plain part of a (possibly multipart) message, decoded. */
function textPart(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/)
  for (const p of parts) {
    const [h, ...rest] = p.split(/\r?\n\r?\n/)
    const headers = parseHeaders(h ?? '')
    if (!(headers['content-type'] ?? '').startsWith('text/plain')) continue
    const body = rest.join('\n\n')
    const enc = (headers['content-transfer-encoding'] ?? '').toLowerCase()
    if (enc === 'quoted-printable') return decodeQp(body)
    if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    return body
  }
  return ''
}

export interface TestSmtp {
  port: number
  mails: ReceivedMail[]
  /** Resolves once `n` mails have arrived (or rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>
  close(): Promise<void>
}

/** SMTP settings for a test server on loopback (no TLS, no login). */
export function loopbackSmtp(port: number): {
  host: string
  port: number
  secure: boolean
  from: string
} {
  return { host: '127.0.0.1', port, secure: false, from: 'uitkijk@almerecollege.test' }
}

/** A free TCP port on 127.0.0.1 (for a server that starts later: "SMTP down, then up"). */
export async function freePort(): Promise<number> {
  const s = net.createServer()
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>((ok) => s.close(() => ok()))
  return port
}

/** A real SMTP server on 127.0.0.1 (no TLS, auth optional) that keeps every accepted mail. */
export async function startSmtp(
  port = 0,
  opts: { holdMs?: number; stallRcptMs?: number } = {}
): Promise<TestSmtp> {
  const mails: ReceivedMail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      cb(null, { user: auth.username })
    },
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_addr, _session, cb) {
      if (opts.stallRcptMs) setTimeout(() => cb(new Error('stalled')), opts.stallRcptMs).unref()
      else cb()
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const finish = (): void => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const headers = parseHeaders(raw.split(/\r?\n\r?\n/)[0] ?? '')
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            rcpt: session.envelope.rcptTo.map((r) => r.address),
            raw,
            headers,
            subject: decodeWords(headers.subject ?? ''),
            messageId: headers['message-id'] ?? '',
            text: textPart(raw),
            acceptedAt: performance.now()
          })
          cb()
          for (const w of waiters.splice(0)) w()
        }
        if (opts.holdMs) setTimeout(finish, opts.holdMs)
        else finish()
      })
    }
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok())
  })
  const actual = (server.server.address() as AddressInfo).port
  return {
    port: actual,
    mails,
    waitFor: (n, timeoutMs = 10_000) =>
      new Promise((ok, fail) => {
        const t0 = Date.now()
        const check = (): void => {
          if (mails.length >= n) return ok(mails)
          if (Date.now() - t0 > timeoutMs)
            return fail(new Error(`waited for ${n} mails, got ${mails.length}`))
          waiters.push(check)
          setTimeout(check, 50)
        }
        check()
      }),
    close: () =>
      new Promise((ok) => {
        // smtp-server waits for open connections; a stalled test connection must not hold the test up
        const t = setTimeout(() => ok(), 1000)
        server.close(() => {
          clearTimeout(t)
          ok()
        })
      })
  }
}

export interface TestHookServer {
  url: string
  received: { path: string; body: unknown }[]
  /** Status to answer with (e.g. 500 to simulate an outage). */
  status: number
  close(): Promise<void>
}

/** A real HTTP receiver on 127.0.0.1 for Teams/Slack webhook posts. */
export async function startHookServer(): Promise<TestHookServer> {
  const state: TestHookServer = {
    url: '',
    received: [],
    status: 200,
    close: async () => {}
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (state.status < 300)
        state.received.push({
          path: req.url ?? '/',
          body: JSON.parse(Buffer.concat(chunks).toString('utf8'))
        })
      res.writeHead(state.status)
      res.end(state.status < 300 ? '1' : 'nee')
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () =>
    new Promise((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    })
  return state
}
