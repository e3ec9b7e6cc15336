/**
 * Security settings shared by the hosts, kept in one place so a unit test can pin them.
 * Pure TypeScript: no node:*, no electron.
 */

/** The dashboard's Content-Security-Policy: no remote code, no inline scripts, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'"
].join('; ')

/** webPreferences of every Uitkijk window (the Electron host spreads these and adds only the preload path). */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false
} as const

/**
 * Whether a link from feed content may be opened in the system browser: only absolute http(s) URLs without
 * credentials. Everything else (javascript:, file:, data:, custom schemes) is refused.
 */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 4096) return false
  let u: URL
  try {
    u = new URL(raw)
  } catch {
    return false
  }
  return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password && !!u.hostname
}
