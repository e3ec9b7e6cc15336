import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { openDatabase } from '../../../electron/core/store/db'
import type { Db } from '../../../electron/core/store/db'
import { SettingsRepo } from '../../../electron/core/store/settings-repo'
import { buildParts, reportData } from '../../../electron/core/reports/build'
import { runReportCli } from '../../../electron/core/reports/cli'
import { tempDir } from '../../helpers/tmp'
import { seedKnownWeek, seeder } from './seed'

let tmp: ReturnType<typeof tempDir>
let db: Db

beforeEach(() => {
  tmp = tempDir('uitkijk-report-')
  db = openDatabase(join(tmp.dir, 'test.db'))
})
afterEach(() => {
  db.close()
  tmp.cleanup()
})

const settings = (): Record<string, unknown> => new SettingsRepo(db).all()

describe('weekly report figures on a hand-counted week (2026-W47)', () => {
  it('counts volume, sentiment and the comparisons exactly', () => {
    seedKnownWeek(db)
    const d = reportData(db, '2026-W47', { settings: settings() })
    expect(d.from).toBe('2026-11-15T23:00:00.000Z')
    expect(d.to).toBe('2026-11-22T23:00:00.000Z')
    // 8 top-level posts incl. both boundary posts and the unscored one; the posts 1 ms before and at `to` are out
    expect(d.posts).toEqual({ current: 8, previous: 3, average4: 2 })
    expect(d.comments).toEqual({ current: 3, previous: 0, average4: 0 })
    // scored top-level: 0.2 + 0.8 - 0.4 - 0.6 + 0.9 - 0.2 + 0 = 0.7 over 7; W46: (-0.5 + 0.5 + 0.3) / 3
    expect(d.sentiment.current).toBeCloseTo(0.1, 10)
    expect(d.sentiment.previous).toBeCloseTo(0.1, 10)
    // four weeks before: W46 0.3/3, W45 0.4/1, W44 none, W43 0/4 -> pooled 0.7 / 8 (W42's -1 must not count)
    expect(d.sentiment.average4).toBeCloseTo(0.0875, 10)
    expect(d.negativeShare.current).toBeCloseTo(3 / 7, 10)
    expect(d.negativeShare.previous).toBeCloseTo(1 / 3, 10)
    expect(d.negativeShare.average4).toBeCloseTo(1 / 8, 10)
  })

  it('splits the week into local days', () => {
    seedKnownWeek(db)
    const d = reportData(db, '2026-W47', { settings: settings() })
    expect(d.days.map((x) => x.date)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22'
    ])
    expect(d.days.map((x) => x.posts)).toEqual([2, 1, 1, 1, 1, 1, 1])
    expect(d.days.map((x) => x.comments)).toEqual([0, 0, 2, 1, 0, 0, 0])
    // W46: Tue 10 Nov, Thu 12 Nov, and Sun 15 Nov 23:59:59.999 local
    expect(d.days.map((x) => x.previousPosts)).toEqual([0, 1, 0, 1, 0, 0, 1])
    expect(d.days[0]!.sentiment).toBeCloseTo(0.5, 10)
    expect(d.days[5]!.sentiment).toBeNull()
  })

  it('counts risks by level and category, posts and comments apart', () => {
    seedKnownWeek(db)
    const d = reportData(db, '2026-W47', { settings: settings() })
    expect(d.levels).toEqual({
      geen: { posts: 4, comments: 2 },
      laag: { posts: 2, comments: 0 },
      middel: { posts: 1, comments: 0 },
      hoog: { posts: 0, comments: 1 },
      kritiek: { posts: 0, comments: 0 }
    })
    const cats = Object.fromEntries(
      d.categories.filter((c) => c.total).map((c) => [c.id, c.byLevel])
    )
    expect(Object.keys(cats).sort()).toEqual([
      'bullying',
      'negative_press',
      'personal_info',
      'staff_conduct'
    ])
    expect(cats.bullying!.middel).toBe(1)
    expect(cats.personal_info!.hoog).toBe(1)
    expect(cats.staff_conduct!.laag).toBe(1)
    expect(cats.negative_press!.laag).toBe(1)
    expect(d.categories.find((c) => c.id === 'threat')!.total).toBe(0)
  })

  it('reports alerts of the week with median and max response times', () => {
    seedKnownWeek(db)
    const a = reportData(db, '2026-W47', { settings: settings() }).alerts
    expect(a.total).toBe(3)
    expect(a.byLevel).toMatchObject({ hoog: 1, middel: 1, laag: 1, kritiek: 0 })
    expect(a.byState).toMatchObject({ afgerond: 1, in_behandeling: 1, nieuw: 1 })
    expect(a.timingBasis).toBe('columns')
    // acknowledged after 30 and 120 minutes; one resolved after 18 hours
    expect(a.acknowledged).toBe(2)
    expect(a.acknowledgeMedianMinutes).toBe(75)
    expect(a.acknowledgeMaxMinutes).toBe(120)
    expect(a.resolved).toBe(1)
    expect(a.resolveMedianMinutes).toBe(1080)
    expect(a.resolveMaxMinutes).toBe(1080)
    expect(a.items.map((i) => i.level)).toEqual(['hoog', 'middel', 'laag'])
  })

  it('lists derailed threads, notable positives, top sources and source health', () => {
    const { ids, sources } = seedKnownWeek(db)
    const d = reportData(db, '2026-W47', { settings: settings() })
    expect(d.derailedThreads).toHaveLength(1)
    expect(d.derailedThreads[0]).toMatchObject({
      rootPostId: ids.sanne,
      index: 78,
      commentsInWeek: 3
    })
    expect(d.derailedThreads[0]!.summary).toMatch(
      /^Veel reacties in korte tijd en het adres van Leerling [A-Z] in de reacties\.$/
    )
    expect(d.positives.map((p) => p.id)).toEqual([ids.trots, ids.openDag, ids.gym])
    expect(d.topSources.map((s) => [s.sourceId, s.posts, s.comments, s.risky])).toEqual([
      [sources.news, 4, 0, 1],
      [sources.reddit, 2, 3, 3],
      [sources.own, 2, 0, 0]
    ])
    expect(d.topSources[1]!.negativeShare).toBe(1)
    expect(d.topSources[0]!.negativeShare).toBeCloseTo(1 / 3, 10)
    const health = Object.fromEntries(d.sourceHealth.map((h) => [h.sourceId, h]))
    expect(d.sourceHealth).toHaveLength(4) // the comment feed is not a source of its own here
    expect(health[sources.own]!.status).toBe('ok')
    expect(health[sources.reddit]!.status).toBe('stale')
    expect(health[sources.masto]).toMatchObject({
      status: 'errors',
      consecutiveFailures: 3,
      postsInWeek: 0
    })
    expect(health[sources.news]!.postsInWeek).toBe(4)
  })
})

