/**
 * Mention-volume and negative-share spikes against an hour-of-week baseline. Pure: hourly counts in, spikes out.
 * Hours are compared by their hour of week in the school's time zone (Europe/Amsterdam), so across a daylight
 * saving switch the baseline is still the same wall-clock hour (the evening peak stays the evening peak).
 */
import type { Spike } from '../../shared/domain.ts'

export interface HourlyCount {
  hourStart: string
  count: number
  negative: number
}

export interface SpikeOptions {
  /** Fewer posts than this in an hour never make a spike. */
  minCount?: number
  /** Count must be at least baseline × ratio. */
  ratio?: number
  /** And this many Poisson standard deviations above the baseline. */
  minZ?: number
  /** Consecutive elevated hours before a spike is reported. */
  persistence?: number
  /** Hours after a reported spike during which the same kind is not reported again. */
  cooldownHours?: number
  /** Weeks of history used for the hour-of-week baseline. */
  weeks?: number
  /** Negative share must exceed its baseline by this much (0..1). */
  negativeDelta?: number
  /** IANA time zone whose wall-clock hour of week is the baseline (default Europe/Amsterdam). */
  timeZone?: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Wall-clock hour of week (0 = Monday 00:00) of a UTC instant in a time zone. */
export function hourOfWeek(t: number, timeZone = 'Europe/Amsterdam'): number {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      hourCycle: 'h23'
    })
    formatters.set(timeZone, f)
  }
  let day = 0
  let hour = 0
  for (const part of f.formatToParts(t)) {
    if (part.type === 'weekday') day = WEEKDAYS.indexOf(part.value)
    if (part.type === 'hour') hour = Number(part.value)
  }
  return day * 24 + hour
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

const HOUR = 3_600_000
const WEEK = 168 * HOUR

/** Detect volume and negative-share spikes in hourly counts (any order, missing hours count as zero). */
export function detectSpikes(hourly: HourlyCount[], opts: SpikeOptions = {}): Spike[] {
  const o = {
    minCount: 10,
    ratio: 2.5,
    minZ: 3,
    persistence: 2,
    cooldownHours: 6,
    weeks: 4,
    negativeDelta: 0.2,
    timeZone: 'Europe/Amsterdam',
    ...opts
  }
  const rows = hourly
    .map((h) => ({ ...h, t: Math.floor(Date.parse(h.hourStart) / HOUR) * HOUR }))
    .filter((h) => Number.isFinite(h.t))
    .sort((a, b) => a.t - b.t)
  if (!rows.length) return []
  const first = rows[0].t
  const byTime = new Map(rows.map((r) => [r.t, r]))
  const at = (t: number) => (t < first ? undefined : (byTime.get(t) ?? { count: 0, negative: 0 }))

  const how = new Map<number, number>()
  const localHour = (t: number) => {
    let h = how.get(t)
    if (h === undefined) how.set(t, (h = hourOfWeek(t, o.timeZone)))
    return h
  }
  /** The instant near `t` (±1 hour for a daylight saving switch) with wall-clock hour of week `want`. */
  const sameLocal = (t: number, want: number) =>
    [t, t - HOUR, t + HOUR].find((c) => localHour(c) === want)
  /** Baseline for an hour: the same hour in earlier weeks; until two weeks exist, the same hour on earlier days. */
  function history(t: number): { count: number; negative: number }[] {
    const want = localHour(t)
    const weeks: { count: number; negative: number }[] = []
    for (let w = 1; w <= o.weeks; w++) {
      const c = sameLocal(t - w * WEEK, want)
      const r = c === undefined ? undefined : at(c)
      if (r) weeks.push(r)
    }
    if (weeks.length >= 2) return weeks
    const days: { count: number; negative: number }[] = []
    for (let d = 1; d <= 7; d++) {
      const c = sameLocal(t - d * 24 * HOUR, (want - d * 24 + 168 * 2) % 168)
      const r = c === undefined ? undefined : at(c)
      if (r) days.push(r)
    }
    return days
  }

  const spikes: Spike[] = []
  const state = {
    volume: { run: 0, runStart: 0, quietUntil: -Infinity },
    negative: { run: 0, runStart: 0, quietUntil: -Infinity }
  }
  const last = rows[rows.length - 1].t
  for (let t = first; t <= last; t += HOUR) {
    const r = at(t)!
    const hist = history(t)
    if (hist.length < 2) continue
    const base = median(hist.map((h) => h.count))
    const z = (r.count - base) / Math.sqrt(Math.max(base, 1))
    const volumeUp = r.count >= o.minCount && r.count >= base * o.ratio && z >= o.minZ
    const sumCount = hist.reduce((a, h) => a + h.count, 0)
    const baseShare = sumCount ? hist.reduce((a, h) => a + h.negative, 0) / sumCount : 0
    const share = r.count ? r.negative / r.count : 0
    const negativeUp = r.count >= o.minCount && share >= baseShare + o.negativeDelta
    step('volume', volumeUp, t, r.count, base)
    step('negative', negativeUp, t, round(share), round(baseShare))
  }
  return spikes

  function step(
    kind: Spike['kind'],
    up: boolean,
    t: number,
    value: number,
    baseline: number
  ): void {
    const s = state[kind]
    if (!up) {
      s.run = 0
      return
    }
    if (s.run === 0) s.runStart = t
    s.run++
    // Still elevated when the cooldown ends: report again, so a long episode is not forgotten.
    if (s.run >= o.persistence && t >= s.quietUntil) {
      spikes.push({
        kind,
        hourStart: new Date(t).toISOString(),
        startedAt: new Date(s.runStart).toISOString(),
        value,
        baseline
      })
      s.quietUntil = t + o.cooldownHours * HOUR
    }
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
