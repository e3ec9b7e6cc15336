import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startHttpHost } from '../../../electron/server/http-server'
import type { HttpHost } from '../../../electron/server/http-server'
import type { ApiHandlers, EngineEvent } from '../../../electron/shared/api'
import { ApiError } from '../../../electron/shared/api'
import { tempDir } from '../../helpers/tmp'

let host: HttpHost | null = null
let cleanup: () => void = () => {}
afterEach(async () => {
  await host?.close()
  host = null
  cleanup()
})

const listeners = new Set<(e: EngineEvent) => void>()
const api = {
  getStats: async () => ({ postsToday: 3, postsWeek: 5, negativeShareToday: 0, openAlerts: 1, derailingThreads: 0 }),
  getPost: async ({ id }: { id: number }) => {
    throw new ApiError('not_found', `Bericht ${id} bestaat niet (meer).`)
  }
} as unknown as ApiHandlers

async function start(staticDir?: string): Promise<HttpHost> {
  host = await startHttpHost({
    api,
    subscribe: (fn) => {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
    token: 'geheim-token',
    staticDir
  })
  return host
}

const call = (h: HttpHost, method: string, body: unknown, token = 'geheim-token'): Promise<Response> =>
  fetch(`${h.url}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body)
  })

describe('headless HTTP host', () => {
  it('binds to 127.0.0.1 and puts the token only in the URL fragment', async () => {
    const h = await start()
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(h.dashboardUrl).toBe(`${h.url}/#token=geheim-token`)
  })

  it('refuses API calls without the right bearer token', async () => {
    const h = await start()
    expect((await call(h, 'getStats', {}, 'fout')).status).toBe(401)
    const ok = await call(h, 'getStats', {})
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ postsToday: 3 })
  })

  it('validates input with the contract and answers in Dutch', async () => {
    const h = await start()
    const bad = await call(h, 'getPost', { id: 'x' })
    expect(bad.status).toBe(400)
    const body = (await bad.json()) as { error: { message: string } }
    expect(body.error.message).toMatch(/^id:/)
    const missing = await call(h, 'getPost', { id: 7 })
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('bestaat niet')
    expect((await call(h, 'noSuchMethod', {})).status).toBe(404)
  })

  it('streams engine events over SSE to an authorised client', async () => {
    const h = await start()
    const res = await fetch(`${h.url}/api/events`, { headers: { Authorization: 'Bearer geheim-token' } })
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    await reader.read() // the greeting comment
    for (const fn of listeners) fn({ type: 'navigate', to: '/x' })
    let text = ''
    while (!text.includes('\n\n')) text += (await reader.read()).value ?? ''
    expect(text).toContain('"type":"navigate"')
    await reader.cancel()
  })

  it('serves the dashboard with a strict CSP and refuses path traversal', async () => {
    const t = tempDir()
    cleanup = t.cleanup
    mkdirSync(join(t.dir, 'web'))
    writeFileSync(join(t.dir, 'web', 'index.html'), '<h1>dashboard</h1>')
    writeFileSync(join(t.dir, 'geheim.txt'), 'nee')
    const h = await start(join(t.dir, 'web'))
    const page = await fetch(`${h.url}/`)
    expect(await page.text()).toContain('dashboard')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const sneaky = await fetch(`${h.url}/..%2Fgeheim.txt`)
    expect(await sneaky.text()).not.toContain('nee')
  })
})
