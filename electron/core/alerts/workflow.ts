/**
 * The case workflow: nieuw → bevestigd → in behandeling → afgerond, or vals alarm; owner, notes, tags and the
 * edited holding statement. Every change is written together with its audit entry in one transaction.
 */
import { ApiError } from '../../shared/api'
import type { Alert, AlertNote, AlertState, CategoryId, FeedbackRow } from '../../shared/domain'
import { transaction } from '../store/db'
import type { AlertDeps } from './context'
import { STATE_LABELS } from './labels'

/** Allowed next states. Closed cases can be reopened (a false alarm that turns out real, a case that flares up). */
export const TRANSITIONS: Record<AlertState, AlertState[]> = {
  nieuw: ['bevestigd', 'in_behandeling', 'vals_alarm'],
  bevestigd: ['in_behandeling', 'afgerond', 'vals_alarm'],
  in_behandeling: ['afgerond', 'vals_alarm'],
  afgerond: ['in_behandeling'],
  vals_alarm: ['bevestigd']
}

/** Whether `from → to` is a valid step. */
export function canTransition(from: AlertState, to: AlertState): boolean {
  return TRANSITIONS[from].includes(to)
}

function mustGet(deps: AlertDeps, id: number): Alert {
  const a = deps.alerts.get(id)
  if (!a) throw new ApiError('not_found', 'Deze melding bestaat niet (meer).')
  return a
}

/**
 * Moves a case to another state. A false alarm also stores feedback for the scorer (one row per category, with the
 * evidence terms), so the same kind of post from the same source scores lower next time.
 * Returns the alert and whether feedback was added (the engine then rebuilds its scorer).
 */
export function transitionAlert(
  deps: AlertDeps,
  input: { id: number; to: AlertState; actor: string; note?: string }
): { alert: Alert; feedbackAdded: boolean } {
  const now = deps.now().toISOString()
  let feedbackAdded = false
  transaction(deps.db, () => {
    const a = mustGet(deps, input.id)
    if (!canTransition(a.state, input.to))
      throw new ApiError(
        'conflict',
        `Een melding met status '${STATE_LABELS[a.state]}' kan niet naar '${STATE_LABELS[input.to]}'. ` +
          `Mogelijk: ${TRANSITIONS[a.state].map((s) => STATE_LABELS[s]).join(', ')}.`
      )
    deps.alerts.setState(a.id, input.to, now)
    if (input.note) deps.alerts.addNote(a.id, input.actor, input.note, now)
    deps.audit.append(
      {
        alertId: a.id,
        actor: input.actor,
        action: 'status',
        detail: { from: a.state, to: input.to, note: input.note ?? null }
      },
      now
    )
    if (input.to === 'vals_alarm') feedbackAdded = falseAlarmFeedback(deps, a, now) > 0
  })
  return { alert: deps.alerts.get(input.id)!, feedbackAdded }
}

function falseAlarmFeedback(deps: AlertDeps, a: Alert, now: string): number {
  const post = a.postId ? deps.posts.get(a.postId) : null
  if (!post?.score) return 0
  let n = 0
  for (const c of post.score.categories) {
    const row: FeedbackRow = {
      kind: 'false_alarm',
      category: c.id,
      correctCategory: null,
      source: post.sourceName,
      terms: termsFor(post.score.evidence, c.id)
    }
    deps.feedback.add(
      { ...row, postId: post.id, alertId: a.id, note: 'vals alarm via melding' },
      now
    )
    n++
  }
  return n
}

/** Evidence words of one category (what the officer implicitly points at when calling it wrong). */
export function termsFor(
  evidence: { text: string; category: CategoryId }[],
  category: CategoryId | null
): string[] {
  const out = new Set<string>()
  for (const e of evidence)
    if (!category || e.category === category) out.add(e.text.trim().toLowerCase())
  return [...out].filter((t) => t.length >= 2 && t.length <= 60).slice(0, 10)
}

/** Sets or clears the owner of a case. */
export function assignAlert(
  deps: AlertDeps,
  input: { id: number; owner: string | null; actor: string }
): Alert {
  const now = deps.now().toISOString()
  transaction(deps.db, () => {
    const a = mustGet(deps, input.id)
    deps.alerts.setOwner(a.id, input.owner || null, now)
    deps.audit.append(
      {
        alertId: a.id,
        actor: input.actor,
        action: 'eigenaar',
        detail: { from: a.owner, to: input.owner }
      },
      now
    )
  })
  return deps.alerts.get(input.id)!
}

/** Adds a note to a case (also logged in the audit trail). */
export function addNote(
  deps: AlertDeps,
  input: { id: number; text: string; actor: string }
): AlertNote {
  const now = deps.now().toISOString()
  return transaction(deps.db, () => {
    mustGet(deps, input.id)
    const n = deps.alerts.addNote(input.id, input.actor, input.text, now)
    deps.audit.append(
      { alertId: input.id, actor: input.actor, action: 'notitie', detail: { text: input.text } },
      now
    )
    return n
  })
}

/** Replaces the tags of a case (trimmed, duplicates dropped). */
export function setTags(
  deps: AlertDeps,
  input: { id: number; tags: string[]; actor: string }
): Alert {
  const now = deps.now().toISOString()
  const tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))]
  transaction(deps.db, () => {
    const a = mustGet(deps, input.id)
    deps.alerts.setTags(a.id, tags, now)
    deps.audit.append(
      { alertId: a.id, actor: input.actor, action: 'labels', detail: { from: a.tags, to: tags } },
      now
    )
  })
  return deps.alerts.get(input.id)!
}

/** Stores the officer's edited holding statement for a case; returns the stored text. */
export function updateHoldingStatement(
  deps: AlertDeps,
  input: { id: number; text: string; actor: string }
): string {
  const now = deps.now().toISOString()
  transaction(deps.db, () => {
    mustGet(deps, input.id)
    deps.alerts.setHoldingStatement(input.id, input.text, now)
    deps.audit.append(
      {
        alertId: input.id,
        actor: input.actor,
        action: 'holding_statement',
        detail: { text: input.text }
      },
      now
    )
  })
  return input.text
}
