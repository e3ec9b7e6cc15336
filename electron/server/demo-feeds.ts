/**
 * The demo's own little internet: fictional Dutch feeds for "Almere College" served on 127.0.0.1, released over
 * time from resources/demo/script.json so the dashboard fills at once and keeps changing (including one comment
 * thread that derails). Everything a response holds is a pure function of the clock, so restarts and repeated
 * polls are reproducible and ETags are stable.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { z } from 'zod'

const idText = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'alleen kleine letters, cijfers en -')

const feedSchema = z.object({
  id: idText,
  name: z.string().min(1),
  kind: z.enum(['own', 'mention']),
  format: z.enum(['rss', 'atom']),
  title: z.string().min(1),
  link: z.string().url()
})

const postSchema = z.object({
  id: idText,
  feed: idText,
  at: z.number().min(0),
  /** Seconds before its release that the post was published: backdates the initial fill. */
  ago: z.number().min(0).optional(),
  title: z.string().min(1),
  html: z.string().min(1),
  author: z.string().min(1),
  media: z.enum(['image', 'video']).optional(),
  comments: idText.optional()
})

const commentSchema = z.object({
  id: idText,
  at: z.number().min(0),
  ago: z.number().min(0).optional(),
  author: z.string().min(1),
  text: z.string().min(1)
})

const threadSchema = z.object({
  id: idText,
  postId: idText,
  comments: z.array(commentSchema).min(1)
})

const templateSchema = postSchema.omit({ id: true, at: true, ago: true, comments: true })

const scriptSchema = z.object({
  feeds: z.array(feedSchema).min(1),
  posts: z.array(postSchema).min(1),
  threads: z.array(threadSchema),
  loop: z.object({ minSeconds: z.number().positive(), maxSeconds: z.number().positive() }),
  fillers: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  templates: z.array(templateSchema).min(1)
})

export type DemoScript = z.infer<typeof scriptSchema>
export type DemoFeed = DemoScript['feeds'][number]
export type DemoPost = DemoScript['posts'][number]
export type DemoThread = DemoScript['threads'][number]

export interface DemoFeeds {
  baseUrl: string
  feeds: { id: string; name: string; kind: 'own' | 'mention'; url: string }[]
  close(): Promise<void>
}

export interface DemoFeedsOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Epoch ms of the demo's start; defaults to now(). */
  startedAt?: number
  now?: () => number
  /** Script seconds per real second; 2 plays the demo twice as fast. */
  speed?: number
  /** Keep adding template posts after the script ends. */
  loop?: boolean
  /** Script to serve instead of resources/demo/script.json (tests). */
  script?: DemoScript
}

/** Newest items per feed: real feeds are capped too, and it keeps a long-running loop's feeds small. */
const MAX_ITEMS = 50
const GUID_PREFIX = 'uitkijk-demo'
// A 4×3 grey PNG: photo enclosures need a real body, and the demo ships no photos.
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEUlEQVR42mPYsOMAHDHg5AAA+AYZ4bTI5+8AAAAASUVORK5CYII=',
  'base64'
)

/**
 * Locate resources/demo/script.json: $UITKIJK_RESOURCES/demo first, else the nearest `resources/demo` walking up
 * from this module (works from the repo and from a build output folder).
 */
