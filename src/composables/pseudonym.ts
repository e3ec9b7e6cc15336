/**
 * Authors in comment threads may be minors: the dashboard shows "Deelnemer 1..n" (numbered in order of first
 * appearance) unless the author is a known school or staff account from settings, which keep their name.
 */
export interface KnownAccounts {
  staff: { name: string; handles: string[] }[]
  schoolAccounts: string[]
}

const norm = (s: string): string => s.trim().replace(/^@/, '').toLowerCase()

/** Builds a stable author → display-name function for one thread. */
export function pseudonymiser(known: KnownAccounts, label = 'Deelnemer'): (author: string | null) => string {
  const keep = new Set<string>()
  for (const a of known.schoolAccounts) keep.add(norm(a))
  for (const s of known.staff) {
    keep.add(norm(s.name))
    for (const h of s.handles) keep.add(norm(h))
  }
  const numbers = new Map<string, number>()
  return (author) => {
    if (!author || !author.trim()) return `${label} ?`
    const key = norm(author)
    if (keep.has(key)) return author.trim()
    let n = numbers.get(key)
    if (n === undefined) {
      n = numbers.size + 1
      numbers.set(key, n)
    }
    return `${label} ${n}`
  }
}

/** Who piles on: comment counts per (pseudonymised) author, most active first. */
export function pileOn(
  comments: { author: string | null; risky: boolean }[],
  display: (author: string | null) => string
): { name: string; comments: number; risky: number }[] {
  const by = new Map<string, { name: string; comments: number; risky: number }>()
  for (const c of comments) {
    const name = display(c.author)
    const row = by.get(name) ?? { name, comments: 0, risky: 0 }
    row.comments++
    if (c.risky) row.risky++
    by.set(name, row)
  }
  return [...by.values()].sort((a, b) => b.risky - a.risky || b.comments - a.comments)
}
