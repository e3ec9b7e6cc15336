import { test, expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { startHost, callApi, repoRoot } from './host'
import type { RunningHost } from './host'
import { startSeedFeeds, HOSTILE_HTML } from './dashboard-seed'
import type { Seeded } from './dashboard-seed'

/**
 * The dashboard end to end: the real headless host, seeded through the engine from a local feed server, driven in
 * Debian's Chromium. One host for the whole file (serial), so each view is seen with the same data.
 */
test.describe.configure({ mode: 'serial' })

let host: RunningHost
let feeds: Seeded
const shots = join(repoRoot, 'docs/screenshots')
const ids: { own: number; mentions: number; hostile: number; threadRoot: number; alert: number } = {
  own: 0,
  mentions: 0,
  hostile: 0,
  threadRoot: 0,
  alert: 0
}

interface PostLite {
  id: number
  title: string
  parentId: number | null
  score: { level: string } | null
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  mkdirSync(shots, { recursive: true })
  feeds = await startSeedFeeds()
  host = await startHost()
  await callApi(host, 'updateSettings', { patch: { schoolAccounts: ['almerecollege'] } })
  const add = async (name: string, url: string, kind: 'own' | 'mention'): Promise<number> =>
    (await callApi<{ id: number }>(host, 'addSource', { name, url, kind, intervalSeconds: 10 })).id
  ids.own = await add('Instagram @almerecollege', feeds.urls.own, 'own')
  ids.mentions = await add('Google Nieuws: Almere College', feeds.urls.mentions, 'mention')
  await callApi(host, 'pollNow', {})
  // the own post's comment feed is followed by the engine, its comments scored, the thread computed
  await expect
    .poll(
      async () => {
        const threads = await callApi<{ rootPostId: number; commentCount: number }[]>(host, 'listThreads', { limit: 50 })
        const t = threads.find((x) => x.commentCount >= 10)
        if (t) ids.threadRoot = t.rootPostId
        return t?.commentCount ?? 0
      },
      { timeout: 90_000, intervals: [1000] }
    )
    .toBeGreaterThanOrEqual(10)
  await expect
    .poll(async () => (await callApi<{ id: number }[]>(host, 'listAlerts', { limit: 50 })).length, { timeout: 60_000 })
    .toBeGreaterThan(0)
  ids.alert = (await callApi<{ id: number; level: string }[]>(host, 'listAlerts', { limit: 50 }))[0]!.id
})

test.afterAll(async () => {
  await host?.stop()
  await feeds?.server.close()
})

/** Console errors, dialogs and requests to any host but the local ones, collected per page. */
function watchPage(page: Page): { errors: string[]; dialogs: string[]; foreign: string[] } {
  const out = { errors: [] as string[], dialogs: [] as string[], foreign: [] as string[] }
  page.on('console', (m) => {
    if (m.type() === 'error') out.errors.push(`${m.text().slice(0, 60)} @ ${JSON.stringify(m.location())}`)
  })
  page.on('pageerror', (e) => out.errors.push(e.message))
  page.on('dialog', (d) => {
    out.dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (u.protocol === 'data:' || u.protocol === 'blob:') return
    if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') out.foreign.push(r.url())
  })
  return out
}

async function open(page: Page, path = '/'): Promise<void> {
  if (!page.url().startsWith(host.url)) {
    // the token travels in the fragment once; the client keeps it in sessionStorage and clears the address bar
    await page.goto(host.dashboardUrl)
    await expect(page).not.toHaveURL(/token=/)
    // let the app finish its first route before changing it
    await page.locator('main h1').first().waitFor()
  }
  await page.goto(`${host.url}/#${path}`)
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}

