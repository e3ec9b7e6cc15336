import type { EvidenceSpan } from '@shared/domain'

export interface TextPart {
  text: string
  evidence: EvidenceSpan | null
}

/**
 * Splits plain text into parts around evidence spans, so the template can highlight them with plain
 * interpolation (no HTML strings, nothing to sanitise). Overlapping spans keep the first.
 */
export function splitByEvidence(text: string, spans: EvidenceSpan[]): TextPart[] {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
  sorted.sort((a, b) => a.start - b.start)
  const parts: TextPart[] = []
  let at = 0
  for (const s of sorted) {
    if (s.start < at) continue
    if (s.start > at) parts.push({ text: text.slice(at, s.start), evidence: null })
    parts.push({ text: text.slice(s.start, s.end), evidence: s })
    at = s.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), evidence: null })
  return parts
}

/** Drops the first `n` characters from split parts (the title, when the card already shows it as a heading). */
export function dropPrefix(parts: TextPart[], n: number): TextPart[] {
  const out: TextPart[] = []
  let skip = n
  for (const p of parts) {
    if (skip >= p.text.length) {
      skip -= p.text.length
      continue
    }
    out.push(skip > 0 ? { text: p.text.slice(skip), evidence: p.evidence } : p)
    skip = 0
  }
  return out
}
