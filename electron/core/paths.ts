import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Uitkijk'

/**
 * The app's data folder, the same one Electron's `app.getPath('userData')` gives for "Uitkijk", so the desktop app,
 * the CLI and the headless host share one database by default. `UITKIJK_DATA_DIR` overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform
): string {
  if (env.UITKIJK_DATA_DIR) return env.UITKIJK_DATA_DIR
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** Default database file inside the data folder. */
export function defaultDbPath(): string {
  return join(defaultDataDir(), 'uitkijk.db')
}
