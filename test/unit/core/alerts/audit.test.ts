import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase } from '../../../../electron/core/store/db'
import { AuditRepo } from '../../../../electron/core/store/audit-repo'
import { tempDir } from '../../../helpers/tmp'

describe('audit log', () => {
  it('is hash-chained, survives a restart, and refuses edits through SQL', () => {
    const tmp = tempDir()
    const path = join(tmp.dir, 'a.db')
    try {
      let db = openDatabase(path)
      const a = new AuditRepo(db)
      a.append(
        { alertId: 1, actor: 'Anna', action: 'status', detail: { to: 'bevestigd' } },
        '2026-11-23T10:00:00Z'
      )
      a.append(
        { alertId: 1, actor: 'Bram', action: 'notitie', detail: { text: 'gebeld' } },
        '2026-11-23T10:05:00Z'
      )
      db.close()
      db = openDatabase(path)
      const b = new AuditRepo(db)
      b.append({ alertId: 2, actor: 'Anna', action: 'status', detail: {} }, '2026-11-23T11:00:00Z')
      expect(b.verify()).toEqual({ ok: true, rows: 3 })
      expect(b.forAlert(1).map((e) => e.actor)).toEqual(['Anna', 'Bram'])
      expect(() => db.prepare("UPDATE audit_log SET actor = 'X' WHERE id = 1").run()).toThrow(
        /append-only/
      )
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/)
      db.close()
    } finally {
      tmp.cleanup()
    }
  })

  it('detects an edited row, even when the attacker drops the triggers first', () => {
    const db = openDatabase(':memory:')
    const a = new AuditRepo(db)
    for (let i = 0; i < 5; i++)
      a.append(
        { alertId: 7, actor: 'Anna', action: `stap ${i}`, detail: { i } },
        `2026-11-23T10:0${i}:00Z`
      )
    expect(a.verify().ok).toBe(true)
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare(`UPDATE audit_log SET detail = '{"i":99}' WHERE id = 3`).run()
    expect(a.verify()).toEqual({ ok: false, rows: 3, brokenAt: 3, reason: 'inhoud gewijzigd' })
  })

  it('detects a deleted row', () => {
    const db = openDatabase(':memory:')
    const a = new AuditRepo(db)
    for (let i = 0; i < 3; i++)
      a.append({ alertId: 1, actor: 'A', action: 'x', detail: {} }, '2026-11-23T10:00:00Z')
    db.exec('DROP TRIGGER audit_log_no_delete')
    db.prepare('DELETE FROM audit_log WHERE id = 2').run()
    const v = a.verify()
    expect(v.ok).toBe(false)
    expect(v).toMatchObject({ brokenAt: 3 })
  })
})