test('overview: KPIs, charts and the live stream, with new posts arriving without a reload', async ({ page }) => {
  const w = watchPage(page)
  await page.goto(host.dashboardUrl)
  await expect(page.getByRole('heading', { name: 'Overzicht' })).toBeVisible()
  const kpis = page.getByRole('region', { name: 'Kerncijfers' })
  await expect(kpis.getByText('Berichten vandaag')).toBeVisible()
  // today's posts as the engine counts them (the school's day in Europe/Amsterdam, so not a fixed number at 00:30)
  const stats = await callApi<{ postsToday: number }>(host, 'getStats', {})
  await expect.poll(async () => Number(await kpis.locator('.value').first().textContent())).toBe(stats.postsToday)
  await expect(page.getByRole('group', { name: 'Volume, sentiment en risico' }).locator('svg').first()).toBeVisible()
  await expect(page.getByRole('group', { name: 'Risico’s per categorie' }).locator('svg').first()).toBeVisible()
  const stream = page.getByTestId('post-stream')
  await expect(stream.getByRole('link', { name: 'Inspectie: kwaliteitszorg Almere College Poort schiet tekort' })).toBeVisible()
  await expect(stream.locator('mark').first()).toBeVisible()
  await expect(page.getByTestId('overview-alerts').locator('li').first()).toBeVisible()

  feeds.addMention({ guid: 'm-live', title: 'Live: Almere College wint de debatwedstrijd', html: '<p>Het debatteam van Almere College heeft gewonnen.</p>', author: 'Flevopost' })
  await callApi(host, 'pollNow', { id: ids.mentions })
  await expect(stream.getByRole('link', { name: 'Live: Almere College wint de debatwedstrijd' })).toBeVisible({ timeout: 30_000 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(shots, 'overzicht.png'), fullPage: false })
  expect(w.errors).toEqual([])
  expect(w.foreign).toEqual([])
})

test('posts: search and filters update the virtualised list; feedback buttons are there', async ({ page }) => {
  const w = watchPage(page)
  await open(page, '/berichten')
  const list = page.getByTestId('posts-list')
  await expect(list.getByRole('listitem').first()).toBeVisible()
  const all = await list.getByRole('listitem').count()
  expect(all).toBeGreaterThan(3)

  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('inspectie')
  await page.keyboard.press('Enter')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('link', { name: 'Inspectie: kwaliteitszorg Almere College Poort schiet tekort' })).toBeVisible()

  await page.getByRole('button', { name: 'Filters wissen' }).click()
  await page.getByTestId('filter-level').selectOption('hoog')
  await expect(list.getByRole('link', { name: 'ik maak die leraar van almere college af' })).toBeVisible()
  await expect(list.getByRole('link', { name: 'Wat een drukte op de open dag!' })).toHaveCount(0)
  await expect(list.getByRole('button', { name: 'Vals alarm' }).first()).toBeVisible()

  await page.getByRole('button', { name: 'Filters wissen' }).click()
  await page.getByTestId('filter-source').selectOption(String(ids.own))
  await expect(list.getByRole('link', { name: /Inspectie: kwaliteitszorg/ })).toHaveCount(0)
  await expect(list.getByRole('link', { name: 'Wat een drukte op de open dag!' })).toBeVisible()

  // keyboard: j moves to the first row, Enter opens it
  await page.locator('main').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('j')
  await expect(list.locator('[data-row="0"]')).toBeFocused()
  await page.getByTestId('filter-source').selectOption('')
  await page.screenshot({ path: join(shots, 'berichten.png') })
  expect(w.errors).toEqual([])
})

