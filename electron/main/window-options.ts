import type { BrowserWindowConstructorOptions } from 'electron'
import { SECURE_WEB_PREFERENCES } from '../shared/security'

/**
 * Options of the main window. Kept free of runtime electron imports so a unit test can pin the security settings.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Uitkijk',
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath }
  }
}
