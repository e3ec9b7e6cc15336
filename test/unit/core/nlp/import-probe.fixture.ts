// Child-process probe for import-clean.test.ts: imports the given module, then reports which modules loaded.
import { createRequire, registerHooks } from 'node:module'
import { writeFileSync } from 'node:fs'

const resolved: string[] = []
registerHooks({
  resolve(specifier, context, next) {
    const r = next(specifier, context)
    resolved.push(r.url)
    return r
  }
})
const target = process.env.PROBE_TARGET as string
await import(target)
const require = createRequire(import.meta.url)
const loaded = [...resolved, ...Object.keys(require.cache)]
writeFileSync(process.env.PROBE_OUT as string, JSON.stringify(loaded))
