/**
 * Polls due sources with a global and a per-host concurrency limit, and sleeps until the next source is due.
 */
import type { SourceWithHealth } from '../../shared/api'

export interface SchedulerDeps {
  due: () => (SourceWithHealth & { parentPostId?: number | null })[]
  nextDueAt: () => string | null
  poll: (s: SourceWithHealth & { parentPostId?: number | null }) => Promise<unknown>
  now: () => Date
  /** Called after each round of polls (the engine runs the pipeline there). */
  afterRound: () => Promise<void>
  onError: (err: unknown) => void
  concurrency?: number
  perHost?: number
}

/** The longest the scheduler sleeps, so a source added by another process is seen soon. */
const MAX_SLEEP_MS = 5_000
const MIN_SLEEP_MS = 200

export class Scheduler {
  private timer: NodeJS.Timeout | null = null
  private running = false
  private stopped = true
  private round: Promise<void> = Promise.resolve()
  private readonly inFlight = new Set<number>()

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    if (!this.stopped) return
    this.stopped = false
    this.schedule(0)
  }

  /** Stops scheduling and waits for the round in flight to finish (its posts are stored, nothing half-written). */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.round
  }

  /** Wakes the scheduler now (a source was added or "probeer nu" was pressed). */
  wake(): void {
    if (this.stopped) return
    if (this.running) return
    this.schedule(0)
  }

  /** Polls every due source once and waits for all of them. */
  async runOnce(): Promise<void> {
    const due = this.deps.due().filter((s) => !this.inFlight.has(s.id))
    await runLimited(due, this.deps.concurrency ?? 4, this.deps.perHost ?? 2, async (s) => {
      this.inFlight.add(s.id)
      try {
        await this.deps.poll(s)
      } catch (err) {
        this.deps.onError(err)
      } finally {
        this.inFlight.delete(s.id)
      }
    })
    await this.deps.afterRound()
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.running = true
      this.round = this.runOnce()
        .catch((err: unknown) => this.deps.onError(err))
        .finally(() => {
          this.running = false
          if (!this.stopped) this.schedule(this.sleepMs())
        })
    }, ms)
  }

  private sleepMs(): number {
    const next = this.deps.nextDueAt()
    if (!next) return MAX_SLEEP_MS
    const ms = Date.parse(next) - this.deps.now().getTime()
    return Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, ms))
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** Runs `fn` over items with at most `limit` at once overall and `perHost` at once per host. */
export async function runLimited<T extends { url: string }>(
  items: T[],
  limit: number,
  perHost: number,
  fn: (item: T) => Promise<void>
): Promise<void> {
  const queue = [...items]
  const hosts = new Map<string, number>()
  let active = 0
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      if (queue.length === 0 && active === 0) return resolve()
      for (let i = 0; i < queue.length && active < limit; ) {
        const item = queue[i]!
        const host = hostOf(item.url)
        if ((hosts.get(host) ?? 0) >= perHost) {
          i++
          continue
        }
        queue.splice(i, 1)
        active++
        hosts.set(host, (hosts.get(host) ?? 0) + 1)
        void fn(item).finally(() => {
          active--
          hosts.set(host, (hosts.get(host) ?? 1) - 1)
          pump()
        })
      }
    }
    pump()
  })
}
