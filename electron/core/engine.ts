/**
 * The Uitkijk engine: opens the store, runs the scheduler and the pipeline, implements the API of
 * electron/shared/api.ts and emits its events. Hosts (Electron, headless HTTP, CLI, tests) only adapt it.
 */
import { DateTime } from 'luxon'
import type { Db } from './store/db'
import { openDatabase } from './store/db'
import { ensureSearchIndex } from './store/search-index'
import { SourcesRepo } from './store/sources-repo'
import { PostsRepo } from './store/posts-repo'
import { ThreadsRepo } from './store/threads-repo'
import { AlertsRepo } from './store/alerts-repo'
import { SettingsRepo } from './store/settings-repo'
import { StatsRepo } from './store/stats-repo'
import { DashboardRepo } from './store/dashboard-repo'
import { EventBus } from './events'
import type { EngineListener } from './events'
import { Scheduler, runLimited } from './feeds/scheduler'
import { pollSource } from './feeds/poller'
import type { PollOutcome } from './feeds/poller'
import type { FetchOptions } from './feeds/fetch'
import { runPipeline } from './pipeline'
import type { PipelineDeps } from './pipeline'
import { createScorer, shippedModel } from './nlp/index'
import type { Scorer } from './nlp/index'
import { parseSettings } from './settings'
import type { EngineSettings } from './settings'
import { ApiError, parseInput } from '../shared/api'
import type {
  ApiHandlers,
  ApiInput,
  ApiMethod,
  ApiParsed,
  ApiResults,
  Settings,
  SourceWithHealth
} from '../shared/api'
import type { DashboardStats } from '../shared/domain'
import { alertsHandlers } from './alerts/handlers'
import { AlertService } from './alerts/service'
import type { AlertServiceOptions, DesktopNotifier } from './alerts/service'
import { maskSecrets, openSecrets, sealSecrets, unmaskPatch } from './alerts/settings'
import { termsFor } from './alerts/workflow'
import { OutboxRepo } from './store/outbox-repo'
import { AuditRepo } from './store/audit-repo'
import { FeedbackRepo } from './store/feedback-repo'
import { buildAdjustments } from './nlp/index'
import { reportsHandlers } from './reports/handlers'
import { startReportSchedule } from './reports/schedule'
import { feedsHandlers } from './feeds/handlers'

export interface EngineOptions {
  /** Path of the SQLite file (created if missing). */
  dbPath: string
  now?: () => Date
  fetchOptions?: Partial<FetchOptions>
  /** Log sink for technical details; never receives secrets. */
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void
  /** Alerting timings (tick, retry backoff); tests shorten them. */
  alerting?: AlertServiceOptions
}

/** The school's time zone: days and weeks on the dashboard are counted in it. */
const SCHOOL_TIME_ZONE = 'Europe/Amsterdam'

/** Polls in flight at once, overall and per host (politeness toward one server). */
const POLL_CONCURRENCY = 6
const POLL_PER_HOST = 2
/** How often retention and other housekeeping run. */
const HOUSEKEEPING_MS = 3600_000

/** The engine. Construct, then `start()` to poll on schedule, or call `pollOnce()` for a single round. */
export class Engine {
  readonly db: Db
  readonly sources: SourcesRepo
  readonly posts: PostsRepo
  readonly threads: ThreadsRepo
  readonly alerts: AlertsRepo
  readonly settingsRepo: SettingsRepo
  readonly stats: StatsRepo
  readonly feedback: FeedbackRepo
  /** Alert notification, reminders, spikes and the delivery outbox. */
  readonly alerting: AlertService
  readonly events = new EventBus()
  readonly api: ApiHandlers
  private readonly now: () => Date
  private readonly scheduler: Scheduler
  private scorer: Scorer | null = null
  private pipelineRun: Promise<number> | null = null
  private pipelineAgain = false
  private housekeeping: NodeJS.Timeout | null = null
  private reportSchedule: { stop: () => Promise<void> } | null = null
  private readonly log: NonNullable<EngineOptions['log']>

  constructor(private readonly opts: EngineOptions) {
    this.now = opts.now ?? (() => new Date())
    this.log = opts.log ?? (() => {})
    this.db = openDatabase(opts.dbPath)
    const fts = ensureSearchIndex(this.db)
    this.sources = new SourcesRepo(this.db)
    this.posts = new PostsRepo(this.db, { fts })
    this.threads = new ThreadsRepo(this.db)
    this.alerts = new AlertsRepo(this.db)
    this.settingsRepo = new SettingsRepo(this.db)
    this.stats = new StatsRepo(this.db)
    this.feedback = new FeedbackRepo(this.db)
    this.alerting = new AlertService(
      {
        db: this.db,
        alerts: this.alerts,
        posts: this.posts,
        threads: this.threads,
        sources: this.sources,
        outbox: new OutboxRepo(this.db),
        audit: new AuditRepo(this.db),
        feedback: this.feedback,
        settings: () => this.settings(),
        now: this.now,
        emit: (e) => this.events.emit(e),
        log: this.log
      },
      opts.alerting
    )
    this.scheduler = new Scheduler({
      due: () => this.sources.due(this.now().toISOString()),
      nextDueAt: () => this.sources.nextDueAt(),
      poll: (s) => this.poll(s),
      now: this.now,
      afterRound: async () => {
        await this.process()
        this.followCommentFeeds()
      },
      concurrency: POLL_CONCURRENCY,
      perHost: POLL_PER_HOST,
      onError: (err) => this.log('error', `poll: ${(err as Error).stack ?? String(err)}`)
    })
    this.api = this.createApi()
  }

