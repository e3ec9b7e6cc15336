/**
 * Worker entry: parses feeds off the engine's thread. Runs as TypeScript under Node 24 (type stripping) and,
 * bundled, as a separate JS entry in the Electron main build (see parse-pool.ts).
 */
import { parentPort } from 'node:worker_threads'
import { tryParseFeed } from './parse.ts'
import { feedError } from './errors.ts'

interface Job {
  id: number
  text: string
}

parentPort?.on('message', (job: Job) => {
  tryParseFeed(job.text).then(
    (outcome) => parentPort?.postMessage({ id: job.id, outcome }),
    (err: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        outcome: {
          kind: 'error',
          error: feedError('parse', `Worker: ${String((err as Error)?.message ?? err)}`)
        }
      })
  )
})
