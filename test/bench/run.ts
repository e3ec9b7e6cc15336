/**
 * `npm run bench`: runs every test/bench/*.bench.ts in its own process (one core's worth of noise each) and prints
 * one JSON object with each benchmark's figures. Pass names to run a subset: `npm run bench -- nlp feeds`.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = import.meta.dirname
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()
const results: Record<string, unknown> = {}
let failed = 0
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, '')
  process.stderr.write(`bench ${name}…\n`)
  const r = spawnSync(process.execPath, [join(dir, '../../node_modules/tsx/dist/cli.mjs'), join(dir, f)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60_000
  })
  const out = r.stdout.trim().split('\n').filter(Boolean).pop() ?? ''
  try {
    results[name] = JSON.parse(out) as unknown
  } catch {
    failed++
    results[name] = { error: `exit ${r.status}`, stderr: r.stderr.slice(-2000) }
  }
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n')
process.exitCode = failed ? 1 : 0
