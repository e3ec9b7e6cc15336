/** When to poll a source next: its interval, stretched by the feed's `<ttl>` and cache headers, backed off on failure. */

/** Never poll a failing source less often than this. */
export const MAX_BACKOFF_MS = 6 * 3600 * 1000
/** Cache headers and `<ttl>` may stretch the interval, but never beyond this. */
const MAX_HINT_MS = 2 * 3600 * 1000

export interface ScheduleInput {
  intervalSeconds: number
  /** Consecutive failures including this one (0 after a success). */
  failures: number
  retryAfterMs?: number
  ttlMinutes?: number
  cacheTtlMs?: number
  /** 0..1 random source, injectable for tests. */
  random?: () => number
}

/**
 * Milliseconds until the next poll. Success: the interval, or the feed's own hint (ttl, max-age) when that is
 * longer, capped at two hours. Failure: exponential backoff with ±20 % jitter (so many dead sources do not poll in
 * lockstep), capped at six hours; a server's Retry-After wins when it asks for more.
 */
export function nextPollDelayMs(i: ScheduleInput): number {
  const interval = i.intervalSeconds * 1000
  const random = i.random ?? Math.random
  if (i.failures <= 0) {
    const hint = Math.max(i.ttlMinutes ? i.ttlMinutes * 60_000 : 0, i.cacheTtlMs ?? 0)
    return Math.max(interval, Math.min(hint, MAX_HINT_MS))
  }
  const backoff = Math.min(interval * 2 ** Math.min(i.failures - 1, 16), MAX_BACKOFF_MS)
  const jittered = backoff * (0.8 + 0.4 * random())
  return Math.max(jittered, i.retryAfterMs ?? 0)
}
