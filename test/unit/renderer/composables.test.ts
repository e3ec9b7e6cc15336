import { describe, it, expect } from 'vitest'
import { resolve } from 'node:path'
import type { TimeSeriesPoint } from '../../../electron/shared/api'
import type { EvidenceSpan } from '../../../electron/shared/domain'

/**
 * The renderer's pure composables, run in Node. They are loaded by path at run time because the Node type-check
 * project (tsconfig.node.json) does not include src/; the shapes used here are declared below.
 */
const src = resolve(import.meta.dirname, '../../../src/composables')
type Part = { text: string; evidence: EvidenceSpan | null }
interface Bucket {
  start: Date
  posts: number
  negative: number
  negativeShare: number | null
  meanRisk: number | null
}
const { nextIndex, isTypingTarget, GO_SHORTCUTS } = (await import(`${src}/keys.ts`)) as {
  nextIndex: (key: string, current: number, count: number) => number | null
  isTypingTarget: (t: EventTarget | null) => boolean
  GO_SHORTCUTS: Record<string, string>
}
const { foldSeries, bucketStart } = (await import(`${src}/series.ts`)) as {
  foldSeries: (points: TimeSeriesPoint[], from: Date, to: Date, size: 'hour' | 'day') => Bucket[]
  bucketStart: (d: Date, size: 'hour' | 'day') => Date
}
type Display = (author: string | null) => string
const { pseudonymiser, pileOn } = (await import(`${src}/pseudonym.ts`)) as {
  pseudonymiser: (known: { staff: { name: string; handles: string[] }[]; schoolAccounts: string[] }, label?: string) => Display
  pileOn: (c: { author: string | null; risky: boolean }[], d: Display) => { name: string; comments: number; risky: number }[]
}
const { splitByEvidence, dropPrefix } = (await import(`${src}/useEvidence.ts`)) as {
  splitByEvidence: (text: string, spans: EvidenceSpan[]) => Part[]
  dropPrefix: (parts: Part[], n: number) => Part[]
}

describe('keyboard list navigation', () => {
  it('j/k move within bounds and start at the first row', () => {
    expect(nextIndex('j', -1, 5)).toBe(0)
    expect(nextIndex('j', 0, 5)).toBe(1)
    expect(nextIndex('j', 4, 5)).toBe(4)
    expect(nextIndex('k', 3, 5)).toBe(2)
    expect(nextIndex('k', 0, 5)).toBe(0)
    expect(nextIndex('End', 0, 5)).toBe(4)
    expect(nextIndex('Home', 3, 5)).toBe(0)
  })
  it('ignores other keys and empty lists', () => {
    expect(nextIndex('x', 1, 5)).toBeNull()
    expect(nextIndex('j', -1, 0)).toBeNull()
  })
  it('treats fields as typing targets so letters stay text', () => {
    expect(isTypingTarget({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true)
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true)
    expect(isTypingTarget({ tagName: 'LI' } as unknown as EventTarget)).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
  })
  it('has a go-to shortcut for every main view, each a distinct route', () => {
    const routes = Object.values(GO_SHORTCUTS)
    expect(new Set(routes).size).toBe(routes.length)
    expect(routes).toEqual(expect.arrayContaining(['/', '/berichten', '/meldingen', '/bronnen', '/instellingen']))
  })
})

describe('foldSeries', () => {
  const pt = (hour: string, posts: number, negative: number, meanRisk: number | null): TimeSeriesPoint => ({
    hour,
    posts,
    negative,
    positive: 0,
    risky: 0,
    meanRisk,
    meanSentiment: null
  })
  it('folds UTC hours into continuous local buckets with zeros for empty ones', () => {
    const from = new Date(2026, 10, 20, 0, 0, 0)
    const to = new Date(2026, 10, 23, 0, 0, 0)
    const h1 = new Date(2026, 10, 20, 10).toISOString()
    const h2 = new Date(2026, 10, 20, 15).toISOString()
    const h3 = new Date(2026, 10, 22, 9).toISOString()
    const b = foldSeries([pt(h1, 4, 1, 10), pt(h2, 6, 3, 30), pt(h3, 2, 2, null)], from, to, 'day')
    expect(b.map((x) => x.posts)).toEqual([10, 0, 2])
    expect(b.map((x) => x.negative)).toEqual([4, 0, 2])
    expect(b[0]!.negativeShare).toBeCloseTo(0.4)
    expect(b[1]!.negativeShare).toBeNull()
    // post-weighted mean: (10*4 + 30*6) / 10
    expect(b[0]!.meanRisk).toBe(22)
    expect(b[2]!.meanRisk).toBeNull()
    expect(b[0]!.start.getTime()).toBe(bucketStart(from, 'day').getTime())
  })
  it('drops points outside the range and makes hourly buckets', () => {
    const from = new Date(2026, 10, 20, 8)
    const to = new Date(2026, 10, 20, 11)
    const inside = new Date(2026, 10, 20, 9, 0).toISOString()
    const outside = new Date(2026, 10, 21, 9, 0).toISOString()
    const b = foldSeries([pt(inside, 3, 0, 5), pt(outside, 99, 0, 5)], from, to, 'hour')
    expect(b).toHaveLength(3)
    expect(b.map((x) => x.posts)).toEqual([0, 3, 0])
  })
})

describe('pseudonymiser', () => {
  it('numbers unknown authors by first appearance and keeps known school and staff accounts', () => {
    const name = pseudonymiser({ staff: [{ name: 'Jan Kok', handles: ['@jkok'] }], schoolAccounts: ['@AlmereCollege'] })
    expect(name('yas.mine08')).toBe('Deelnemer 1')
    expect(name('almerecollege')).toBe('almerecollege')
    expect(name('ruben_2009')).toBe('Deelnemer 2')
    expect(name('YAS.MINE08')).toBe('Deelnemer 1')
    expect(name('jkok')).toBe('jkok')
    expect(name('Jan Kok')).toBe('Jan Kok')
    expect(name(null)).toBe('Deelnemer ?')
  })
  it('counts who piles on, riskiest first', () => {
    const name = pseudonymiser({ staff: [], schoolAccounts: [] }, 'Participant')
    const rows = pileOn(
      [
        { author: 'a', risky: false },
        { author: 'b', risky: true },
        { author: 'b', risky: true },
        { author: 'a', risky: false },
        { author: 'c', risky: true }
      ],
      name
    )
    expect(rows).toEqual([
      { name: 'Participant 2', comments: 2, risky: 2 },
      { name: 'Participant 3', comments: 1, risky: 1 },
      { name: 'Participant 1', comments: 2, risky: 0 }
    ])
  })
})

describe('evidence parts', () => {
  const span = (start: number, end: number, text: string): EvidenceSpan => ({ start, end, text, category: 'threat', rule: 'r' })
  it('drops the title prefix but keeps highlights at the right place', () => {
    const text = 'Titel\nik maak je af morgen'
    const parts = splitByEvidence(text, [span(6, 18, 'ik maak je a'), span(0, 3, 'Tit')])
    const body = dropPrefix(parts, 'Titel\n'.length)
    expect(body.map((p) => p.text).join('')).toBe('ik maak je af morgen')
    expect(body.filter((p) => p.evidence).map((p) => p.text)).toEqual(['ik maak je a'])
  })
  it('cuts a highlight that straddles the prefix', () => {
    const parts = splitByEvidence('abcdef', [span(1, 4, 'bcd')])
    const out = dropPrefix(parts, 2)
    expect(out).toEqual([
      { text: 'cd', evidence: span(1, 4, 'bcd') },
      { text: 'ef', evidence: null }
    ])
  })
})