export function findDemoScriptPath(from: string = import.meta.dirname ?? process.cwd()): string {
  const env = process.env.UITKIJK_RESOURCES
  if (env) {
    const p = join(env, 'demo', 'script.json')
    if (existsSync(p)) return p
  }
  let dir = from
  for (;;) {
    const p = join(dir, 'resources', 'demo', 'script.json')
    if (existsSync(p)) return p
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  throw new Error(
    'De demo-inhoud (resources/demo/script.json) is niet gevonden. Start de demo vanuit de projectmap of zet ' +
      'UITKIJK_RESOURCES op de map met resources.'
  )
}

/**
 * Problems in a parsed script that the schema cannot see (unknown feeds, duplicate ids, comments before their
 * post), as plain Dutch sentences. Empty when the script is usable.
 */
export function checkDemoScript(s: DemoScript): string[] {
  const problems: string[] = []
  const feeds = new Set(s.feeds.map((f) => f.id))
  const seen = new Set<string>()
  const unique = (id: string): void => {
    if (seen.has(id)) problems.push(`Id "${id}" komt meer dan eens voor.`)
    seen.add(id)
  }
  s.feeds.forEach((f) => unique(f.id))
  const posts = new Map(s.posts.map((p) => [p.id, p]))
  const threads = new Map(s.threads.map((t) => [t.id, t]))
  for (const p of s.posts) {
    unique(p.id)
    if (!feeds.has(p.feed)) problems.push(`Bericht "${p.id}" hoort bij onbekende feed "${p.feed}".`)
    if (p.comments && threads.get(p.comments)?.postId !== p.id)
      problems.push(
        `Bericht "${p.id}" verwijst naar reactiedraad "${p.comments}", die niet bij dit bericht hoort.`
      )
  }
  for (const t of s.threads) {
    unique(t.id)
    const post = posts.get(t.postId)
    if (!post) problems.push(`Reactiedraad "${t.id}" hoort bij onbekend bericht "${t.postId}".`)
    else if (post.comments !== t.id)
      problems.push(`Bericht "${t.postId}" noemt reactiedraad "${t.id}" niet.`)
    let last = -Infinity
    for (const c of t.comments) {
      unique(c.id)
      if (post && c.at < post.at)
        problems.push(`Reactie "${c.id}" verschijnt vóór het bericht zelf.`)
      if (c.at < last) problems.push(`Reactie "${c.id}" staat niet op tijdsvolgorde.`)
      last = c.at
    }
  }
  for (const t of s.templates) {
    if (!feeds.has(t.feed))
      problems.push(`Sjabloon "${t.title}" hoort bij onbekende feed "${t.feed}".`)
  }
  if (s.loop.maxSeconds < s.loop.minSeconds)
    problems.push('loop.maxSeconds is kleiner dan loop.minSeconds.')
  return problems
}

/** Read, validate and check a demo script; throws an Error with a Dutch message naming the problem. */
export function loadDemoScript(path: string = findDemoScriptPath()): DemoScript {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new Error(`De demo-inhoud in ${path} is niet te lezen: ${(err as Error).message}`)
  }
  const parsed = scriptSchema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new Error(
      `De demo-inhoud in ${path} klopt niet bij ${first.path.join('.')}: ${first.message}`
    )
  }
  const problems = checkDemoScript(parsed.data)
  if (problems.length > 0)
    throw new Error(`De demo-inhoud in ${path} klopt niet: ${problems.join(' ')}`)
  return parsed.data
}

/** One post as served: script post or loop post, with its moment of release and of (apparent) publication. */
interface Live {
  post: DemoPost
  guid: string
  releasedMs: number
  publishedMs: number
}

/** Releases script content against the clock. Pure: every answer follows from (script, startedAt, speed, now). */
class Timeline {
  private readonly lastAt: number

  constructor(
    readonly script: DemoScript,
    readonly startedAt: number,
    readonly speed: number,
    readonly loop: boolean
  ) {
    const ats = [
      ...script.posts.map((p) => p.at),
      ...script.threads.flatMap((t) => t.comments.map((c) => c.at))
    ]
    this.lastAt = Math.max(0, ...ats)
  }

  releaseMs(at: number): number {
    return this.startedAt + (at * 1000) / this.speed
  }

  released(at: number, now: number): boolean {
    return now - this.startedAt >= (at * 1000) / this.speed
  }

  private live(post: DemoPost, guid: string): Live {
    const releasedMs = this.releaseMs(post.at)
    return { post, guid, releasedMs, publishedMs: releasedMs - (post.ago ?? 0) * 1000 }
  }

