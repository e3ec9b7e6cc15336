import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../electron/main/window-options'
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from '../../../electron/shared/security'

describe('Electron window security', () => {
  it('pins the webPreferences of the Electron checklist', () => {
    const wp = mainWindowOptions('/x/preload.cjs').webPreferences!
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/x/preload.cjs'
    })
  })

  it('has a CSP without remote or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })

  it('opens only http(s) links externally', () => {
    expect(isSafeExternalUrl('https://almerecollege.nl/nieuws')).toBe(true)
    expect(isSafeExternalUrl('http://example.org')).toBe(true)
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ms-msdt:x', 'https://u:p@x.nl', '', 42, '//x.nl'])
      expect(isSafeExternalUrl(bad)).toBe(false)
  })
})
