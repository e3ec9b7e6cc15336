/** What the alert modules need from the engine: repositories, settings, clock, events. */
import type { Db } from '../store/db'
import type { AlertsRepo } from '../store/alerts-repo'
import type { PostsRepo } from '../store/posts-repo'
import type { ThreadsRepo } from '../store/threads-repo'
import type { SourcesRepo } from '../store/sources-repo'
import type { OutboxRepo } from '../store/outbox-repo'
import type { AuditRepo } from '../store/audit-repo'
import type { FeedbackRepo } from '../store/feedback-repo'
import type { EngineSettings } from '../settings'
import type { EngineEvent } from '../../shared/api'

export interface AlertDeps {
  db: Db
  alerts: AlertsRepo
  posts: PostsRepo
  threads: ThreadsRepo
  sources: SourcesRepo
  outbox: OutboxRepo
  audit: AuditRepo
  feedback: FeedbackRepo
  settings: () => EngineSettings
  now: () => Date
  emit: (e: EngineEvent) => void
  log: (level: 'info' | 'warn' | 'error', msg: string) => void
}