  /** Loop post n (1-based): deterministic template, fillers and gap, so the same n is the same post. */
  loopPost(n: number, at: number): Live {
    const s = this.script
    const t = s.templates[(n - 1) % s.templates.length]
    const fill = (text: string): string =>
      text.replace(/\{(\w+)\}/g, (whole, key: string) => {
        const list = s.fillers[key]
        if (!list) return whole
        return list[(n * 7 + key.length * 3) % list.length]
      })
    // The start time in the id keeps loop guids new across restarts (the engine keeps seen guids for good).
    const id = `loop-${this.startedAt}-${n}`
    const post: DemoPost = { ...t, id, at, title: fill(t.title), html: fill(t.html) }
    return this.live(post, `${GUID_PREFIX}:${post.feed}:${id}`)
  }

  /**
   * Loop posts released by `now`, oldest first, only the newest `max` that `keep` accepts: the gaps are cheap
   * to walk, building posts is not, and a week-long demo has thousands of them.
   */
  loopPosts(now: number, keep: (n: number) => boolean = () => true, max = Infinity): Live[] {
    if (!this.loop) return []
    const hits: [number, number][] = []
    const { minSeconds, maxSeconds } = this.script.loop
    const span = Math.floor(maxSeconds - minSeconds) + 1
    let at = this.lastAt
    for (let n = 1; ; n++) {
      at += minSeconds + ((n * 13 + 5) % span)
      if (!this.released(at, now)) break
      if (keep(n)) hits.push([n, at])
    }
    return hits.slice(Math.max(0, hits.length - max)).map(([n, a]) => this.loopPost(n, a))
  }

  private templateFeed(n: number): string {
    return this.script.templates[(n - 1) % this.script.templates.length].feed
  }

  /** Every released post (script and loop) of one feed, newest first, capped. */
  posts(feedId: string, now: number): Live[] {
    const script = this.script.posts
      .filter((p) => p.feed === feedId && this.released(p.at, now))
      .map((p) => this.live(p, `${GUID_PREFIX}:${p.feed}:${p.id}`))
    const loop = this.loopPosts(now, (n) => this.templateFeed(n) === feedId, MAX_ITEMS)
    return [...script, ...loop]
      .sort((a, b) => b.publishedMs - a.publishedMs || b.releasedMs - a.releasedMs)
      .slice(0, MAX_ITEMS)
  }

  post(id: string, now: number): Live | null {
    const p = this.script.posts.find((x) => x.id === id)
    if (p) return this.released(p.at, now) ? this.live(p, `${GUID_PREFIX}:${p.feed}:${p.id}`) : null
    const m = /^loop-(.+)-(\d+)$/.exec(id)
    if (!m || m[1] !== String(this.startedAt)) return null
    return this.loopPosts(now, (n) => n === Number(m[2]))[0] ?? null
  }

  thread(id: string): DemoThread | null {
    return this.script.threads.find((t) => t.id === id) ?? null
  }

  /** Released comments of a thread, oldest first, with release and publication times. */
  comments(
    thread: DemoThread,
    now: number
  ): { c: DemoThread['comments'][number]; releasedMs: number; publishedMs: number }[] {
    return thread.comments
      .filter((c) => this.released(c.at, now))
      .map((c) => {
        const releasedMs = this.releaseMs(c.at)
        return { c, releasedMs, publishedMs: releasedMs - (c.ago ?? 0) * 1000 }
      })
  }
}

