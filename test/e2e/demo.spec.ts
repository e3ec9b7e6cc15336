import { test, expect } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { startHost, callApi, repoRoot } from './host'
import type { RunningHost } from './host'

let host: RunningHost

test.afterEach(async () => {
  await host?.stop()
})

test('the demo dashboard shows scored Dutch posts and changes live within a minute', async ({ page }) => {
  host = await startHost({ demo: true })
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(host.dashboardUrl)
  await expect(page.getByRole('heading', { name: 'Overzicht' })).toBeVisible()
  const stream = page.getByTestId('post-stream').locator('li')
  await expect(stream.first()).toBeVisible({ timeout: 30_000 })
  // scored: a risk level badge other than "nog niet gescoord"
  await expect(page.getByTestId('post-stream').getByText(/^(geen|laag|middel|hoog|kritiek)$/).first()).toBeVisible()
  const before = await stream.count()
  // the demo keeps adding posts: new ones arrive over SSE without a reload
  await expect.poll(async () => stream.count(), { timeout: 60_000, intervals: [1000] }).toBeGreaterThan(before)
  // the token left the address bar once it was read
  expect(page.url()).not.toContain('token=')
  mkdirSync(join(repoRoot, 'docs/screenshots'), { recursive: true })
  await page.screenshot({ path: join(repoRoot, 'docs/screenshots/demo.png') })
  expect(errors).toEqual([])
})

test('restarting the demo on the same database keeps every post and adds no duplicates', async () => {
  host = await startHost({ demo: true })
  await expect
    .poll(async () => (await callApi<{ items: unknown[] }>(host, 'listPosts', { limit: 500 })).items.length, {
      timeout: 30_000
    })
    .toBeGreaterThan(5)
  const first = await callApi<{ items: { id: number; title: string; sourceName: string }[] }>(host, 'listPosts', { limit: 500, includeComments: true })
  await host.stop()
  host = await startHost({ demo: true, dbPath: host.dbPath })
  // give the restarted demo two poll rounds over the same, already-stored items
  await new Promise((r) => setTimeout(r, 12_000))
  const after = await callApi<{ items: { id: number; title: string; sourceName: string }[] }>(host, 'listPosts', { limit: 500, includeComments: true })
  const ids = new Set(after.items.map((p) => p.id))
  for (const p of first.items) expect(ids.has(p.id), `post ${p.id} kept`).toBe(true)
  await host.stop()
  // no item came back as a second copy: one row per guid under each source and under each parent post
  const db = new DatabaseSync(host.dbPath)
  const dupes = db
    .prepare(
      `SELECT COALESCE(parent_id, -source_id) AS owner, guid, COUNT(*) AS n FROM posts WHERE guid IS NOT NULL
       GROUP BY owner, guid HAVING n > 1`
    )
    .all()
  db.close()
  expect(dupes).toEqual([])
})

test('the API refuses a browser without the token', async ({ page }) => {
  host = await startHost()
  const res = await page.request.post(`${host.url}/api/listPosts`, { data: {} })
  expect(res.status()).toBe(401)
})

test('the demo thread derails and escalates once, shown in the thread view', async ({ page }) => {
  test.setTimeout(180_000)
  host = await startHost({ demo: true, extraArgs: ['--speed', '10'] })
  type Thread = { rootPostId: number; derailing: { derailing: boolean; turningPoint: number | null } }
  await expect
    .poll(async () => (await callApi<Thread[]>(host, 'listThreads', {})).filter((t) => t.derailing.derailing).length, {
      timeout: 150_000,
      intervals: [2000]
    })
    .toBeGreaterThan(0)
  const thread = (await callApi<Thread[]>(host, 'listThreads', {})).find((t) => t.derailing.derailing)!
  expect(thread.derailing.turningPoint).not.toBeNull()
  const alerts = await callApi<{ threadPostId: number | null; kind: string }[]>(host, 'listAlerts', {})
  expect(alerts.filter((a) => a.threadPostId === thread.rootPostId)).toHaveLength(1)
  await page.goto(host.dashboardUrl)
  await expect(page.getByRole('heading', { name: 'Overzicht' })).toBeVisible()
  await page.evaluate((id) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = `#/discussies/${id}`
  }, thread.rootPostId)
  await expect(page.getByRole('heading', { name: 'Ontsporingsindex' })).toBeVisible()
  await expect(page.getByTestId('derailing').getByText('Kantelpunt', { exact: true })).toBeVisible()
  await page.screenshot({ path: join(repoRoot, 'docs/screenshots/demo-ontsporing.png') })
})