test('thread view: comments in order, derailing chart with the turning point, pseudonymised authors', async ({ page }) => {
  const w = watchPage(page)
  await open(page, `/discussies/${ids.threadRoot}`)
  await expect(page.getByRole('heading', { name: 'Vanaf maandag zijn wij een telefoonvrije school' })).toBeVisible()
  const comments = page.getByTestId('comments').locator('li')
  await expect.poll(() => comments.count()).toBeGreaterThanOrEqual(10)
  await expect(comments.first()).toContainText('Goed besluit!')
  // minors are never named: the known school account keeps its name, everyone else is "Deelnemer n"
  await expect(comments.first()).toContainText('Deelnemer 1')
  await expect(page.getByTestId('comments')).toContainText('almerecollege')
  await expect(page.getByTestId('comments')).not.toContainText('yas.mine08')
  await expect(page.getByTestId('comments')).not.toContainText('ruben_2009')
  await expect(page.getByTestId('derailing').locator('svg').first()).toBeVisible()
  const thread = await callApi<{ thread: { derailing: { turningPoint: number | null } } | null }>(host, 'getThread', {
    rootPostId: ids.threadRoot
  })
  if (thread.thread?.derailing.turningPoint != null) {
    await expect(page.getByTestId('comments').locator('li.turn')).toHaveCount(1)
    await expect(page.getByTestId('comments').getByText('Kantelpunt')).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: 'Wie doet er mee' })).toBeVisible()
  await page.screenshot({ path: join(shots, 'discussie.png') })
  await open(page, '/discussies')
  await expect(page.getByTestId('thread-list').locator('tbody tr').first()).toBeVisible()
  await page.screenshot({ path: join(shots, 'discussies.png') })
  expect(w.errors).toEqual([])
})

test('alerts: the case workflow round-trips (acknowledge, assign, note, statement, resolve, export)', async ({ page }) => {
  const w = watchPage(page)
  await open(page, '/meldingen')
  const queue = page.getByTestId('alert-queue')
  await expect(queue.locator('tbody tr').first()).toBeVisible()
  await page.screenshot({ path: join(shots, 'meldingen.png') })

  const alerts = await callApi<{ id: number; state: string }[]>(host, 'listAlerts', { limit: 50 })
  const target = alerts.find((a) => a.state === 'nieuw') ?? alerts[0]!
  await queue.locator('tbody tr').filter({ has: page.locator(`a[href="#/meldingen/${target.id}"]`) }).click()
  await expect(page).toHaveURL(new RegExp(`#/meldingen/${target.id}$`))
  await page.getByLabel('Jouw naam (voor het logboek)').fill('Sanne de Vries')
  if (target.state === 'nieuw') {
    await page.getByTestId('to-bevestigd').click()
    await expect(page.getByTestId('case-state')).toHaveText('bevestigd')
  }
  await page.getByTestId('owner').fill('Teamleider Noord')
  await page.getByRole('button', { name: 'Toewijzen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Eigenaar opgeslagen.' })).toBeVisible()
  await page.getByTestId('note').fill('Ouders gebeld; mentor ingelicht.')
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click()
  await expect(page.getByText('Ouders gebeld; mentor ingelicht.', { exact: true })).toBeVisible()
  const holding = page.getByTestId('holding')
  if (await holding.count()) {
    await holding.fill('Wij zijn op de hoogte en nemen contact op met de betrokkenen. — Almere College')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Reactieconcept opgeslagen.' })).toBeVisible()
  }
  await page.getByTestId('to-in_behandeling').click()
  await expect(page.getByTestId('case-state')).toHaveText('in behandeling')
  await page.screenshot({ path: join(shots, 'melding.png'), fullPage: true })
  await page.getByTestId('to-afgerond').click()
  await expect(page.getByTestId('case-state')).toHaveText('afgerond')
  // the audit log names the actor for each step
  const audit = page.getByTestId('audit')
  await expect(audit).toContainText('Sanne de Vries')
  expect(await audit.locator('li').count()).toBeGreaterThanOrEqual(4)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Dossier als HTML' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.html?$/)
  const after = await callApi<{ alert: { state: string; owner: string } }>(host, 'getAlert', { id: target.id })
  expect(after.alert.state).toBe('afgerond')
  expect(after.alert.owner).toBe('Teamleider Noord')
  expect(w.errors).toEqual([])
})