/** Escape text for XML element content and attribute values, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const el = (name: string, text: string): string => `<${name}>${xmlEscape(text)}</${name}>`

interface Rendered {
  body: string
  type: string
  lastModifiedMs: number
}

function renderRss(
  tl: Timeline,
  base: string,
  feed: { title: string; link: string; selfUrl: string; description: string },
  items: string[],
  lastModifiedMs: number
): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" ' +
    'xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n' +
    el('title', feed.title) +
    el('link', feed.link) +
    el('description', feed.description) +
    `<atom:link href="${xmlEscape(feed.selfUrl)}" rel="self" type="application/rss+xml"/>` +
    el('language', 'nl') +
    el('lastBuildDate', new Date(lastModifiedMs).toUTCString()) +
    el('generator', `Uitkijk demo (${base}, start ${new Date(tl.startedAt).toISOString()})`) +
    '\n' +
    items.join('\n') +
    '\n</channel>\n</rss>\n'
  )
}

function withBase(html: string, base: string): string {
  return html.replaceAll('{base}', base)
}

function enclosureUrl(base: string, post: DemoPost): string | null {
  if (!post.media) return null
  return `${base}/media/${post.id}.${post.media === 'image' ? 'png' : 'mp4'}`
}

/** RSS 2.0 or Atom for one feed at `now`. */
function renderFeed(tl: Timeline, base: string, feed: DemoFeed, now: number): Rendered {
  const live = tl.posts(feed.id, now)
  let lastModifiedMs = tl.startedAt
  const selfUrl = `${base}/feeds/${feed.id}.xml`
  const entries = live.map((l) => {
    const p = l.post
    lastModifiedMs = Math.max(lastModifiedMs, l.releasedMs)
    const link = `${base}/p/${p.id}`
    const html = withBase(p.html, base)
    const media = enclosureUrl(base, p)
    const mediaType = p.media === 'image' ? 'image/png' : 'video/mp4'
    const thread = p.comments ? tl.thread(p.comments) : null
    const comments = thread ? tl.comments(thread, now) : []
    for (const c of comments) lastModifiedMs = Math.max(lastModifiedMs, c.releasedMs)
    if (feed.format === 'atom') {
      return (
        '<entry>' +
        el('id', l.guid) +
        `<title type="text">${xmlEscape(p.title)}</title>` +
        `<link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>` +
        el('published', new Date(l.publishedMs).toISOString()) +
        el('updated', new Date(l.publishedMs).toISOString()) +
        `<author>${el('name', p.author)}</author>` +
        `<content type="html">${xmlEscape(html)}</content>` +
        (media ? `<link rel="enclosure" type="${mediaType}" href="${xmlEscape(media)}"/>` : '') +
        (thread
          ? `<link rel="replies" type="application/rss+xml" href="${xmlEscape(`${base}/comments/${thread.id}.xml`)}"/>`
          : '') +
        '</entry>'
      )
    }
    return (
      '<item>' +
      el('title', p.title) +
      el('link', link) +
      `<guid isPermaLink="false">${xmlEscape(l.guid)}</guid>` +
      el('pubDate', new Date(l.publishedMs).toUTCString()) +
      el('dc:creator', p.author) +
      el('description', html) +
      (thread
        ? el('comments', `${link}#reacties`) +
          el('wfw:commentRss', `${base}/comments/${thread.id}.xml`) +
          el('slash:comments', String(comments.length))
        : '') +
      (media
        ? `<enclosure url="${xmlEscape(media)}" type="${mediaType}"` +
          (p.media === 'image' ? ` length="${PLACEHOLDER_PNG.length}"` : '') +
          '/>'
        : '') +
      '</item>'
    )
  })
  if (feed.format === 'atom') {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">\n' +
      el('id', `${GUID_PREFIX}:feed:${feed.id}`) +
      `<title type="text">${xmlEscape(feed.title)}</title>` +
      el('updated', new Date(lastModifiedMs).toISOString()) +
      `<link rel="self" type="application/atom+xml" href="${xmlEscape(selfUrl)}"/>` +
      `<link rel="alternate" type="text/html" href="${xmlEscape(feed.link)}"/>` +
      el('generator', 'Uitkijk demo') +
      '\n' +
      entries.join('\n') +
      '\n</feed>\n'
    return { body, type: 'application/atom+xml; charset=utf-8', lastModifiedMs }
  }
  const body = renderRss(
    tl,
    base,
    { ...feed, selfUrl, description: feed.name },
    entries,
    lastModifiedMs
  )
  return { body, type: 'application/rss+xml; charset=utf-8', lastModifiedMs }
}

