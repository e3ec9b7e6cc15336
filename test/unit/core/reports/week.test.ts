import { describe, expect, it } from 'vitest'
import {
  lastScheduledRun,
  nextScheduledRun,
  shiftWeek,
  weekOf,
  weekRange
} from '../../../../electron/core/reports/week'

const hours = (r: { from: string; to: string }): number =>
  (Date.parse(r.to) - Date.parse(r.from)) / 3_600_000

describe('ISO weeks in Europe/Amsterdam', () => {
  it('runs Monday 00:00 to Monday 00:00 local time', () => {
    const r = weekRange('2026-W47')
    expect([r.from, r.to]).toEqual(['2026-11-15T23:00:00.000Z', '2026-11-22T23:00:00.000Z'])
    expect(r.dates[0]).toBe('2026-11-16')
    expect(r.dayBounds).toHaveLength(8)
  })

  it('is 167 hours when the clocks go forward and 169 when they go back', () => {
    expect(hours(weekRange('2026-W13'))).toBe(167)
    expect(weekRange('2026-W13').to).toBe('2026-03-29T22:00:00.000Z')
    expect(hours(weekRange('2026-W43'))).toBe(169)
    expect(hours(weekRange('2026-W44'))).toBe(168)
    // the Sunday of the change has 23 and 25 hours
    const w13 = weekRange('2026-W13').dayBounds
    expect((Date.parse(w13[7]!) - Date.parse(w13[6]!)) / 3_600_000).toBe(23)
    const w43 = weekRange('2026-W43').dayBounds
    expect((Date.parse(w43[7]!) - Date.parse(w43[6]!)) / 3_600_000).toBe(25)
  })

  it('handles week 53 and the turn of the year', () => {
    expect(weekRange('2026-W53').dates).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03'
    ])
    expect(shiftWeek('2026-W53', 1).week).toBe('2027-W01')
    expect(shiftWeek('2027-W01', -1).week).toBe('2026-W53')
    expect(() => weekRange('2025-W53')).toThrow(/bestaat niet/)
    expect(() => weekRange('2026-47')).toThrow(/ISO-week/)
  })

  it('finds the week of an instant in local time', () => {
    expect(weekOf(new Date('2026-11-15T22:59:59.999Z')).week).toBe('2026-W46')
    expect(weekOf(new Date('2026-11-15T23:00:00.000Z')).week).toBe('2026-W47')
  })

  it('owes the run of the week that just ended from Monday 08:00 local time', () => {
    // Monday 23 Nov 2026 08:00 CET = 07:00Z
    expect(lastScheduledRun(new Date('2026-11-23T06:59:59.000Z')).week).toBe('2026-W46')
    expect(lastScheduledRun(new Date('2026-11-23T07:00:00.000Z'))).toEqual({
      at: new Date('2026-11-23T07:00:00.000Z'),
      week: '2026-W47'
    })
    expect(lastScheduledRun(new Date('2026-11-27T12:00:00.000Z')).week).toBe('2026-W47')
    // summer time: Monday 30 March 2026 08:00 CEST = 06:00Z
    expect(lastScheduledRun(new Date('2026-03-30T06:00:00.000Z')).week).toBe('2026-W13')
    expect(nextScheduledRun(new Date('2026-03-27T12:00:00.000Z')).toISOString()).toBe(
      '2026-03-30T06:00:00.000Z'
    )
    expect(nextScheduledRun(new Date('2026-11-23T07:00:00.000Z')).toISOString()).toBe(
      '2026-11-30T07:00:00.000Z'
    )
  })
})
