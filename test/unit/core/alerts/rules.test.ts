import { describe, expect, it } from 'vitest'
import { tierFor, alertForSpike } from '../../../../electron/core/alerts/rules'
import { inQuietHours } from '../../../../electron/core/alerts/quiet-hours'

describe('routing tiers', () => {
  it('escalates kritiek/hoog and derailing, sends middel to the officer, keeps laag for the digest', () => {
    expect(tierFor({ level: 'kritiek', categories: ['threat'], derailing: false }, {})).toBe(
      'escalate'
    )
    expect(tierFor({ level: 'hoog', categories: ['bullying'], derailing: false }, {})).toBe(
      'escalate'
    )
    expect(tierFor({ level: 'middel', categories: ['bullying'], derailing: false }, {})).toBe(
      'officer'
    )
    expect(tierFor({ level: 'middel', categories: [], derailing: true }, {})).toBe('escalate')
    expect(tierFor({ level: 'laag', categories: ['negative_press'], derailing: false }, {})).toBe(
      'digest'
    )
  })

  it('is configurable per category', () => {
    const routing = {
      threat: { escalateAt: 'middel' as const },
      negative_press: { escalateAt: 'kritiek' as const, officerAt: 'hoog' as const }
    }
    expect(tierFor({ level: 'middel', categories: ['threat'], derailing: false }, routing)).toBe(
      'escalate'
    )
    expect(
      tierFor({ level: 'hoog', categories: ['negative_press'], derailing: false }, routing)
    ).toBe('officer')
    expect(
      tierFor({ level: 'middel', categories: ['negative_press'], derailing: false }, routing)
    ).toBe('digest')
    // the strictest category of a case wins
    expect(
      tierFor(
        { level: 'middel', categories: ['negative_press', 'threat'], derailing: false },
        routing
      )
    ).toBe('escalate')
  })

  it('gives spikes one alert per kind and hour', () => {
    const s = alertForSpike({
      kind: 'negative',
      hourStart: '2026-11-23T10:00:00.000Z',
      startedAt: '2026-11-23T09:00:00.000Z',
      value: 0.6,
      baseline: 0.1
    })
    expect(s).toMatchObject({
      kind: 'spike',
      dedupeKey: 'spike:negative:2026-11-23T10:00:00.000Z',
      level: 'hoog',
      strategyId: 'spike'
    })
    expect(s.title).toContain('60%')
  })
})

describe('quiet hours', () => {
  const qh = { start: '22:00', end: '07:00', timezone: 'Europe/Amsterdam' }
  it('cross midnight in the school time zone', () => {
    expect(inQuietHours(new Date('2026-11-23T21:30:00Z'), qh)).toBe(true) // 22:30 in Amsterdam
    expect(inQuietHours(new Date('2026-11-23T05:59:00Z'), qh)).toBe(true) // 06:59
    expect(inQuietHours(new Date('2026-11-23T06:00:00Z'), qh)).toBe(false) // 07:00
    expect(inQuietHours(new Date('2026-07-01T20:30:00Z'), qh)).toBe(true) // 22:30 summer time
    expect(inQuietHours(new Date('2026-11-23T12:00:00Z'), qh)).toBe(false)
    expect(inQuietHours(new Date('2026-11-23T12:00:00Z'), null)).toBe(false)
  })
})