/** The released comments of a thread as RSS, newest first (as WordPress serves comment feeds). */
function renderComments(
  tl: Timeline,
  base: string,
  thread: DemoThread,
  now: number
): Rendered | null {
  const post = tl.post(thread.postId, now)
  if (!post) return null
  const link = `${base}/p/${post.post.id}`
  const comments = tl.comments(thread, now)
  const lastModifiedMs = Math.max(post.releasedMs, ...comments.map((c) => c.releasedMs))
  const items = comments
    .reverse()
    .map(({ c, publishedMs }) =>
      [
        '<item>',
        el('title', `Reactie van ${c.author}`),
        el('link', `${link}#${c.id}`),
        `<guid isPermaLink="false">${xmlEscape(`${GUID_PREFIX}:comment:${c.id}`)}</guid>`,
        el('pubDate', new Date(publishedMs).toUTCString()),
        el('dc:creator', c.author),
        el('description', c.text),
        '</item>'
      ].join('')
    )
  const body = renderRss(
    tl,
    base,
    {
      title: `Reacties op: ${post.post.title}`,
      link,
      selfUrl: `${base}/comments/${thread.id}.xml`,
      description: `Reacties op "${post.post.title}"`
    },
    items,
    lastModifiedMs
  )
  return { body, type: 'application/rss+xml; charset=utf-8', lastModifiedMs }
}

/** A plain page per post, so links in the dashboard open something real without internet. */
function renderPage(tl: Timeline, base: string, id: string, now: number): Rendered | null {
  const live = tl.post(id, now)
  if (!live) return null
  const p = live.post
  const thread = p.comments ? tl.thread(p.comments) : null
  const comments = thread ? tl.comments(thread, now) : []
  const list = comments
    .map(
      ({ c }) =>
        `<li id="${xmlEscape(c.id)}"><b>${xmlEscape(c.author)}</b>: ${xmlEscape(c.text)}</li>`
    )
    .join('\n')
  const body =
    `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>${xmlEscape(p.title)}</title></head>` +
    `<body><p><small>Fictief demobericht (Uitkijk) – ${xmlEscape(p.author)}, ` +
    `${new Date(live.publishedMs).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}</small></p>` +
    `<h1>${xmlEscape(p.title)}</h1>${withBase(p.html, base)}` +
    (thread ? `<h2 id="reacties">Reacties (${comments.length})</h2><ul>${list}</ul>` : '') +
    '</body></html>\n'
  return {
    body,
    type: 'text/html; charset=utf-8',
    lastModifiedMs: Math.max(live.releasedMs, ...comments.map((c) => c.releasedMs))
  }
}

function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
}

/** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); weak comparison, `*` matches anything. */
function notModified(req: IncomingMessage, etag: string, lastModifiedMs: number): boolean {
  const inm = req.headers['if-none-match']
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''))
    return tags.includes('*') || tags.includes(etag)
  }
  const ims = req.headers['if-modified-since']
  if (ims !== undefined) {
    const since = Date.parse(ims)
    // HTTP dates have whole seconds; a change later within the same second is only caught by the ETag.
    return !Number.isNaN(since) && Math.floor(lastModifiedMs / 1000) * 1000 <= since
  }
  return false
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  r: Rendered | { body: Buffer; type: string; lastModifiedMs: number }
): void {
  const etag = etagOf(r.body)
  const headers = {
    ETag: etag,
    'Last-Modified': new Date(r.lastModifiedMs).toUTCString(),
    'Cache-Control': 'no-cache'
  }
  if (notModified(req, etag, r.lastModifiedMs)) {
    res.writeHead(304, headers).end()
    return
  }
  const bytes = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body
  res.writeHead(200, { ...headers, 'Content-Type': r.type, 'Content-Length': bytes.length })
  res.end(req.method === 'HEAD' ? undefined : bytes)
}

