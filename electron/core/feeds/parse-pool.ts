/**
 * One reused worker thread for feed parsing, so a large feed never blocks the engine's thread.
 *
 * Source mode (tsx, vitest, plain Node 24): the worker is parse-worker.ts next to this file, run by Node's own
 * type stripping. Bundled Electron main: build parse-worker.ts as its own entry (electron-vite:
 * `main.build.rollupOptions.input = { index: 'electron/main/index.ts', 'parse-worker': 'electron/core/feeds/parse-worker.ts' }`)
 * and call `setParseWorkerUrl(new URL('./parse-worker.js', import.meta.url))` once at start-up in main.
 */
import { Worker } from 'node:worker_threads'
import { FeedFailure, feedError } from './errors.ts'
import type { ParsedFeed, ParseOutcome } from './parse.ts'

interface Pending {
  resolve: (feed: ParsedFeed) => void
  reject: (err: FeedFailure) => void
  timer: NodeJS.Timeout
}

const DEFAULT_JOB_TIMEOUT_MS = 60_000
let workerUrl: URL = new URL('./parse-worker.ts', import.meta.url)
let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

/** Point the pool at the bundled worker file (Electron main build). Takes effect for the next worker started. */
export function setParseWorkerUrl(url: URL): void {
  workerUrl = url
}

function failAll(detail: string): void {
  for (const [id, p] of pending) {
    clearTimeout(p.timer)
    p.reject(new FeedFailure(feedError('parse', detail)))
    pending.delete(id)
  }
}

function startWorker(): Worker {
  const w = new Worker(workerUrl)
  w.on('message', (msg: { id: number; outcome: ParseOutcome }) => {
    const p = pending.get(msg.id)
    if (!p) return
    pending.delete(msg.id)
    clearTimeout(p.timer)
    if (pending.size === 0) w.unref()
    if (msg.outcome.kind === 'ok') p.resolve(msg.outcome.feed)
    else p.reject(new FeedFailure(msg.outcome.error))
  })
  w.on('error', (err) => {
    if (worker === w) worker = null
    failAll(`Parse worker crashed: ${err.message}`)
  })
  w.on('exit', (code) => {
    if (worker === w) worker = null
    if (pending.size) failAll(`Parse worker exited with code ${code}`)
  })
  return w
}

/**
 * Parse feed text in the shared worker thread. Resolves with the ParsedFeed or rejects with a FeedFailure
 * (not_a_feed, parse); a job that runs past `timeoutMs` terminates the worker (a fresh one serves the next job).
 */
export function parseFeedInWorker(
  text: string,
  timeoutMs = DEFAULT_JOB_TIMEOUT_MS
): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    worker ??= startWorker()
    const w = worker
    const id = nextId++
    const timer = setTimeout(() => {
      if (!pending.has(id)) return
      pending.delete(id)
      reject(new FeedFailure(feedError('parse', `Parsing took longer than ${timeoutMs} ms`)))
      if (worker === w) worker = null
      failAll('Parse worker restarted after a stuck job')
      void w.terminate()
    }, timeoutMs)
    pending.set(id, { resolve, reject, timer })
    w.ref()
    w.postMessage({ id, text })
  })
}

/** Stop the worker (tests, shutdown). Pending jobs are rejected. */
export async function closeParseWorker(): Promise<void> {
  const w = worker
  worker = null
  failAll('Parse worker closed')
  if (w) await w.terminate()
}
