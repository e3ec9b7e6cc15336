import { describe, expect, it } from 'vitest'
import { MAX_BACKOFF_MS, nextPollDelayMs } from '../../../../electron/core/feeds/schedule'

describe('next poll', () => {
  it('uses the interval after a success, stretched by ttl or cache headers up to two hours', () => {
    expect(nextPollDelayMs({ intervalSeconds: 300, failures: 0 })).toBe(300_000)
    expect(nextPollDelayMs({ intervalSeconds: 300, failures: 0, ttlMinutes: 30 })).toBe(1_800_000)
    expect(nextPollDelayMs({ intervalSeconds: 300, failures: 0, cacheTtlMs: 60_000 })).toBe(300_000)
    expect(nextPollDelayMs({ intervalSeconds: 300, failures: 0, ttlMinutes: 24 * 60 })).toBe(2 * 3600_000)
  })

  it('backs off exponentially with jitter on failure, capped at six hours', () => {
    const mid = () => 0.5
    expect(nextPollDelayMs({ intervalSeconds: 60, failures: 1, random: mid })).toBe(60_000)
    expect(nextPollDelayMs({ intervalSeconds: 60, failures: 3, random: mid })).toBe(240_000)
    expect(nextPollDelayMs({ intervalSeconds: 60, failures: 50, random: mid })).toBe(MAX_BACKOFF_MS)
    const low = nextPollDelayMs({ intervalSeconds: 60, failures: 3, random: () => 0 })
    const high = nextPollDelayMs({ intervalSeconds: 60, failures: 3, random: () => 0.999 })
    expect(low).toBeCloseTo(240_000 * 0.8)
    expect(high).toBeGreaterThan(240_000 * 1.19)
  })

  it('honours a Retry-After longer than the backoff', () => {
    expect(nextPollDelayMs({ intervalSeconds: 60, failures: 1, retryAfterMs: 3600_000, random: () => 0.5 })).toBe(3600_000)
  })
})
