import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { chromiumPath } from '../../../electron/core/pdf'
import { tempDir } from '../../helpers/tmp'

describe.skipIf(!chromiumPath())('dossier as PDF (Chromium)', () => {
  it('exports a case as a PDF and logs the export in the audit trail', async () => {
    const tmp = tempDir()
    const engine = new Engine({ dbPath: join(tmp.dir, 'p.db') })
    try {
      const { alert } = engine.alerts.upsert(
        {
          kind: 'post',
          dedupeKey: 'story:pdf',
          postId: null,
          threadPostId: null,
          level: 'hoog',
          categories: ['staff_conduct'],
          title: 'Uitlating medewerker over de school',
          strategyId: 'staff_conduct'
        },
        new Date().toISOString()
      )
      await engine.call('addAlertNote', {
        id: alert.id,
        text: 'Gesprek met teamleider gepland',
        actor: 'Anna'
      })
      const r = await engine.call('exportDossier', { id: alert.id, format: 'pdf' })
      const pdf = Buffer.from(r.base64, 'base64')
      expect(r.contentType).toBe('application/pdf')
      expect(r.filename).toMatch(/^dossier-melding-\d+-\d{4}-\d{2}-\d{2}\.pdf$/)
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.length).toBeGreaterThan(5000)
      const c = await engine.call('getAlert', { id: alert.id })
      expect(c.audit.map((e) => e.action)).toContain('dossier geëxporteerd')
    } finally {
      await engine.stop()
      tmp.cleanup()
    }
  }, 60_000)
})
