import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestFeedServer {
  url: string
  /** Replace what a path serves (status, headers, body). */
  set(path: string, r: { status?: number; headers?: Record<string, string>; body: string | Buffer }): void
  hits(path: string): number
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 that serves whatever the test sets, with ETag-based 304s. */
export async function startFeedServer(): Promise<TestFeedServer> {
  const routes = new Map<string, { status?: number; headers?: Record<string, string>; body: string | Buffer }>()
  const counts = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const r = routes.get(path)
    if (!r) {
      res.writeHead(404)
      res.end('not found')
      return
    }
    const etag = r.headers?.ETag
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag })
      res.end()
      return
    }
    res.writeHead(r.status ?? 200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ...r.headers })
    res.end(r.body)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    set: (p, r) => routes.set(p, r),
    hits: (p) => counts.get(p) ?? 0,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      })
  }
}

/** A small RSS 2.0 feed with the given items. */
export function rss(
  items: { guid: string; title: string; text: string; date?: string; comments?: string; author?: string }[],
  title = 'Testfeed'
): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${esc(title)}</title><link>https://example.org/</link><description>t</description>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title><guid isPermaLink="false">${esc(i.guid)}</guid>
<link>https://example.org/${encodeURIComponent(i.guid)}</link><description>${esc(i.text)}</description>
<pubDate>${new Date(i.date ?? '2026-11-20T10:00:00Z').toUTCString()}</pubDate>
${i.comments ? `<wfw:commentRss>${esc(i.comments)}</wfw:commentRss>` : ''}${i.author ? `<dc:creator>${esc(i.author)}</dc:creator>` : ''}</item>`
  )
  .join('\n')}
</channel></rss>`
}
