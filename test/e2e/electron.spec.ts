import { test, expect, _electron as electron } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './host'

/**
 * Path of the Electron binary if this machine has one. We look for the file ourselves: `require('electron')` would
 * try to download the binary (Electron 45 fetches it lazily), which must never happen from a test.
 */
function electronBinary(): string | null {
  const dir = join(repoRoot, 'node_modules/electron')
  const pathTxt = join(dir, 'path.txt')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
    return existsSync(p) ? p : null
  }
  if (!existsSync(pathTxt)) return null
  const p = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim())
  return existsSync(p) ? p : null
}

const binary = electronBinary()
const SKIP_REASON =
  'SKIPPED: no Electron binary on this machine (Electron 45 downloads it on first launch, which needs the internet). ' +
  'The engine, the headless host and the dashboard are tested in Chromium instead.'
if (!binary) process.stderr.write(`[electron.spec] ${SKIP_REASON}\n`)

test('the desktop app opens a secure window with the dashboard', async () => {
  test.skip(!binary, SKIP_REASON)
  test.skip(!process.env.DISPLAY && process.platform === 'linux', 'SKIPPED: no display (run under xvfb-run).')
  const app = await electron.launch({ executablePath: binary!, args: [join(repoRoot, 'out/main/index.js')], env: { ...process.env, UITKIJK_DATA_DIR: join(repoRoot, '.tmp/electron-e2e') } })
  const win = await app.firstWindow()
  await expect(win.getByRole('heading', { name: 'Overzicht' })).toBeVisible()
  // the page has no Node: no require, no process; the bridge exposes exactly the allowlisted functions
  expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
  expect(await win.evaluate(() => Object.keys((globalThis as unknown as { uitkijk: object }).uitkijk).sort())).toEqual([
    'call',
    'onEvent',
    'openExternal'
  ])
  await app.close()
})
