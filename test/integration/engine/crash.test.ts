import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { Engine } from '../../../electron/core/engine'
import { startFeedServer, rss } from '../../helpers/feed-server'
import { tempDir } from '../../helpers/tmp'

const root = resolve(import.meta.dirname, '../../..')

/** A feed that grows by 40 items per request, 400 items at most, so every poll has new work to store. */
function growingFeed(request: number): string {
  const n = Math.min(400, 40 * (request + 1))
  return rss(
    Array.from({ length: n }, (_, i) => ({
      guid: `item-${i}`,
      title: `Bericht ${i}`,
      text: `Tekst van bericht ${i} over Almere College. ${'Veel woorden. '.repeat(20)}`,
      date: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString()
    }))
  )
}

describe('crash safety', () => {
  it('a SIGKILL at any moment of a poll loses no stored post and creates no duplicate', async () => {
    const server = await startFeedServer()
    const tmp = tempDir()
    const dbPath = join(tmp.dir, 'crash.db')
    let requests = 0
    const url = `${server.url}/grow.xml`
    // re-set the body on every request: the server counts hits per path
    const refresh = (): void => server.set('/grow.xml', { body: growingFeed(requests++) })
    refresh()
    const timer = setInterval(refresh, 20)
    try {
      const seen: number[] = []
      for (let round = 0; round < 6; round++) {
        const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'test/fixtures/poll-child.ts'), dbPath, url], {
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let out = ''
        child.stdout.on('data', (d: Buffer) => (out += d.toString()))
        await new Promise<void>((ok) => {
          const check = setInterval(() => {
            if (out.includes('ready')) {
              clearInterval(check)
              ok()
            }
          }, 5)
        })
        // kill at a different moment each round: during the fetch, the parse, or the store transaction
        await new Promise((r) => setTimeout(r, 30 + round * 57))
        child.kill('SIGKILL')
        await new Promise((r) => child.once('exit', r))
        const db = new DatabaseSync(dbPath)
        const n = (db.prepare('SELECT COUNT(*) AS n FROM posts').get() as { n: number }).n
        expect((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok')
        db.close()
        seen.push(n)
      }
      // nothing stored is ever lost: the count never goes down across kills
      for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!)
      // a clean run afterwards completes the work: every item exactly once
      clearInterval(timer)
      server.set('/grow.xml', { body: growingFeed(100) })
      const engine = new Engine({ dbPath, log: () => {} })
      await engine.pollOnce({ all: true })
      const rows = engine.db.prepare('SELECT guid, COUNT(*) AS n FROM posts GROUP BY guid HAVING n > 1').all()
      expect(rows).toEqual([])
      expect(engine.posts.count()).toBe(400)
      // every stored post went through the pipeline after the restart
      expect(engine.posts.pendingScore(10)).toEqual([])
      await engine.stop()
    } finally {
      clearInterval(timer)
      await server.close()
      tmp.cleanup()
    }
  }, 120_000)
})
