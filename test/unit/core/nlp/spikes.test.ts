import { describe, expect, it } from 'vitest'
import { detectSpikes, hourOfWeek, type HourlyCount } from '../../../../electron/core/nlp/index.ts'

const START = Date.parse('2026-10-05T00:00:00Z')
const HOUR = 3_600_000

/** Four weeks of a daily rhythm (busy after school), with optional overrides by hour offset. */
function series(
  weeks: number,
  overrides: Record<number, Partial<HourlyCount>> = {}
): HourlyCount[] {
  const out: HourlyCount[] = []
  for (let h = 0; h < weeks * 168; h++) {
    const hourOfDay = h % 24
    const count = hourOfDay >= 15 && hourOfDay <= 21 ? 6 : 1
    out.push({
      hourStart: new Date(START + h * HOUR).toISOString(),
      count,
      negative: Math.floor(count / 6),
      ...overrides[h]
    })
  }
  return out
}

const spikeAt = 4 * 168 - 168 + 10 // a Monday 10:00 UTC in the last week, normally quiet

describe('detectSpikes', () => {
  it('reports nothing for an ordinary rhythm', () => {
    expect(detectSpikes(series(4))).toEqual([])
  })

  it('needs persistence: two elevated hours make one spike, one does not', () => {
    const one = detectSpikes(series(4, { [spikeAt]: { count: 40, negative: 4 } }))
    expect(one.filter((s) => s.kind === 'volume')).toEqual([])
    const two = detectSpikes(
      series(4, {
        [spikeAt]: { count: 40, negative: 4 },
        [spikeAt + 1]: { count: 35, negative: 3 }
      })
    )
    const v = two.filter((s) => s.kind === 'volume')
    expect(v).toHaveLength(1)
    expect(v[0].startedAt).toBe(new Date(START + spikeAt * HOUR).toISOString())
    expect(v[0].hourStart).toBe(new Date(START + (spikeAt + 1) * HOUR).toISOString())
    expect(v[0].baseline).toBe(1)
  })

  it('compares with the same hour of the week: the usual evening peak is no spike', () => {
    const evening = 4 * 168 - 168 + 18
    const s = detectSpikes(series(4, { [evening]: { count: 9 }, [evening + 1]: { count: 9 } }), {
      minCount: 5
    })
    expect(s.filter((x) => x.kind === 'volume')).toEqual([])
  })

  it('ignores small absolute numbers (minimum count)', () => {
    const s = detectSpikes(series(4, { [spikeAt]: { count: 8 }, [spikeAt + 1]: { count: 8 } }))
    expect(s).toEqual([])
  })

  it('holds a cooldown after a spike', () => {
    const o: Record<number, Partial<HourlyCount>> = {}
    for (let h = spikeAt; h < spikeAt + 12; h++) o[h] = { count: 40, negative: 4 }
    o[spikeAt + 4] = { count: 1, negative: 0 }
    const s = detectSpikes(series(4, o), { cooldownHours: 6 }).filter((x) => x.kind === 'volume')
    expect(s).toHaveLength(2)
    expect(Date.parse(s[1].hourStart) - Date.parse(s[0].hourStart)).toBeGreaterThanOrEqual(6 * HOUR)
  })

  it('finds a negative-share spike even when volume is normal for the hour', () => {
    const evening = 4 * 168 - 168 + 17
    const s = detectSpikes(
      series(4, {
        [evening]: { count: 12, negative: 10 },
        [evening + 1]: { count: 12, negative: 9 }
      }),
      {
        minCount: 10
      }
    )
    const neg = s.filter((x) => x.kind === 'negative')
    expect(neg).toHaveLength(1)
    expect(neg[0].value).toBeGreaterThan(0.7)
  })
})

describe('detectSpikes in Europe/Amsterdam time', () => {
  // EU summer time starts Sunday 2026-03-29 01:00 UTC: the evening peak at 20:00 local moves from 19:00 UTC to
  // 18:00 UTC. A UTC hour-of-week baseline would call the first summer evenings a spike.
  const from = Date.parse('2026-03-09T00:00:00Z')
  function localSeries(days: number, extra: (local: number, t: number) => number = () => 0) {
    const out: HourlyCount[] = []
    for (let t = from; t < from + days * 24 * HOUR; t += HOUR) {
      const local = hourOfWeek(t) % 24
      const count = (local === 20 ? 30 : 4) + extra(local, t)
      out.push({ hourStart: new Date(t).toISOString(), count, negative: 1 })
    }
    return out
  }

  it('maps instants to Amsterdam hour of week across the switch', () => {
    expect(hourOfWeek(Date.parse('2026-03-23T19:00:00Z'))).toBe(20) // Monday 20:00 CET
    expect(hourOfWeek(Date.parse('2026-03-30T18:00:00Z'))).toBe(20) // Monday 20:00 CEST
  })

  it('does not see the evening peak as a spike after summer time starts', () => {
    expect(detectSpikes(localSeries(28), { persistence: 1 })).toEqual([])
  })

  it('still finds a real spike after the switch', () => {
    const at = Date.parse('2026-04-01T09:00:00Z')
    const spikes = detectSpikes(
      localSeries(28, (_, t) => (t === at ? 60 : 0)),
      { persistence: 1 }
    )
    expect(spikes.map((s) => [s.kind, s.hourStart])).toEqual([
      ['volume', '2026-04-01T09:00:00.000Z']
    ])
  })
})
