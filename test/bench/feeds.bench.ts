/**
 * Feed ingestion bench. Run: node_modules/.bin/tsx test/bench/feeds.bench.ts
 * Prints one JSON object: throughput of our decode → parse → normalise path against bare rss-parser parseString on
 * the same bytes, the worker path, and peak RSS while a 50 MiB response is refused by the 10 MiB cap.
 */
import http from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import Parser from 'rss-parser'
import { decodeFeed } from '../../electron/core/feeds/decode.ts'
import {
  closeParseWorker,
  parseFeedInWorker,
  tryParseFeed
} from '../../electron/core/feeds/parse.ts'
import { normaliseItems } from '../../electron/core/feeds/normalise.ts'
import { fetchFeed } from '../../electron/core/feeds/fetch.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDir = path.resolve(repoRoot, '../shared/data/feeds')

/** A synthetic but realistic feed: HTML bodies, entities, media, comments. */
function syntheticFeed(items: number): Buffer {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Synthetisch</title><link>https://example.org/</link>'
  ]
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>Bericht ${i} over het Almere College &amp; de buurt</title><link>https://example.org/p/${i}?utm_source=rss</link>` +
        `<guid isPermaLink="false">p-${i}</guid><dc:creator>Auteur ${i % 17}</dc:creator><pubDate>Mon, 20 Jan 2025 10:${String(i % 60).padStart(2, '0')}:00 +0100</pubDate>` +
        `<description><![CDATA[<p>Samenvatting ${i} met <a href="/x/${i}">link</a>.</p>]]></description>` +
        `<content:encoded><![CDATA[<div><p>Leerlingen en ouders reageren op het nieuws van vandaag. ${'Dit is een langere alinea met wat tekst. '.repeat(8)}</p><img src="https://example.org/img/${i}.jpg"><script>track()</script></div>]]></content:encoded>` +
        `<media:content url="https://example.org/m/${i}.jpg" medium="image"/><wfw:commentRss>https://example.org/p/${i}/feed/</wfw:commentRss><slash:comments>${i % 9}</slash:comments></item>`
    )
  }
  parts.push('</channel></rss>')
  return Buffer.from(parts.join(''))
}

function inputs(): { name: string; bytes: Buffer }[] {
  const list = [{ name: 'synthetic-1000', bytes: syntheticFeed(1000) }]
  const files = [
    'miniflux-testdata/parser/testdata/large_rss.xml',
    'miniflux-testdata/parser/testdata/large_atom.xml',
    'rss-parser-fixtures/input/giantbomb-podcast.rss',
    'rss-parser-fixtures/input/guardian.rss',
    'rss-parser-fixtures/input/reddit.rss'
  ]
  if (existsSync(dataDir))
    for (const f of files)
      list.push({ name: path.basename(f), bytes: readFileSync(path.join(dataDir, f)) })
  return list
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * Run the variants interleaved (A, B, C, A, B, C, …) so load from other processes on this shared machine hits
 * all of them alike; report the median time per run.
 */
async function interleaved(
  fns: (() => Promise<number>)[],
  minMs = 2000,
  minRounds = 7
): Promise<{ ms: number; items: number }[]> {
  for (const fn of fns) await fn() // warm-up
  const times: number[][] = fns.map(() => [])
  const items: number[] = fns.map(() => 0)
  const start = performance.now()
  for (let round = 0; round < minRounds || performance.now() - start < minMs; round++) {
    for (let i = 0; i < fns.length; i++) {
      const t = performance.now()
      items[i] = await fns[i]()
      times[i].push(performance.now() - t)
    }
  }
  return times.map((t, i) => ({ ms: median(t), items: items[i] }))
}

async function throughput() {
  const results: Record<string, unknown>[] = []
  let bareMsTotal = 0
  let oursMsTotal = 0
  let itemsTotal = 0
  const ctx = { sourceUrl: 'https://example.org/feed', fetchedAt: '2025-01-21T00:00:00Z' }
  for (const { name, bytes } of inputs()) {
    // Bare rss-parser, as its own parseURL would do: a utf8 string, default options.
    const bare = async () => (await new Parser().parseString(bytes.toString('utf8'))).items.length
    const ours = async () => {
      const { text } = decodeFeed(bytes, 'application/rss+xml')
      const r = await tryParseFeed(text)
      if (r.kind !== 'ok') throw new Error(`${name}: ${r.error.detail}`)
      return normaliseItems(r.feed, ctx).length
    }
    const worker = async () =>
      normaliseItems(await parseFeedInWorker(decodeFeed(bytes, 'application/rss+xml').text), ctx)
        .length
    const [b, o, w] = await interleaved([bare, ours, worker])
    bareMsTotal += b.ms
    oursMsTotal += o.ms
    itemsTotal += o.items
    const perS = (r: { ms: number; items: number }) => Math.round((r.items / r.ms) * 1000)
    results.push({
      feed: name,
      bytes: bytes.length,
      items: o.items,
      bareMsPerRun: +b.ms.toFixed(2),
      oursMsPerRun: +o.ms.toFixed(2),
      bareItemsPerS: perS(b),
      oursItemsPerS: perS(o),
      workerItemsPerS: perS(w),
      ratioOursToBare: +(o.ms / b.ms).toFixed(2)
    })
  }
  await closeParseWorker()
  return {
    feeds: results,
    totalItemsPerRun: itemsTotal,
    overallRatioOursToBare: +(oursMsTotal / bareMsTotal).toFixed(2),
    targetRatioMax: 2
  }
}

async function capMemory() {
  const total = 50 * 1024 * 1024
  const chunk = Buffer.alloc(256 * 1024, 0x61)
  const server = http.createServer((req, res) => {
    const withLength = req.url === '/with-length'
    res.writeHead(
      200,
      withLength
        ? { 'content-type': 'application/rss+xml', 'content-length': String(total) }
        : { 'content-type': 'application/rss+xml' }
    )
    let sent = 0
    const pump = () => {
      while (sent < total) {
        sent += chunk.length
        if (!res.write(chunk)) return
      }
      res.end()
    }
    res.on('drain', pump)
    res.on('close', () => res.removeListener('drain', pump))
    pump()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const out: Record<string, number | string> = {}
  for (const route of ['/streamed', '/with-length']) {
    global.gc?.()
    const baseline = process.memoryUsage().rss
    let peak = baseline
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    const t = performance.now()
    const r = await fetchFeed(base + route)
    const ms = performance.now() - t
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    const key = route === '/streamed' ? 'streamed' : 'declaredLength'
    out[`${key}Result`] = r.kind === 'error' ? r.error.code : r.kind
    out[`${key}BaselineRssMiB`] = +(baseline / 1048576).toFixed(1)
    out[`${key}PeakRssMiB`] = +(peak / 1048576).toFixed(1)
    out[`${key}PeakDeltaMiB`] = +((peak - baseline) / 1048576).toFixed(1)
    out[`${key}RefusedAfterMs`] = Math.round(ms)
  }
  await new Promise<void>((r) => {
    server.closeAllConnections()
    server.close(() => r())
  })
  return { responseMiB: 50, capMiB: 10, ...out }
}

// Memory first, so the throughput runs' heap does not sit in the baseline.
const refuse50MiB = await capMemory()
const result = { throughput: await throughput(), refuse50MiB }
process.stdout.write(`${JSON.stringify(result)}\n`)