describe('weeks across a daylight-saving change hold exactly their own posts', () => {
  it('2026-W13 (clocks go forward on Sunday 29 March) is 167 hours', () => {
    const s = seeder(db)
    const src = s.source('Bron')
    const at = (iso: string, title: string): number =>
      s.post({ sourceId: src, at: iso, title, score: { level: 'geen', sentiment: 0 } })
    at('2026-03-22T22:59:59.999Z', 'W12 zondag 23:59:59 CET')
    at('2026-03-22T23:00:00.000Z', 'W13 maandag 00:00 CET')
    at('2026-03-29T00:30:00.000Z', 'W13 zondag 01:30 CET')
    at('2026-03-29T01:30:00.000Z', 'W13 zondag 03:30 CEST')
    at('2026-03-29T21:59:59.999Z', 'W13 zondag 23:59:59 CEST')
    at('2026-03-29T22:00:00.000Z', 'W14 maandag 00:00 CEST')
    const d = reportData(db, '2026-W13', { settings: {} })
    expect(d.posts.current).toBe(4)
    expect(d.days.map((x) => x.posts)).toEqual([1, 0, 0, 0, 0, 0, 3])
    expect(d.posts.previous).toBe(1)
    expect(reportData(db, '2026-W14', { settings: {} }).posts.current).toBe(1)
  })

  it('2026-W43/W44 (clocks go back on Sunday 25 October) split at local midnight', () => {
    const s = seeder(db)
    const src = s.source('Bron')
    const at = (iso: string): number =>
      s.post({ sourceId: src, at: iso, score: { level: 'geen', sentiment: 0 } })
    at('2026-10-18T21:59:59.999Z') // W42 Sunday 23:59:59 CEST
    at('2026-10-18T22:00:00.000Z') // W43 Monday 00:00 CEST
    at('2026-10-25T00:30:00.000Z') // 02:30 CEST, first pass
    at('2026-10-25T01:30:00.000Z') // 02:30 CET, second pass
    at('2026-10-25T22:59:59.999Z') // W43 Sunday 23:59:59 CET
    at('2026-10-25T23:00:00.000Z') // W44 Monday 00:00 CET
    at('2026-11-01T22:59:59.999Z') // W44 Sunday 23:59:59 CET
    at('2026-11-01T23:00:00.000Z') // W45 Monday
    const w43 = reportData(db, '2026-W43', { settings: {} })
    expect(w43.posts.current).toBe(4)
    expect(w43.days.map((x) => x.posts)).toEqual([1, 0, 0, 0, 0, 0, 3])
    const w44 = reportData(db, '2026-W44', { settings: {} })
    expect(w44.posts.current).toBe(2)
    expect(w44.days.map((x) => x.posts)).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(w44.posts.previous).toBe(4)
  })
})