  /** Calls an API method with raw input, validated by the contract exactly as the hosts do. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResults[M]> {
    const handler = this.api[method] as unknown as (i: ApiParsed<M>) => Promise<ApiResults[M]>
    return handler(parseInput(method, input))
  }

  /** Subscribe to engine events; returns the unsubscribe function. */
  on(fn: EngineListener): () => void {
    return this.events.on(fn)
  }

  /** Starts polling on schedule and finishes any pipeline work a previous run left pending. */
  start(): void {
    this.scheduler.start()
    this.alerting.start()
    void this.process()
    this.purgeExpired()
    this.housekeeping = setInterval(() => this.purgeExpired(), HOUSEKEEPING_MS)
    this.housekeeping.unref()
    this.reportSchedule = startReportSchedule({
      db: this.db,
      now: this.now,
      settings: () => this.settingsRepo.all(),
      log: this.log
    })
  }

  /** The desktop host's notifier (Electron Notification); clicking should open the case. */
  setDesktopNotifier(fn: DesktopNotifier | null): void {
    this.alerting.setDesktopNotifier(fn)
  }

  /** Drops the cached scorer so the next post is scored with the current settings and feedback. */
  resetScorer(): void {
    this.scorer = null
  }

  /** Retention: posts older than the configured number of days are deleted (privacy by design). */
  purgeExpired(): number {
    const days = this.settings().retentionDays
    const before = new Date(this.now().getTime() - days * 86_400_000).toISOString()
    const n = this.posts.purgeOlderThan(before)
    if (n > 0) this.log('info', `bewaartermijn: ${n} berichten ouder dan ${days} dagen verwijderd`)
    return n
  }

  /** Stops polling, waits for work in flight, and closes the database. */
  async stop(): Promise<void> {
    if (this.housekeeping) clearInterval(this.housekeeping)
    await this.reportSchedule?.stop()
    await this.scheduler.stop()
    if (this.pipelineRun) await this.pipelineRun
    await this.alerting.stop()
    this.db.close()
  }

  /** Polls every due source once (all sources when `all`), runs the pipeline, and returns each outcome. */
  async pollOnce(opts: { all?: boolean } = {}): Promise<PollOutcome[]> {
    if (opts.all) this.sources.makeDue(undefined, this.now().toISOString())
    const outcomes: PollOutcome[] = []
    const due = this.sources.due(this.now().toISOString(), 100_000)
    await runLimited(due, POLL_CONCURRENCY, POLL_PER_HOST, async (s) => {
      outcomes.push(await this.poll(s))
    })
    await this.process()
    this.followCommentFeeds()
    return outcomes
  }

  /** Runs the pipeline stages over pending work; concurrent calls coalesce into one run plus one re-run. */
  process(): Promise<number> {
    if (this.pipelineRun) {
      this.pipelineAgain = true
      return this.pipelineRun
    }
    const run = async (): Promise<number> => {
      let n = 0
      do {
        this.pipelineAgain = false
        n += await runPipeline(this.pipelineDeps())
      } while (this.pipelineAgain)
      this.alerting.notifyPending()
      return n
    }
    this.pipelineRun = run().finally(() => {
      this.pipelineRun = null
    })
    return this.pipelineRun
  }

  /** The scorer, built on first use with the staff register from settings. */
  getScorer(): Scorer {
    if (!this.scorer) {
      const s = this.settings()
      this.scorer = createScorer({
        model: shippedModel(),
        staff: {
          staff: s.staff.map((x) => ({ name: x.name, handles: x.handles })),
          schoolAccounts: s.schoolAccounts,
          schoolContact: s.schoolContact,
          schoolNames: s.schoolNames
        },
        adjustments: buildAdjustments(this.feedback.rows())
      })
    }
    return this.scorer
  }

  settings(): EngineSettings {
    return parseSettings(openSecrets(this.settingsRepo.all()))
  }

  private pipelineDeps(): PipelineDeps {
    return {
      db: this.db,
      posts: this.posts,
      threads: this.threads,
      alerts: this.alerts,
      scorer: () => this.getScorer(),
      now: this.now,
      emit: (e) => this.events.emit(e)
    }
  }

  private async poll(s: SourceWithHealth & { parentPostId?: number | null }): Promise<PollOutcome> {
    const outcome = await pollSource(
      {
        db: this.db,
        sources: this.sources,
        posts: this.posts,
        now: this.now,
        fetchOptions: this.opts.fetchOptions
      },
      s
    )
    if (outcome.error) this.log('warn', `bron ${s.id} (${s.url}): ${outcome.error.detail}`)
    const fresh = this.sources.get(s.id)
    if (fresh) this.events.emit({ type: 'source:health', sourceId: s.id, health: fresh.health })
    for (const id of outcome.newPostIds) {
      const p = this.posts.get(id)
      if (p) this.events.emit({ type: 'post:new', post: p })
    }
    return outcome
  }

