/**
 * Poll-cycle benchmark: 500 unchanged sources answering 304 on loopback (target: one cycle under 5 s).
 * Sources are spread over 127.0.0.1–127.0.0.50 (all loopback) so the per-host politeness limit is exercised
 * the way it is with real sources on many hosts.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Engine } from '../../electron/core/engine'
import { tempDir } from '../helpers/tmp'

const SOURCES = 500
const HOSTS = 50
const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.nl</link><description>d</description>
<item><title>Bericht</title><guid>g1</guid><description>Almere College nieuws</description></item></channel></rss>`

const server = http.createServer((req, res) => {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304, { ETag: '"v1"' })
    return res.end()
  }
  res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: '"v1"' })
  res.end(body)
})
await new Promise<void>((ok) => server.listen(0, '0.0.0.0', ok))
const port = (server.address() as AddressInfo).port
const tmp = tempDir()
const engine = new Engine({ dbPath: join(tmp.dir, 'bench.db'), log: () => {} })
const now = new Date().toISOString()
for (let i = 0; i < SOURCES; i++)
  engine.sources.add(
    { name: `s${i}`, url: `http://127.0.0.${(i % HOSTS) + 1}:${port}/feed/${i}.xml`, kind: 'mention', intervalSeconds: 300, watchTerms: [], excludeTerms: [] },
    now
  )
const t0 = performance.now()
const first = await engine.pollOnce({ all: true })
const firstMs = performance.now() - t0
const t1 = performance.now()
const second = await engine.pollOnce({ all: true })
const secondMs = performance.now() - t1
const notModified = second.filter((o) => o.status === 'not_modified').length
await engine.stop()
server.close()
tmp.cleanup()
process.stdout.write(
  JSON.stringify({
    sources: SOURCES,
    hosts: HOSTS,
    firstCycleMs: Math.round(firstMs),
    firstCycleOk: first.filter((o) => o.status === 'ok').length,
    unchangedCycleMs: Math.round(secondMs),
    unchangedCycleNotModified: notModified,
    targetUnchangedCycleMs: 5000,
    meetsTarget: secondMs < 5000 && notModified === SOURCES
  }) + '\n'
)
