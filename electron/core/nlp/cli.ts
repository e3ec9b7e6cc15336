/**
 * The CLI's scoring commands as functions, so the CLI itself stays a thin shell around stdin and stdout.
 */
import type { ThreadCommentInput } from '../../shared/domain.ts'
import { shippedModel } from './model.ts'
import { createScorer, type Scorer } from './scorer.ts'
import { scoreThread } from './thread.ts'

/** Score one JSONL line (`{"id","text","media"?,"source"?}`) and return one JSON line (no newline). */
export function scoreJsonlLine(scorer: Scorer, line: string): string {
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch {
    return JSON.stringify({ id: null, error: 'Ongeldige JSON-regel: verwacht {"id","text"}.' })
  }
  const o = input as Record<string, unknown>
  const id = typeof o?.id === 'string' || typeof o?.id === 'number' ? o.id : null
  if (typeof o?.text !== 'string') return JSON.stringify({ id, error: 'Regel zonder "text"-veld.' })
  const s = scorer.score({
    id: id === null ? undefined : String(id),
    text: o.text,
    media: o.media === true,
    source: typeof o.source === 'string' ? o.source : undefined,
    author: typeof o.author === 'string' ? o.author : undefined
  })
  return JSON.stringify({
    id,
    risk: s.risk,
    level: s.level,
    categories: s.categories.map((c) => ({ id: c.id, confidence: c.confidence })),
    evidence: s.evidence
  })
}

let defaultScorer: Scorer | null = null

/** Score a thread given as JSON (`{"comments":[{"author","minutes","text"}]}`): index after each comment and the turn. */
export function scoreThreadJson(json: string | object, scorer?: Scorer): object {
  const data = (typeof json === 'string' ? JSON.parse(json) : json) as { comments?: unknown }
  if (!data || !Array.isArray(data.comments))
    return { error: 'Verwacht {"comments":[{"author","minutes","text"}]}.' }
  const comments: ThreadCommentInput[] = data.comments.map(
    (c: Record<string, unknown>, i: number) => ({
      author: typeof c.author === 'string' ? c.author : `onbekend-${i}`,
      minutes: typeof c.minutes === 'number' ? c.minutes : i,
      text: typeof c.text === 'string' ? c.text : ''
    })
  )
  const s = scorer ?? (defaultScorer ??= createScorer({ model: shippedModel() }))
  const d = scoreThread(comments, s)
  return {
    index: d.index,
    derailing: d.derailing,
    turningPoint: d.turningPoint,
    explanation: d.explanation,
    comments: comments.map((c, i) => ({
      index: i,
      author: c.author,
      minutes: c.minutes,
      derailing: d.trajectory[i]
    }))
  }
}