describe('report output', () => {
  it('renders self-contained HTML with charts and no names of pupils', () => {
    seedKnownWeek(db)
    const { html, csv } = buildParts(db, '2026-W47', { settings: settings() })
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|\/\/)/i)
    expect(html).not.toMatch(/@import|url\((?!#)/i) // ECharts' url(#clip) fragments are local
    expect(html.match(/<svg[\s>]/g)!.length).toBeGreaterThanOrEqual(4) // logo + 3 charts
    expect(html).toContain('size: A4')
    expect(html).toContain('counter(pages)')
    for (const name of ['Sanne', 'Tim de Boer', 'lisa_2009', 'anon_ouder']) {
      expect(html).not.toContain(name)
      expect(csv).not.toContain(name)
    }
    expect(html).toContain('Trots op onze leerlingen bij de debatwedstrijd')
    // staff are shown by default: the author wrote "Meneer Jansen", and that stays
    expect(csv).toContain('Meneer Jansen zei iets raars')
  })

  it('gives a pupil the same label in the HTML and the CSV', () => {
    seedKnownWeek(db)
    const { html, csv } = buildParts(db, '2026-W47', { settings: settings() })
    const label = /(Leerling [A-Z]+) uit 3B/.exec(csv)![1]!
    expect(html).toContain(`${label} uit 3B wordt al weken gepest`)
    expect(csv).toContain(`Wat erg voor ${label}`)
  })

  it('pseudonymises staff when configured, and can leave pupils as they are', () => {
    seedKnownWeek(db)
    const staff = buildParts(db, '2026-W47', {
      settings: { ...settings(), reportStaffNames: 'pseudonymise' }
    })
    expect(staff.csv).toContain('Medewerker A zei iets raars')
    const off = buildParts(db, '2026-W47', {
      settings: { ...settings(), reportPseudonymiseStudents: false }
    })
    expect(off.csv).toContain('Sanne uit 3B')
    expect(off.html).toContain('pseudonimisering van leerlingen staat uit')
  })

  it('writes every post and comment of the week to the CSV, oldest first', () => {
    const { ids } = seedKnownWeek(db)
    const { csv } = buildParts(db, '2026-W47', { settings: settings() })
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(1 + 11)
    expect(lines[0]).toBe(
      'id,soort,gepubliceerd,bron,auteur,titel,tekst,link,risico,niveau,categorieen,sentiment,model'
    )
    expect(lines[1]!.startsWith(`${ids.gym},bericht,16-11-2026 00:00,`)).toBe(true)
    expect(lines.at(-1)!.startsWith(`${ids.sunday},bericht,22-11-2026 23:59,`)).toBe(true)
    expect(lines.find((l) => l.startsWith(`${ids.c2},reactie,`))).toContain(
      ',60,hoog,personal_info,-0.7,test-1'
    )
  })

  it('renders English when asked', () => {
    seedKnownWeek(db)
    const { html } = buildParts(db, '2026-W47', { settings: settings(), language: 'en' })
    expect(html).toContain('Weekly reputation report')
    expect(html).toContain('<html lang="en">')
  })

  it('CLI writes the file for the week', async () => {
    seedKnownWeek(db)
    const out = await runReportCli(db, settings(), {
      week: '2026-W47',
      format: 'html',
      out: join(tmp.dir, 'r.html')
    })
    expect(readFileSync(out, 'utf8')).toContain('Weekrapport reputatie')
    await expect(
      runReportCli(db, settings(), { week: '2026-W60', format: 'html' })
    ).rejects.toThrow(/bestaat niet/)
    await expect(
      runReportCli(db, settings(), { week: '2026-W47', format: 'docx' })
    ).rejects.toThrow(/pdf, html of csv/)
  })
})
