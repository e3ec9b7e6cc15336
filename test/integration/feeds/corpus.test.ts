/**
 * Serves every file of ../shared/data/feeds from a local HTTP server through fetch → decode → parse → normalise:
 * no crashes, no hangs, every failure a FeedError with a Dutch message; field mapping against rss-parser's own
 * expected output; encodings character for character.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { startServer } from '../../fixtures/feeds/http-server.ts'
import type { TestServer } from '../../fixtures/feeds/http-server.ts'
import { ingest } from './ingest.ts'
import type { IngestResult } from './ingest.ts'
import { FEED_ERROR_CODES } from '../../../electron/core/feeds/errors.ts'
import { closeParseWorker } from '../../../electron/core/feeds/parse.ts'
import { parseFeedDate } from '../../../electron/core/feeds/dates.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const dataDir = path.resolve(repoRoot, '../shared/data/feeds')
const present = existsSync(dataDir)
if (!present)
  console.warn(
    `[corpus] ${dataDir} ontbreekt: corpus-suite overgeslagen (shared data not present).`
  )

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.opml': 'text/x-opml',
  '.html': 'text/html',
  '.json': 'application/json'
}

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...listFiles(full))
    else out.push(path.relative(dataDir, full))
  }
  return out.sort()
}

let srv: TestServer
beforeAll(async () => {
  if (!present) return
  srv = await startServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').slice(1))
    const file = path.resolve(dataDir, rel)
    if (!file.startsWith(dataDir) || !existsSync(file)) {
      res.statusCode = 404
      return res.end()
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'text/plain'
    res.writeHead(200, { 'content-type': type })
    res.end(readFileSync(file))
  })
})
afterAll(async () => {
  await srv?.close()
  await closeParseWorker()
})

const fileUrl = (rel: string) =>
  srv.url('/' + rel.split(path.sep).map(encodeURIComponent).join('/'))
const DUTCH = /\b(de|het|een|deze|dit|niet|geen|bron|feed)\b/i

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'hang'> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), ms)))
  try {
    return await Promise.race([p, hang])
  } finally {
    clearTimeout(timer)
  }
}

describe.skipIf(!present)('feed corpus through fetch → decode → parse → normalise', () => {
  it('never crashes or hangs, and every failure is a FeedError with a Dutch message', async () => {
    const files = listFiles(dataDir).filter((f) => !/(^|\/)(LICENSE|README|SOURCE)[^/]*$/.test(f))
    expect(files.length).toBeGreaterThan(2200)
    const crashes: string[] = []
    const hangs: string[] = []
    const badErrors: string[] = []
    const codes: Record<string, number> = {}
    let ok = 0
    let repaired = 0
    let items = 0
    const started = Date.now()
    let next = 0
    const worker = async () => {
      while (next < files.length) {
        const rel = files[next++]
        let r: IngestResult | 'hang'
        try {
          r = await withTimeout(ingest(fileUrl(rel), { timeoutMs: 10_000 }), 15_000)
        } catch (err) {
          crashes.push(`${rel}: ${(err as Error).stack ?? err}`)
          continue
        }
        if (r === 'hang') hangs.push(rel)
        else if (r.kind === 'ok') {
          ok++
          items += r.items.length
          if (r.feed.repaired) repaired++
        } else if (r.kind === 'error') {
          codes[r.error.code] = (codes[r.error.code] ?? 0) + 1
          const e = r.error
          if (
            !FEED_ERROR_CODES.includes(e.code) ||
            !e.message ||
            !DUTCH.test(e.message) ||
            !e.detail ||
            e.message === e.detail
          )
            badErrors.push(`${rel}: ${JSON.stringify(e)}`)
        }
      }
    }
    await Promise.all(Array.from({ length: 6 }, worker))
    const seconds = (Date.now() - started) / 1000
    console.log(
      JSON.stringify({ corpusFiles: files.length, ok, repaired, items, errors: codes, seconds })
    )
    expect(crashes).toEqual([])
    expect(hangs).toEqual([])
    expect(badErrors).toEqual([])
    // The corpus is mostly real feeds: most of it must come through, not fail as not_a_feed wholesale.
    expect(ok).toBeGreaterThan(files.length * 0.6)
  }, 180_000)

  const fixturesIn = path.join(dataDir, 'rss-parser-fixtures/input')
  const outputs = present ? readdirSync(path.join(dataDir, 'rss-parser-fixtures/output')) : []

  it.each(outputs)('maps fields like rss-parser for %s', async (outName) => {
    const base = outName.replace(/\.json$/, '')
    const input = readdirSync(fixturesIn).find((f) => f.replace(/\.[^.]+$/, '') === base)
    expect(input).toBeDefined()
    const rawExpected = readFileSync(path.join(dataDir, 'rss-parser-fixtures/output', outName))
    // One expected file was written as raw ISO-8859-1 bytes.
    let expectedText: string
    try {
      expectedText = new TextDecoder('utf-8', { fatal: true }).decode(rawExpected)
    } catch {
      expectedText = iconv.decode(rawExpected, 'latin1')
    }
    const expected = JSON.parse(expectedText).feed as Record<string, unknown> & {
      items: Record<string, unknown>[]
    }
    const r = await ingest(fileUrl(`rss-parser-fixtures/input/${input}`))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined)
    if (str(expected.title)) expect(r.feed.title).toBe(str(expected.title))
    if (str(expected.link)) expect(r.feed.link).toBe(str(expected.link))
    expect(r.feed.items).toHaveLength(expected.items.length)
    expected.items.forEach((exp, i) => {
      const got = r.feed.items[i]
      const title = str(exp.title)
      // rss-parser's own output mangled one ISO-8859-1 feed into U+FFFD; ours must have real letters there.
      if (title?.includes('\uFFFD')) {
        const pattern = title
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\uFFFD+/g, '[^\\x00-\\x7f\\uFFFD]+')
        expect(got.title, `item ${i} title`).toMatch(new RegExp(`^${pattern}$`))
      } else if (title) expect(got.title, `item ${i} title`).toBe(title)
      if (str(exp.link)) expect(got.link, `item ${i} link`).toBe(str(exp.link))
      const guid = str(exp.guid) ?? str(exp.id)
      if (guid) expect(got.guid, `item ${i} guid`).toBe(guid)
      if (str(exp.isoDate))
        expect(parseFeedDate(got.pubDate), `item ${i} date`).toBe(Date.parse(exp.isoDate as string))
      if (str(exp.isoDate))
        expect(r.items[i].publishedAt).toBe(new Date(exp.isoDate as string).toISOString())
    })
  })

  it('rejects the rss-parser case that is not a feed, with a Dutch message', async () => {
    const r = await ingest(fileUrl('rss-parser-fixtures/input/unrecognized.rss'))
    expect(r.kind === 'error' && r.error.code).toBe('not_a_feed')
  })

  const mf = 'miniflux-testdata/'
  it.each([
    [`${mf}encoding/testdata/windows-1252.xml`, 'Euro €', null],
    [`${mf}encoding/testdata/windows-1252-incorrect-prolog.xml`, 'Euro €', null],
    [`${mf}encoding/testdata/iso-8859-1.xml`, 'Café', null],
    [`${mf}encoding/testdata/koi8r.xml`, 'Пример RSS ленты', 'Первая новость'],
    [`${mf}encoding/testdata/utf8.xml`, '테스트 피드', 'Café'],
    [`${mf}encoding/testdata/utf8-incorrect-prolog.xml`, '테스트 피드', 'Café'],
    [`${mf}encoding/testdata/invalid-prolog.xml`, '테스트 피드', 'Café'],
    [
      `${mf}parser/testdata/rdf_UTF8.xml`,
      null,
      'Markenstreit um “Dash”: Bragi beantragt einstweilige Verfügung gegen Oneplus'
    ],
    [`${mf}parser/testdata/encoding_WINDOWS-1251.xml`, 'iBash.Org.Ru', 'Цитата #17703']
  ])('decodes %s character for character', async (rel, title, itemTitle) => {
    const r = await ingest(fileUrl(rel))
    expect(r.kind).toBe('ok')
    if (r.kind !== 'ok') return
    if (title) expect(r.feed.title).toBe(title)
    if (itemTitle) expect(r.items.map((i) => i.title)).toContain(itemTitle)
  })

  it('keeps “curly quotes”, é and € in large feeds', async () => {
    const rss = await ingest(fileUrl(`${mf}parser/testdata/large_rss.xml`))
    const atom = await ingest(fileUrl(`${mf}parser/testdata/large_atom.xml`))
    for (const r of [rss, atom]) {
      expect(r.kind).toBe('ok')
      if (r.kind !== 'ok') continue
      const all = r.items.map((i) => `${i.title} ${i.text}`).join('\n')
      expect(all).toContain('The material on “Ingrats” is')
      expect(all).toContain('Adam Doupé')
      expect(all).not.toMatch(/\uFFFD|â€/)
    }
  })

  it('decodes ISO-8859-1 feeds with and without a declaration', async () => {
    const declared = await ingest(fileUrl(`${mf}parser/testdata/encoding_ISO-8859-1.xml`))
    const undeclared = await ingest(fileUrl(`${mf}parser/testdata/no_encoding_ISO-8859-1.xml`))
    expect(declared.kind === 'ok' && declared.items.map((i) => i.text).join(' ')).toContain(
      'Viele Spieler wünschen'
    )
    expect(undeclared.kind === 'ok' && undeclared.items.map((i) => i.text).join(' ')).toContain(
      "nombre d'études"
    )
  })

  it('refuses HTML pages in the corpus as not_a_feed', async () => {
    for (const rel of [
      `${mf}sanitizer/testdata/miniflux_github.html`,
      `${mf}encoding/testdata/utf8.html`
    ]) {
      const r = await ingest(fileUrl(rel))
      expect(r.kind === 'error' && r.error.code, rel).toBe('not_a_feed')
    }
  })
})