test('sources: add through the UI with a live preview, and its posts appear; pause and remove', async ({ page }) => {
  const w = watchPage(page)
  await open(page, '/bronnen')
  await expect(page.getByTestId('source-list').locator('li')).toHaveCount(2)
  // a failing preview explains itself in Dutch
  await page.getByTestId('source-url').fill(`${feeds.server.url}/bestaat-niet.xml`)
  await page.getByTestId('preview').click()
  await expect(page.getByTestId('preview-result').getByRole('alert')).toContainText(/niet|bestaat|gevonden/i)
  await page.getByTestId('source-url').fill(feeds.urls.extra)
  await page.getByTestId('preview').click()
  const preview = page.getByTestId('preview-result')
  await expect(preview).toContainText('Schoolkrant: de musical was uitverkocht')
  await expect(preview.getByText('geen').first()).toBeVisible()
  const before = (await callApi<unknown[]>(host, 'listSources', {})).length
  expect(before).toBe(2) // the preview stored nothing
  await page.getByTestId('source-name').fill('Schoolkrant')
  await page.getByTestId('add-source').click()
  await expect(page.getByRole('status').filter({ hasText: 'Schoolkrant' })).toBeVisible()
  const card = page.getByTestId('source-list').locator('li').filter({ hasText: 'Schoolkrant' })
  await expect(card.getByText('in orde')).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: join(shots, 'bronnen.png'), fullPage: true })

  await open(page, '/berichten')
  await expect(page.getByTestId('posts-list').getByRole('link', { name: 'Schoolkrant: nieuwe mentoren stellen zich voor' })).toBeVisible()

  await open(page, '/bronnen')
  await card.getByRole('button', { name: 'Pauzeren' }).click()
  await expect(card.getByText('gepauzeerd').first()).toBeVisible()
  await card.getByRole('button', { name: 'Verwijderen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Bron verwijderen?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(page.getByTestId('source-list').locator('li')).toHaveCount(2)
  expect(w.errors).toEqual([])
})

test('settings: load, save, and switch the dashboard to English', async ({ page }) => {
  const w = watchPage(page)
  await open(page, '/instellingen')
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Drempels per categorie' })).toBeVisible()
  await page.getByLabel('Bewaartermijn (dagen)').fill('180')
  await page.screenshot({ path: join(shots, 'instellingen.png'), fullPage: true })
  await page.getByTestId('save-settings').click()
  await expect(page.getByRole('status').filter({ hasText: 'Instellingen opgeslagen.' })).toBeVisible()
  expect((await callApi<{ retentionDays: number }>(host, 'getSettings', {})).retentionDays).toBe(180)
  await page.getByTestId('settings-language').selectOption('en')
  await page.getByTestId('save-settings').click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByTestId('settings-language').selectOption('nl')
  await page.getByTestId('save-settings').click()
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible()
  expect(w.errors).toEqual([])
})

