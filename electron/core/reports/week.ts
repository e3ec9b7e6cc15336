/**
 * ISO weeks in the school's time zone. A report week runs from Monday 00:00 to the next Monday 00:00 in
 * Europe/Amsterdam; luxon does the calendar so weeks that cross a daylight-saving change are 167 or 169 hours long.
 */
import { DateTime } from 'luxon'

export const REPORT_ZONE = 'Europe/Amsterdam'

export interface WeekRange {
  /** `2026-W47` */
  week: string
  year: number
  number: number
  /** UTC ISO (same format as posts.published_at: `toISOString()`), inclusive. */
  from: string
  /** UTC ISO, exclusive. */
  to: string
  /** Local midnight of each of the 7 days plus the next Monday, as UTC ISO: 8 boundaries. */
  dayBounds: string[]
  /** Local dates YYYY-MM-DD of Monday..Sunday. */
  dates: string[]
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/

function utcIso(d: DateTime): string {
  return new Date(d.toMillis()).toISOString()
}

function rangeOf(monday: DateTime): WeekRange {
  const days = Array.from({ length: 8 }, (_, i) => monday.plus({ days: i }))
  return {
    week: `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, '0')}`,
    year: monday.weekYear,
    number: monday.weekNumber,
    from: utcIso(days[0]!),
    to: utcIso(days[7]!),
    dayBounds: days.map(utcIso),
    dates: days.slice(0, 7).map((d) => d.toISODate()!)
  }
}

/**
 * Parses `YYYY-Www` into its local Monday-to-Monday range. Throws a Dutch message for a malformed week or one that
 * the year does not have (W53 exists only in long years).
 */
export function weekRange(week: string): WeekRange {
  const m = WEEK_RE.exec(week.trim())
  if (!m) throw new Error(`"${week}" is geen ISO-week; gebruik bijvoorbeeld 2026-W47.`)
  const monday = DateTime.fromObject(
    { weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 },
    { zone: REPORT_ZONE }
  ).startOf('day')
  if (!monday.isValid || monday.weekNumber !== Number(m[2]))
    throw new Error(`Week ${week} bestaat niet in ${m[1]}.`)
  return rangeOf(monday)
}

/** The week `n` weeks before (negative) or after (positive) the given one. */
export function shiftWeek(week: string, n: number): WeekRange {
  const r = weekRange(week)
  return rangeOf(DateTime.fromISO(r.from, { zone: REPORT_ZONE }).plus({ weeks: n }).startOf('day'))
}

/** The ISO week that contains the instant `at` (in Amsterdam time). */
export function weekOf(at: Date): WeekRange {
  return rangeOf(DateTime.fromJSDate(at, { zone: REPORT_ZONE }).startOf('week'))
}

/**
 * The most recent Monday 08:00 Amsterdam time at or before `now`, and the week that had just ended then: the run the
 * schedule owes. Before 08:00 on a Monday the owed run is last Monday's.
 */
export function lastScheduledRun(now: Date, hour = 8): { at: Date; week: string } {
  const local = DateTime.fromJSDate(now, { zone: REPORT_ZONE })
  let slot = local.startOf('week').set({ hour })
  if (slot > local) slot = slot.minus({ weeks: 1 })
  return { at: slot.toJSDate(), week: rangeOf(slot.startOf('week').minus({ weeks: 1 })).week }
}

/** The next Monday 08:00 Amsterdam time strictly after `now`. */
export function nextScheduledRun(now: Date, hour = 8): Date {
  const local = DateTime.fromJSDate(now, { zone: REPORT_ZONE })
  let slot = local.startOf('week').set({ hour })
  if (slot <= local) slot = slot.plus({ weeks: 1 })
  return slot.toJSDate()
}

/** UTC offset (minutes) of Amsterdam per UTC hour: offsets only change on the hour, and a CSV has 10,000 dates. */
const offsets = new Map<string, number>()

/** Local date-time for display, e.g. `23-11-2026 14:05` (nl) or `2026-11-23 14:05` (en). */
export function localDateTime(iso: string, lang: 'nl' | 'en' = 'nl'): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return iso
  const hourKey = String(Math.floor(ms / 3_600_000))
  let off = offsets.get(hourKey)
  if (off === undefined) {
    off = DateTime.fromMillis(ms, { zone: REPORT_ZONE }).offset
    if (offsets.size > 50_000) offsets.clear()
    offsets.set(hourKey, off)
  }
  const d = new Date(ms + off * 60_000)
  const p = (n: number): string => String(n).padStart(2, '0')
  const date =
    lang === 'nl'
      ? `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`
      : `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`
  return `${date} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** Local date for display, e.g. `maandag 23 november 2026`. */
export function localDate(isoDate: string, lang: 'nl' | 'en', format = 'cccc d LLLL yyyy'): string {
  return DateTime.fromISO(isoDate, { zone: REPORT_ZONE })
    .setLocale(lang === 'nl' ? 'nl-NL' : 'en-GB')
    .toFormat(format)
}
