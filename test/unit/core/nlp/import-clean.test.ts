import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const repoRoot = resolve(import.meta.dirname, '../../../..')
const probe = join(import.meta.dirname, 'import-probe.fixture.ts')
const DB_CLIENT = /node_modules\/(mongoose|pg|redis|@redis|dotenv)\//

function importInChild(target: string): { stdout: string; stderr: string; loaded: string[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'uitkijk-probe-')), 'loaded.json')
  const r = spawnSync(process.execPath, ['--import', 'tsx', probe], {
    cwd: repoRoot,
    env: { ...process.env, PROBE_TARGET: target, PROBE_OUT: out },
    encoding: 'utf8',
    timeout: 30_000
  })
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`)
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    loaded: JSON.parse(readFileSync(out, 'utf8')) as string[]
  }
}

describe('importing the scorer', () => {
  it('prints nothing and loads no database client, only natural submodules', () => {
    const r = importInChild(pathToFileURL(join(repoRoot, 'electron/core/nlp/index.ts')).href)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('')
    expect(r.loaded.filter((m) => DB_CLIENT.test(m))).toEqual([])
    expect(r.loaded.some((m) => m.endsWith('natural/lib/natural/index.js'))).toBe(false)
    // The probe must see what we import, or the checks above prove nothing.
    expect(
      r.loaded.some((m) => m.includes('natural/lib/natural/stemmers/porter_stemmer_nl.js'))
    ).toBe(true)
  })

  it('would catch it: natural’s index loads database clients and prints banners', () => {
    const r = importInChild('natural')
    expect(r.loaded.some((m) => DB_CLIENT.test(m))).toBe(true)
  })
})