test('keyboard: help dialog and go-to shortcuts', async ({ page }) => {
  await open(page, '/')
  await page.locator('main h1').click()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' })
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await page.keyboard.press('g')
  await page.keyboard.press('m')
  await expect(page).toHaveURL(/#\/meldingen$/)
  await page.keyboard.press('g')
  await page.keyboard.press('r')
  await expect(page).toHaveURL(/#\/bronnen$/)
  // focus is visible: the focused element gets an outline
  await page.keyboard.press('Tab')
  const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')
  expect(outline).not.toBe('none')
})

test('a hostile feed rendered in the dashboard executes nothing and loads nothing remote', async ({ page }) => {
  const w = watchPage(page)
  ids.hostile = (await callApi<{ id: number }>(host, 'addSource', { name: 'Vijandig <b>', url: feeds.urls.hostile, kind: 'mention', intervalSeconds: 10 })).id
  await callApi(host, 'pollNow', { id: ids.hostile })
  let postId = 0
  await expect
    .poll(async () => {
      const page1 = await callApi<{ items: PostLite[] }>(host, 'listPosts', { sourceId: ids.hostile, limit: 5 })
      postId = page1.items[0]?.id ?? 0
      return postId
    }, { timeout: 30_000 })
    .toBeGreaterThan(0)
  for (const path of ['/', `/berichten?bron=${ids.hostile}`, `/berichten/${postId}`]) {
    await open(page, path)
    await page.waitForTimeout(1500)
  }
  const detail = page.getByTestId('post-detail')
  await expect(detail).toBeVisible()
  await expect(detail).toContainText('klik hier')
  // inert: no scripts, handlers, styles, frames or forms from the feed, no javascript:/data: links
  const found = await detail.evaluate((el) => ({
    scripts: el.querySelectorAll('script, iframe, object, embed, form, input, style, svg, math, img').length,
    handlers: [...el.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
    styled: el.querySelectorAll('.post-html [style]').length,
    hrefs: [...el.querySelectorAll('.post-html a')].map((a) => a.getAttribute('href')),
    dataHrefs: [...el.querySelectorAll('.post-html a[data-href]')].map((a) => a.getAttribute('data-href')),
    placeholders: el.querySelectorAll('.post-html [data-placeholder]').length
  }))
  expect(found.scripts).toBe(0)
  expect(found.handlers).toBe(0)
  expect(found.styled).toBe(0)
  expect(found.hrefs.every((h) => h === null)).toBe(true)
  expect(found.dataHrefs).toEqual(['https://example.org/ok'])
  expect(found.placeholders).toBeGreaterThan(0)
  // clicking the javascript: link does nothing; the page is still the dashboard
  await detail.getByText('klik hier').click()
  await page.waitForTimeout(500)
  expect(page.url()).toContain(`#/berichten/${postId}`)
  expect(w.dialogs).toEqual([])
  expect(w.foreign).toEqual([])
  expect(w.errors).toEqual([])

  // defence in depth: even HTML that skipped the engine's sanitiser (written straight into the database) is inert
  const db = new DatabaseSync(host.dbPath)
  db.exec('PRAGMA busy_timeout = 5000')
  db.prepare('UPDATE posts SET html = ? WHERE id = ?').run(HOSTILE_HTML, postId)
  db.close()
  await open(page, '/')
  await open(page, `/berichten/${postId}`)
  await expect(detail).toContainText('klik hier')
  await page.waitForTimeout(1500)
  const raw = await detail.evaluate((el) => ({
    bad: el.querySelectorAll('script, iframe, object, embed, form, input, style, svg, math, img, details').length,
    handlers: [...el.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
    styled: el.querySelectorAll('.post-html [style]').length,
    hrefs: [...el.querySelectorAll('.post-html a')].map((a) => a.getAttribute('href')),
    dataHrefs: [...el.querySelectorAll('.post-html [data-href]')].map((a) => a.getAttribute('data-href')),
    placeholders: el.querySelectorAll('.post-html [data-placeholder]').length
  }))
  expect(raw).toEqual({ bad: 0, handlers: 0, styled: 0, hrefs: [null, null, null], dataHrefs: ['https://example.org/ok'], placeholders: 2 })
  await page.screenshot({ path: join(shots, 'vijandige-feed.png') })
  await detail.getByText('data-link').click()
  await page.waitForTimeout(500)
  expect(page.url()).toContain(`#/berichten/${postId}`)
  expect(w.dialogs).toEqual([])
  expect(w.foreign).toEqual([])
  expect(w.errors).toEqual([])
  await callApi(host, 'removeSource', { id: ids.hostile })
})

for (const lang of ['nl', 'en'] as const) {
  test(`accessibility (axe, WCAG 2.1 AA): no serious or critical violations on any view (${lang})`, async ({ page }) => {
    test.setTimeout(120_000)
    await open(page, '/')
    await page.evaluate((l) => localStorage.setItem('uitkijk.lang', l), lang)
    const views = ['/', '/berichten', '/meldingen', `/meldingen/${ids.alert}`, '/discussies', `/discussies/${ids.threadRoot}`, '/bronnen', '/instellingen']
    const problems: string[] = []
    for (const v of views) {
      await open(page, v)
      await page.reload()
      await expect(page.locator('main h1').first()).toBeVisible()
      await page.waitForTimeout(800)
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      for (const p of await axe(page)) problems.push(`${v}: ${p}`)
    }
    await page.evaluate(() => localStorage.setItem('uitkijk.lang', 'nl'))
    expect(problems).toEqual([])
  })
}
