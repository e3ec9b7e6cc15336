/** Assembling one case: the alert with its posts, thread, strategy, notes, audit log and deliveries. */
import type { AlertDetail } from '../../shared/api-alerts'
import type { Alert } from '../../shared/domain'
import { scoredText } from '../../shared/domain'
import type { AlertDeps } from './context'
import { contextsFor, playbooks, resolveStrategy } from './playbooks'
import { tierFor } from './rules'

/** `<dashboardBaseUrl>/#/meldingen/<id>`: the link in mails and webhooks that opens the case. */
export function caseUrl(base: string, id: number): string {
  return `${base.replace(/\/+$/, '')}/#/meldingen/${id}`
}

/** The strategy for an alert in its context (source kind, who is involved, derailing, spike). */
export function strategyForAlert(deps: AlertDeps, alert: Alert): AlertDetail['strategy'] {
  const post = alert.postId ? deps.posts.get(alert.postId) : null
  const root = alert.threadPostId ? deps.posts.get(alert.threadPostId) : post
  const source = root ? deps.sources.get(root.sourceId) : null
  const text = [root ? scoredText(root) : '', post && post !== root ? scoredText(post) : ''].join(
    '\n'
  )
  const contexts = contextsFor({
    kind: alert.kind,
    derailing: alert.derailing,
    categories: alert.categories,
    sourceKind: source?.kind ?? null,
    text
  })
  return resolveStrategy(playbooks(), alert.strategyId, alert.categories, contexts)
}

/** The whole case, or null when the alert does not exist. */
export function loadCase(deps: AlertDeps, id: number): AlertDetail | null {
  const alert = deps.alerts.get(id)
  if (!alert) return null
  const rootId = alert.threadPostId ?? alert.postId
  const root = rootId ? deps.posts.get(rootId) : null
  const post = alert.postId ? deps.posts.get(alert.postId) : root
  const strategy = strategyForAlert(deps, alert)
  const edited = deps.alerts.holdingStatement(id)
  const s = deps.settings()
  return {
    alert,
    tier: tierFor(alert, s.alertRouting),
    post: post ?? root,
    comments: alert.threadPostId ? deps.posts.comments(alert.threadPostId) : [],
    thread: alert.threadPostId ? deps.threads.get(alert.threadPostId) : null,
    strategy,
    holdingStatement: edited ?? strategy?.holdingStatement ?? null,
    holdingStatementEdited: edited !== null,
    notes: deps.alerts.notes(id),
    audit: deps.audit.forAlert(id),
    deliveries: deps.outbox.list({ alertId: id }),
    caseUrl: caseUrl(s.dashboardBaseUrl, id)
  }
}
