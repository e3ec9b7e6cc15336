/**
 * Feed dates in the formats the web actually sends: RFC 822 (with European zone names), ISO 8601, and a few
 * common mistakes. Pure, no I/O.
 */

const ZONES: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  MESZ: '+0200',
  MEZ: '+0100',
  BST: '+0100',
  WET: '+0000',
  WEST: '+0100',
  EET: '+0200',
  EEST: '+0300',
  IST: '+0530',
  JST: '+0900',
  AEST: '+1000',
  AEDT: '+1100'
}

const NL_MONTHS: Record<string, string> = {
  januari: 'Jan',
  februari: 'Feb',
  maart: 'Mar',
  april: 'Apr',
  mei: 'May',
  juni: 'Jun',
  juli: 'Jul',
  augustus: 'Aug',
  september: 'Sep',
  oktober: 'Oct',
  november: 'Nov',
  december: 'Dec',
  mrt: 'Mar',
  okt: 'Oct'
}

/** Parse a feed date to epoch milliseconds, or null when it cannot be read. */
export function parseFeedDate(raw: string | null | undefined): number | null {
  if (!raw) return null
  let s = raw.trim()
  if (!s) return null
  let t = Date.parse(s)
  if (!Number.isNaN(t)) return t
  s = s
    .replace(/\b([A-Z]{3,4})$/, (z) => ZONES[z] ?? z)
    .replace(/^[A-Za-zé]{2,9}\.?,\s*/, '')
    .replace(/\b([a-z]+)\b/gi, (w) => NL_MONTHS[w.toLowerCase()] ?? w)
    .replace(/(\d)(st|nd|rd|th)\b/, '$1')
  t = Date.parse(s)
  if (!Number.isNaN(t)) return t
  // "2024-03-05 14:07:00" without zone: treat as UTC rather than lose it.
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(s)
  if (m) {
    t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0))
    return Number.isNaN(t) ? null : t
  }
  return null
}
