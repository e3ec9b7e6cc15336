import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../../electron/core/engine'
import { setSecretCodec } from '../../../../electron/core/alerts/settings'
import { tempDir } from '../../../helpers/tmp'

describe('secrets at rest', () => {
  afterEach(() => setSecretCodec(null))

  it('stores the SMTP password and webhook URLs sealed when the host provides a codec', async () => {
    // a reversible stand-in for Electron safeStorage
    setSecretCodec({
      encrypt: (s) => Buffer.from(s).toString('base64').split('').reverse().join(''),
      decrypt: (s) => Buffer.from(s.split('').reverse().join(''), 'base64').toString()
    })
    const tmp = tempDir()
    const engine = new Engine({ dbPath: join(tmp.dir, 's.db') })
    try {
      await engine.api.updateSettings({
        patch: {
          smtp: {
            host: 'mail.test',
            port: 587,
            secure: false,
            user: 'u',
            pass: 'wachtwoord123',
            from: 'a@b.test'
          },
          webhooks: [{ kind: 'slack', url: 'https://hooks.slack.test/services/GEHEIM' }]
        }
      })
      const raw = JSON.stringify(engine.db.prepare('SELECT value FROM settings').all())
      expect(raw).not.toContain('wachtwoord123')
      expect(raw).not.toContain('GEHEIM')
      expect(engine.settings().smtp?.pass).toBe('wachtwoord123')
      expect(engine.settings().webhooks[0]!.url).toBe('https://hooks.slack.test/services/GEHEIM')
      const pub = JSON.stringify(await engine.api.getSettings({}))
      expect(pub).not.toMatch(/wachtwoord123|GEHEIM|enc:v1/)
    } finally {
      await engine.stop()
      tmp.cleanup()
    }
  })
})
