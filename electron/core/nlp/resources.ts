import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * Find a bundled resource (e.g. `nlp/model.json`) both from the repo (tsx, vitest) and from a bundled
 * Electron main in out/main: `UITKIJK_RESOURCES` first, then the nearest `resources/` folder walking up.
 */
export function resolveResource(rel: string): string {
  const env = process.env.UITKIJK_RESOURCES
  if (env) {
    const p = resolve(env, rel)
    if (existsSync(p)) return p
  }
  let dir = import.meta.dirname
  for (;;) {
    const p = join(dir, 'resources', rel)
    if (existsSync(p)) return p
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  throw new Error(`Bestand ${rel} niet gevonden: zet UITKIJK_RESOURCES naar de map met resources.`)
}