function plain(res: ServerResponse, status: number, text: string): void {
  res
    .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' })
    .end(text)
}

function renderIndex(script: DemoScript, base: string, startedAt: number): Rendered {
  const rows = script.feeds
    .map(
      (f) =>
        `<li><a href="${xmlEscape(`${base}/feeds/${f.id}.xml`)}">${xmlEscape(f.name)}</a> (${f.kind})</li>`
    )
    .join('\n')
  return {
    body: `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Uitkijk demo-feeds</title></head><body><h1>Uitkijk demo-feeds</h1><p>Fictieve bronnen voor de demo.</p><ul>\n${rows}\n</ul></body></html>\n`,
    type: 'text/html; charset=utf-8',
    lastModifiedMs: startedAt
  }
}

/**
 * Start the demo feed server on 127.0.0.1. GET /feeds/<id>.xml (RSS or Atom), /comments/<thread>.xml (RSS),
 * /p/<post> (HTML page), /media/<post>.png (placeholder). Content appears as the script's `at` seconds pass
 * (divided by `speed`); with `loop` new template posts keep coming every loop.minSeconds–maxSeconds after the
 * script ends. Rejects with a Dutch message when the script is invalid or the port is taken.
 */
export async function startDemoFeeds(opts: DemoFeedsOptions = {}): Promise<DemoFeeds> {
  const script = opts.script ?? loadDemoScript()
  if (opts.script) {
    const problems = checkDemoScript(opts.script)
    if (problems.length > 0) throw new Error(`De demo-inhoud klopt niet: ${problems.join(' ')}`)
  }
  const now = opts.now ?? Date.now
  const speed = opts.speed ?? 1
  if (!(speed > 0)) throw new Error('De demo-snelheid moet groter dan 0 zijn.')
  const tl = new Timeline(script, opts.startedAt ?? now(), speed, opts.loop ?? false)
  let base = ''

  const server = createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD')
        plain(res, 405, 'Alleen GET en HEAD.')
        return
      }
      const path = decodeURIComponent(new URL(req.url ?? '/', base).pathname)
      const t = now()
      let m: RegExpExecArray | null
      if (path === '/' || path === '/index.html')
        return send(req, res, renderIndex(script, base, tl.startedAt))
      if ((m = /^\/feeds\/([a-z0-9-]+)\.xml$/.exec(path))) {
        const feed = script.feeds.find((f) => f.id === m![1])
        if (feed) return send(req, res, renderFeed(tl, base, feed, t))
      } else if ((m = /^\/comments\/([a-z0-9-]+)\.xml$/.exec(path))) {
        const thread = tl.thread(m[1])
        const r = thread ? renderComments(tl, base, thread, t) : null
        if (r) return send(req, res, r)
      } else if ((m = /^\/p\/([a-z0-9-]+)$/.exec(path))) {
        const r = renderPage(tl, base, m[1], t)
        if (r) return send(req, res, r)
      } else if ((m = /^\/media\/([a-z0-9-]+)\.png$/.exec(path))) {
        const live = tl.post(m[1], t)
        if (live?.post.media === 'image')
          return send(req, res, {
            body: PLACEHOLDER_PNG,
            type: 'image/png',
            lastModifiedMs: tl.startedAt
          })
      }
      plain(res, 404, 'Niet gevonden in de demo.')
    } catch {
      plain(res, 400, 'Ongeldig verzoek.')
    }
  })

  await new Promise<void>((ok, fail) => {
    const onError = (err: NodeJS.ErrnoException): void =>
      fail(
        new Error(
          err.code === 'EADDRINUSE'
            ? `Poort ${opts.port} is al in gebruik; de demo-feeds kunnen niet starten. Kies een andere poort.`
            : `De demo-feeds kunnen niet starten: ${err.message}`
        )
      )
    server.once('error', onError)
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', onError)
      ok()
    })
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    baseUrl: base,
    feeds: script.feeds.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      url: `${base}/feeds/${f.id}.xml`
    })),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
  }
}