  /** Adds comment feeds under posts that matter (own accounts always; mentions once risky or busy) as sources. */
  private followCommentFeeds(): void {
    const at = this.now().toISOString()
    for (const f of this.posts.commentFeedsToFollow()) {
      const parent = this.sources.get(f.sourceId)
      if (!parent) continue
      this.sources.add(
        {
          // named after the parent source, not the post: a post title can carry a pupil's name
          name: `Reacties (${parent.name}) #${f.postId}`,
          url: f.url,
          kind: parent.kind,
          intervalSeconds: Math.max(10, Math.min(parent.intervalSeconds, 120)),
          watchTerms: [],
          excludeTerms: [],
          parentPostId: f.postId
        },
        at
      )
      this.scheduler.wake()
    }
  }

  private dashboardStats(): DashboardStats {
    const now = this.now()
    // "today" and "this week" are the school's, in Europe/Amsterdam, whatever time zone the server runs in
    const local = DateTime.fromJSDate(now, { zone: SCHOOL_TIME_ZONE })
    const dayStart = local.startOf('day').toUTC().toISO()!
    const weekStart = local.startOf('week').toUTC().toISO()!
    const end = new Date(now.getTime() + 86_400_000).toISOString()
    const today = this.stats.volume(dayStart, end)
    const week = this.stats.volume(weekStart, end)
    return {
      postsToday: today.posts,
      postsWeek: week.posts,
      negativeShareToday: today.posts ? today.negative / today.posts : 0,
      openAlerts: this.alerts.countOpen(),
      derailingThreads: this.threads.countDerailing()
    }
  }

  private createApi(): ApiHandlers {
    const notFound = (what: string): never => {
      throw new ApiError('not_found', `${what} bestaat niet (meer).`)
    }
    return {
      listPosts: async (f) => this.posts.list(f),
      getPost: async ({ id }) => {
        const post = this.posts.get(id) ?? notFound('Dit bericht')
        const root = post.parentId ?? post.id
        return { post, comments: this.posts.comments(root), thread: this.threads.get(root) }
      },
      getStats: async () => this.dashboardStats(),
      getTimeSeries: async ({ from, to }) => new DashboardRepo(this.db).timeSeries(from, to),
      listSources: async () => this.sources.list(),
      addSource: async (input) => {
        if (this.sources.findByUrl(input.url))
          throw new ApiError('conflict', 'Deze bron staat al in de lijst.')
        const s = this.sources.add(
          { ...input, preset: input.preset ?? null },
          this.now().toISOString()
        )
        this.scheduler.wake()
        return s
      },
      updateSource: async ({ id, patch }) => {
        const s = this.sources.update(id, patch) ?? notFound('Deze bron')
        this.scheduler.wake()
        return s
      },
      removeSource: async ({ id }) => {
        if (!this.sources.remove(id)) notFound('Deze bron')
        return { ok: true }
      },
      pollNow: async ({ id }) => {
        const n = this.sources.makeDue(id, this.now().toISOString())
        this.scheduler.wake()
        return { started: n }
      },
      listThreads: async ({ limit }) => this.threads.list(limit),
      getThread: async ({ rootPostId }) => {
        const post = this.posts.get(rootPostId) ?? notFound('Deze discussie')
        return {
          post,
          comments: this.posts.comments(rootPostId),
          thread: this.threads.get(rootPostId)
        }
      },
      listAlerts: async ({ state, limit }) => this.alerts.list({ state, limit }),
      sendFeedback: async (f) => {
        const post = this.posts.get(f.postId) ?? notFound('Dit bericht')
        const category = f.category ?? post.score?.categories[0]?.id ?? null
        this.feedback.add(
          {
            kind: f.kind,
            category: f.kind === 'missed' ? f.category : category,
            correctCategory: f.correctCategory,
            source: post.sourceName,
            terms: f.kind === 'missed' ? [] : termsFor(post.score?.evidence ?? [], category),
            postId: post.id,
            alertId: null,
            note: f.note ?? null
          },
          this.now().toISOString()
        )
        this.scorer = null
        return { ok: true }
      },
      getSettings: async () => this.publicSettings(),
      updateSettings: async ({ patch }) => {
        try {
          const stored = openSecrets(this.settingsRepo.all())
          patch = unmaskPatch(patch, stored)
          parseSettings({ ...stored, ...patch })
        } catch (err) {
          throw new ApiError('invalid_input', (err as Error).message)
        }
        for (const [k, v] of Object.entries(sealSecrets(patch))) this.settingsRepo.set(k, v)
        this.scorer = null
        return this.publicSettings()
      },
      ...alertsHandlers(this),
      ...reportsHandlers(this),
      ...feedsHandlers(this)
    }
  }

  private publicSettings(): Settings {
    const s = this.settings()
    return maskSecrets({ ...s })
  }
}
