import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../..')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|vue)$/.test(p) ? [p] : []
  })
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!)

describe('layering (also enforced by ESLint)', () => {
  it('the engine, the contract and the headless host never import electron', () => {
    for (const dir of ['electron/core', 'electron/shared', 'electron/server'])
      for (const f of files(join(root, dir)))
        expect(importsOf(f).filter((i) => i === 'electron' || i.startsWith('electron/')), f).toEqual([])
  })

  it('the renderer never imports Node built-ins or engine code', () => {
    for (const f of files(join(root, 'src'))) {
      const bad = importsOf(f).filter(
        (i) => i.startsWith('node:') || i === 'electron' || i === 'natural' || i.startsWith('natural/') || i === 'rss-parser' || /\/core\//.test(i)
      )
      expect(bad, f).toEqual([])
    }
  })
})
