/**
 * Thread derailing (guideline §3.2 "dreigt te ontsporen"): an index 0..100 recomputed after every comment from
 * the share of risky comments, the hostility trend, the pace against the thread's own, pile-on against one
 * person, personal information and escalation words.
 */
import type { PostScore, ThreadCommentInput, ThreadDerailing } from '../../shared/domain.ts'
import type { Scorer } from './scorer.ts'
import { DERAIL_THRESHOLD, RISKY_COMMENT } from './thresholds.ts'

const WINDOW = 6
const ESCALATION =
  /\b(deel dit|delen|iedereen|weet iemand waar|adres|kom op|laten we|we gaan|pakken|na school|rellen|hoe heet|zoek (hem|haar) op|screenshot|doxx?|tag (hem|haar))\b/i
const WEIGHTS = { risky: 35, hostility: 15, velocity: 10, pileOn: 20, personal: 15, escalation: 15 }

interface Parts {
  risky: number
  hostility: number
  velocity: number
  pileOn: number
  personal: number
  escalation: number
  target: string | null
}

/**
 * Score every comment and compute the derailing index after each one. `stored` holds scores the pipeline already
 * has (index-aligned, null where missing), so a new comment costs one scoring, not one per comment in the thread.
 */
export function scoreThread(
  comments: ThreadCommentInput[],
  scorer: Scorer,
  stored?: (PostScore | null | undefined)[]
): ThreadDerailing {
  const scores = comments.map(
    (c, i) => stored?.[i] ?? scorer.score({ text: c.text, author: c.author })
  )
  const trajectory: number[] = []
  let last: Parts | null = null
  for (let i = 0; i < comments.length; i++) {
    last = partsAt(comments, scores, i)
    const raw =
      WEIGHTS.risky * last.risky +
      WEIGHTS.hostility * last.hostility +
      WEIGHTS.velocity * last.velocity +
      WEIGHTS.pileOn * last.pileOn +
      WEIGHTS.personal * last.personal +
      WEIGHTS.escalation * last.escalation
    trajectory.push(Math.round(Math.min(100, raw)))
  }
  const index = trajectory.at(-1) ?? 0
  const turningPoint = findTurn(trajectory, scores)
  return {
    index,
    trajectory,
    turningPoint,
    explanation: last ? explain(last, index, turningPoint) : 'Nog geen reacties.',
    derailing: index >= DERAIL_THRESHOLD
  }
}

function hostility(s: PostScore): number {
  return 0.5 * Math.max(0, -s.sentiment) + 0.5 * (s.risk / 100)
}

function partsAt(comments: ThreadCommentInput[], scores: PostScore[], i: number): Parts {
  const from = Math.max(0, i - WINDOW + 1)
  const win = scores.slice(from, i + 1)
  const riskyIdx = win
    .map((s, k) => (s.risk >= RISKY_COMMENT ? from + k : -1))
    .filter((k) => k >= 0)
  const risky = riskyIdx.length / win.length

  const mean = (xs: PostScore[]) =>
    xs.length ? xs.reduce((a, s) => a + hostility(s), 0) / xs.length : 0
  const before = scores.slice(0, from)
  const base = before.length ? mean(before) : mean(scores.slice(0, Math.min(2, i + 1)))
  const hostilityTrend = clamp((mean(win) - base) / 0.4)

  // Pace against the thread's own: comments in the last 10 minutes vs the thread's average per 10 minutes.
  const now = comments[i].minutes
  const recent = comments.slice(0, i + 1).filter((c) => c.minutes >= now - 10).length
  const average = ((i + 1) / Math.max(10, now)) * 10
  const velocity = i >= 3 && risky > 0 ? clamp((recent / average - 1) / 2) : 0

  // Pile-on: several authors of risky comments aiming at the same person.
  const byTarget = new Map<string, Set<string>>()
  for (const k of riskyIdx)
    for (const t of targetsOf(comments[k].text)) {
      const set = byTarget.get(t) ?? new Set<string>()
      set.add(comments[k].author)
      byTarget.set(t, set)
    }
  let target: string | null = null
  let most = 0
  for (const [t, authors] of byTarget) if (authors.size > most) [target, most] = [t, authors.size]
  const riskyAuthors = new Set(riskyIdx.map((k) => comments[k].author)).size
  const pileOn = most >= 3 ? 1 : most === 2 ? 0.6 : riskyAuthors >= 3 ? 0.5 : 0

  const personal = scores
    .slice(0, i + 1)
    .some((s) => s.categories.some((c) => c.id === 'personal_info' && c.confidence >= 0.5))
    ? 1
    : 0
  const escWords =
    comments.slice(from, i + 1).filter((c) => ESCALATION.test(c.text)).length / win.length
  const threat = win.some((s) => s.categories.some((c) => c.id === 'threat' && c.confidence >= 0.5))
    ? 0.7
    : 0
  return {
    risky,
    hostility: hostilityTrend,
    velocity,
    pileOn,
    personal,
    escalation: Math.min(1, escWords + threat),
    target
  }
}

function targetsOf(text: string): string[] {
  const out = new Set<string>()
  for (const m of text.matchAll(/@[\p{L}\p{N}_]+/gu)) out.add(m[0].toLowerCase())
  for (const m of text.matchAll(/(?<=[\p{L},] )\p{Lu}\p{Ll}+/gu)) out.add(m[0].toLowerCase())
  return [...out]
}

/** The comment where the thread turned: the start of the rise that first crossed the threshold. */
function findTurn(trajectory: number[], scores: PostScore[]): number | null {
  const cross = trajectory.findIndex((v) => v >= DERAIL_THRESHOLD)
  if (cross < 0) return null
  let j = cross
  while (j > 0 && trajectory[j - 1] < trajectory[j]) j--
  for (let k = j; k <= cross; k++) if (scores[k].risk >= RISKY_COMMENT) return k
  return j
}

function explain(p: Parts, index: number, turn: number | null): string {
  if (index < 25) return 'Rustige discussie: geen tekenen van ontsporing.'
  const reasons: [number, string][] = [
    [WEIGHTS.risky * p.risky, `${Math.round(p.risky * 100)}% van de laatste reacties is riskant`],
    [WEIGHTS.hostility * p.hostility, 'de toon wordt vijandiger'],
    [WEIGHTS.velocity * p.velocity, 'reacties komen sneller dan normaal in deze draad'],
    [
      WEIGHTS.pileOn * p.pileOn,
      p.target ? `meerdere mensen richten zich op ${p.target}` : 'meerdere mensen doen mee'
    ],
    [WEIGHTS.personal * p.personal, 'er staat persoonlijke informatie in de reacties'],
    [WEIGHTS.escalation * p.escalation, 'escalerende taal (bedreiging of oproep)']
  ]
  const top = reasons
    .filter((r) => r[0] >= 3)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map((r) => r[1])
  const head = index >= DERAIL_THRESHOLD ? 'Draad ontspoort' : 'Draad dreigt te ontsporen'
  const turnText = turn !== null ? ` (omslag bij reactie ${turn + 1})` : ''
  return `${head}${turnText}: ${top.join('; ') || 'meerdere kleine signalen'}.`
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x))
}
