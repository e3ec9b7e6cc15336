import type { CategoryId, EvidenceSpan } from '../../shared/domain.ts'
import type { Prepared, Token } from './text.ts'
import { CATEGORY_MIN_CONFIDENCE } from './thresholds.ts'

/** What the detectors found in one post: the best confidence per category, with the spans behind it. */
export class Findings {
  readonly conf = new Map<CategoryId, number>()
  readonly evidence: EvidenceSpan[] = []
  /** Rule ids that fired (also used as features by the learned layer). */
  readonly rules = new Set<string>()

  constructor(readonly prepared: Prepared) {}

  /** Record a hit; confidence per category is the max of its rules. */
  add(
    category: CategoryId,
    confidence: number,
    rule: string,
    spans: { start: number; end: number }[]
  ): void {
    // A rule held below the reporting floor by its context (game talk, a joke) is a different feature for the
    // learned layer than the same rule at full strength: "ik maak je af in fifa" must not teach that
    // "ik maak je af" is harmless.
    this.rules.add(confidence > 0 && confidence < CATEGORY_MIN_CONFIDENCE ? rule + ':damped' : rule)
    if (confidence <= 0) return
    const prev = this.conf.get(category) ?? 0
    // A second independent rule for the same category adds a little certainty.
    this.conf.set(
      category,
      prev === 0 ? confidence : Math.min(0.99, Math.max(prev, confidence) + 0.05)
    )
    for (const s of spans) {
      if (
        this.evidence.some((e) => e.start === s.start && e.end === s.end && e.category === category)
      )
        continue
      this.evidence.push({
        start: s.start,
        end: s.end,
        text: this.prepared.text.slice(s.start, s.end),
        category,
        rule
      })
    }
  }

  /** Mark a rule as seen without scoring (a feature only, e.g. profanity not aimed at anyone). */
  note(rule: string): void {
    this.rules.add(rule)
  }
}

/** Span of a run of tokens. */
export function spanOf(tokens: Token[]): { start: number; end: number } {
  return { start: tokens[0].start, end: tokens[tokens.length - 1].end }
}

/** Find a regex over the normalised text and map the match back to token indices. */
export function matchKeys(p: Prepared, re: RegExp): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = []
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
  for (const m of p.normText.matchAll(g)) {
    const a = m.index
    const b = a + m[0].length
    let from = -1
    let to = -1
    for (let i = 0; i < p.normOffsets.length; i++) {
      const s = p.normOffsets[i]
      const e = s + p.tokens[i].norm.length
      if (from < 0 && e > a) from = i
      if (s < b) to = i
    }
    if (from >= 0 && to >= from) out.push({ from, to })
  }
  return out
}
