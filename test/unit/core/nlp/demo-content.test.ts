/**
 * Scores every post, comment and template of the demo (resources/demo/script.json) with the staff register the
 * demo configures (resources/demo/settings.json) and the shipped model, against the officer's expectations in
 * demo-expectations.json. The demo is what people see first: a wrong level there is a visible bug.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  levelRank,
  scoredText,
  type CategoryId,
  type PostScore,
  type RiskLevel
} from '../../../../electron/shared/domain.ts'
import {
  createScorer,
  loadModel,
  scoreThread,
  type StaffRegister
} from '../../../../electron/core/nlp/index.ts'

const root = resolve(import.meta.dirname, '../../../..')
const readJson = (rel: string) => JSON.parse(readFileSync(resolve(root, rel), 'utf8'))

interface DemoPost {
  id: string
  title: string
  html: string
  author: string
  media?: string
}
interface DemoComment {
  id: string
  at: number
  ago?: number
  author: string
  text: string
}
type Band = [RiskLevel, RiskLevel, { top?: CategoryId; has?: CategoryId[]; not?: CategoryId[] }?]

const script = readJson('resources/demo/script.json') as {
  posts: DemoPost[]
  threads: { id: string; comments: DemoComment[] }[]
  templates: Omit<DemoPost, 'id'>[]
  fillers: Record<string, string[]>
}
const settings = readJson('resources/demo/settings.json') as StaffRegister
const expected = readJson('test/unit/core/nlp/demo-expectations.json') as {
  posts: Record<string, Band>
  comments: Record<string, Band>
  templates: Band
  threads: Record<string, { derailsByEnd: boolean; calmFirst?: number }>
}
const scorer = createScorer({
  model: loadModel(),
  staff: { staff: settings.staff, schoolAccounts: settings.schoolAccounts }
})

/** The feed normaliser's view of a demo item: title plus the HTML as plain text. */
function plain(html: string): string {
  return html
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

function scorePost(p: Omit<DemoPost, 'id'>): PostScore {
  return scorer.score({
    text: scoredText({ title: p.title, text: plain(p.html) }),
    media: Boolean(p.media),
    author: p.author
  })
}

function check(label: string, s: PostScore, band: Band): void {
  const [min, max, extra] = band
  const got = `${label}: ${s.level} (${s.risk}) ${s.categories.map((c) => `${c.id}:${c.confidence}`).join(' ')}`
  expect(levelRank(s.level) >= levelRank(min) && levelRank(s.level) <= levelRank(max), got).toBe(
    true
  )
  const ids = s.categories.map((c) => c.id)
  if (extra?.top) expect(ids[0], got).toBe(extra.top)
  for (const c of extra?.has ?? []) expect(ids, got).toContain(c)
  for (const c of extra?.not ?? []) expect(ids, got).not.toContain(c)
}

describe('demo content is scored as an officer would', () => {
  it('has an expectation for every post and comment', () => {
    expect(Object.keys(expected.posts).sort()).toEqual(script.posts.map((p) => p.id).sort())
    const comments = script.threads.flatMap((t) => t.comments.map((c) => c.id))
    expect(Object.keys(expected.comments).sort()).toEqual(comments.sort())
  })

  it.each(script.posts.map((p) => [p.id, p] as const))('post %s', (id, p) => {
    check(id, scorePost(p), expected.posts[id])
  })

  it.each(script.threads.flatMap((t) => t.comments).map((c) => [c.id, c] as const))(
    'comment %s',
    (id, c) => {
      check(id, scorer.score({ text: c.text, author: c.author }), expected.comments[id])
    }
  )

  it('scores every template with every class filler in its band', () => {
    const f = script.fillers
    for (const t of script.templates)
      for (const klas of f.klas) {
        const fill = (s: string) =>
          s.replaceAll('{klas}', klas).replaceAll('{vak}', f.vak[0]).replaceAll('{dag}', f.dag[0])
        const p = { ...t, title: fill(t.title), html: fill(t.html) }
        check(p.title, scorePost(p), expected.templates)
      }
  })

  it.each(script.threads.map((t) => [t.id, t] as const))('thread %s', (id, t) => {
    const want = expected.threads[id]
    const r = scoreThread(
      t.comments.map((c) => ({
        author: c.author,
        minutes: (c.at - (c.ago ?? 0)) / 60,
        text: c.text
      })),
      scorer
    )
    const got = `${id}: ${r.trajectory.join(',')} (${r.explanation})`
    expect(r.derailing, got).toBe(want.derailsByEnd)
    if (!want.derailsByEnd) expect(Math.max(...r.trajectory), got).toBeLessThan(50)
    if (want.calmFirst) {
      expect(
        r.trajectory.slice(0, want.calmFirst).every((v) => v < 50),
        got
      ).toBe(true)
      expect(r.turningPoint, got).not.toBeNull()
      expect(r.turningPoint!, got).toBeGreaterThanOrEqual(want.calmFirst)
    }
  })
})
