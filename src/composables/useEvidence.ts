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
