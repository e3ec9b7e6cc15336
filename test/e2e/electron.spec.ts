import { test, expect, _electron as electron } from '@playwright/test'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { repoRoot } from './host'

/** Path of the Electron binary if this machine has one (Electron 45 downloads it lazily; CI cannot). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

const binary = electronBinary()

test('the desktop app opens a secure window with the dashboard', async () => {
  test.skip(
    !binary,
    'SKIPPED: no Electron binary on this machine (Electron 45 downloads it on first launch, which needs the internet). ' +
      'The engine, the headless host and the dashboard are tested in Chromium instead.'
  )
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
