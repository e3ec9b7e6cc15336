import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const repoRoot = resolve(import.meta.dirname, '../..')

export interface RunningHost {
  url: string
  dashboardUrl: string
  token: string
  dbPath: string
  child: ChildProcess
  stop(): Promise<void>
}

/**
 * Starts the real headless host (`cli serve`) as a child process on a random port and waits for its dashboard URL.
 */
export async function startHost(opts: { demo?: boolean; dbPath?: string; extraArgs?: string[] } = {}): Promise<RunningHost> {
  const dbPath = opts.dbPath ?? join(mkdtempSync(join(tmpdir(), 'uitkijk-e2e-')), 'e2e.db')
  const args = [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(repoRoot, 'electron/server/cli.ts'), 'serve', '--port', '0', '--db', dbPath]
  if (opts.demo) args.push('--demo')
  args.push(...(opts.extraArgs ?? []))
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
  const dashboardUrl = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not start in time:\n${out}\n${err}`)), 30_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /Dashboard: (\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(m[1]!)
      }
    })
    child.once('exit', (code) => fail(new Error(`host exited with ${code}:\n${out}\n${err}`)))
  })
  const url = dashboardUrl.replace(/\/#token=.*$/, '')
  const token = decodeURIComponent(/#token=(.+)$/.exec(dashboardUrl)![1]!)
  return {
    url,
    dashboardUrl,
    token,
    dbPath,
    child,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok()
        child.once('exit', () => ok())
        child.kill('SIGTERM')
      })
  }
}

/** Calls the host's API like the dashboard does. */
export async function callApi<T>(h: RunningHost, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${h.url}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${h.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input)
  })
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}
