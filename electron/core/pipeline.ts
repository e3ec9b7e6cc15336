/**
 * The stages after storage: score posts → update threads (derailing) → alert rules. Each stage reads its pending
 * work from the database and persists its result before the next runs, so a crash anywhere resumes where it stopped.
 * Work is done in small batches with a yield between them, so the process answering the UI is never blocked long.
 */
import type { Db } from './store/db'
import { transaction } from './store/db'
import type { PostsRepo } from './store/posts-repo'
import type { ThreadsRepo } from './store/threads-repo'
import type { AlertsRepo } from './store/alerts-repo'
import type { EngineEvent } from '../shared/api'
import type { Post, ThreadCommentInput } from '../shared/domain'
import { scoredText } from '../shared/domain'
import type { Scorer } from './nlp/index'
import { scoreThread } from './nlp/index'
import { alertForPost, alertForThread } from './alerts/rules'

export interface PipelineDeps {
  db: Db
  posts: PostsRepo
  threads: ThreadsRepo
  alerts: AlertsRepo
  scorer: () => Scorer
  now: () => Date
  emit: (e: EngineEvent) => void
}

const BATCH = 50

const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r))

/** Runs every stage until no pending work is left. Returns how many posts were scored. */
export async function runPipeline(deps: PipelineDeps): Promise<number> {
  let total = 0
  for (;;) {
    const batch = deps.posts.pendingScore(BATCH)
    if (batch.length === 0) break
    const roots = new Set<number>()
    const scored: Post[] = []
    transaction(deps.db, () => {
      const scorer = deps.scorer()
      const at = deps.now().toISOString()
      for (const p of batch) {
        const score = scorer.score({
          id: String(p.id),
          text: scoredText(p),
          media: p.media,
          source: p.sourceName,
          author: p.author ?? undefined
        })
        deps.posts.saveScore(p.id, score, at)
        scored.push({ ...p, score })
        if (p.parentId) roots.add(p.parentId)
      }
    })
    total += scored.length
    for (const p of scored) deps.emit({ type: 'post:scored', post: p })
    for (const root of roots) updateThread(deps, root)
    evaluateAlerts(deps)
    await yieldToLoop()
  }
  evaluateAlerts(deps)
  return total
}

/** Recomputes a thread's derailing index from its comments and raises its alert when it derails. */
export function updateThread(deps: PipelineDeps, rootId: number): void {
  const root = deps.posts.get(rootId)
  if (!root) return
  const comments = deps.posts.comments(rootId)
  if (comments.length === 0) return
  const t0 = Date.parse(root.publishedAt)
  const input: ThreadCommentInput[] = comments.map((c) => ({
    author: c.author ?? 'onbekend',
    minutes: Math.max(0, (Date.parse(c.publishedAt) - t0) / 60_000),
    text: c.text
  }))
  const d = scoreThread(
    input,
    deps.scorer(),
    comments.map((c) => c.score)
  )
  const at = deps.now().toISOString()
  transaction(deps.db, () => {
    deps.threads.save(rootId, d, comments.length, at)
    const cats = [...new Set(comments.flatMap((c) => c.score?.categories.map((x) => x.id) ?? []))]
    const a = alertForThread(root, d, cats)
    if (a) {
      const r = deps.alerts.upsert(a, at)
      if (r.change !== 'none')
        deps.emit({ type: r.change === 'created' ? 'alert:new' : 'alert:updated', alert: r.alert })
    }
  })
  const summary = deps.threads.get(rootId)
  if (summary) deps.emit({ type: 'thread:updated', thread: summary })
}

/** Applies the alert rules to scored posts not yet evaluated. */
export function evaluateAlerts(deps: PipelineDeps): void {
  for (;;) {
    const batch = deps.posts.pendingEvaluation(BATCH)
    if (batch.length === 0) return
    const at = deps.now().toISOString()
    transaction(deps.db, () => {
      for (const p of batch) {
        const a = alertForPost(p, p.parentId)
        if (a) {
          const r = deps.alerts.upsert(a, at)
          if (r.change !== 'none')
            deps.emit({
              type: r.change === 'created' ? 'alert:new' : 'alert:updated',
              alert: r.alert
            })
        }
        deps.posts.markEvaluated(p.id)
      }
    })
  }
}
