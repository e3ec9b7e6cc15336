/** Quiet hours for desktop notifications, in the school's time zone (a window may cross midnight). */
export function inQuietHours(
  now: Date,
  qh: { start: string; end: string; timezone: string } | null
): boolean {
  if (!qh || qh.start === qh.end) return false
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: qh.timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(now)
  const h = Number(parts.find((p) => p.type === 'hour')?.value ?? 0)
  const m = Number(parts.find((p) => p.type === 'minute')?.value ?? 0)
  const t = h * 60 + m
  const toMin = (s: string): number => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))
  const a = toMin(qh.start)
  const b = toMin(qh.end)
  return a < b ? t >= a && t < b : t >= a || t < b
}
