import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { openDatabase } from '../../../electron/core/store/db'
import { tempDir } from '../../helpers/tmp'
import { loopbackSmtp, startSmtp } from './mail-server'
import type { TestSmtp } from './mail-server'

const repoRoot = resolve(import.meta.dirname, '../../..')

function runChild(args: string[]): { child: ChildProcess; enqueued: Promise<number> } {
  // node itself with the tsx loader (not the tsx wrapper, whose grandchild would survive the SIGKILL)
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'crash-child.ts'), ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let err = ''
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
  const enqueued = new Promise<number>((ok, fail) => {
    child.stdout!.on('data', (c: Buffer) => {
      const m = /ENQUEUED (\d+)/.exec(c.toString())
      if (m) ok(Number(m[1]))
    })
    child.once('exit', (code) => fail(new Error(`child exited ${code}: ${err}`)))
  })
  return { child, enqueued }
}

async function killed(child: ChildProcess): Promise<void> {
  const gone = new Promise((r) => child.once('exit', r))
  child.kill('SIGKILL')
  await gone
}

function outboxStatus(dbPath: string): string[] {
  const db = openDatabase(dbPath)
  try {
    return (db.prepare('SELECT status FROM outbox ORDER BY id').all() as { status: string }[]).map(
      (r) => r.status
    )
  } finally {
    db.close()
  }
}

describe('outbox survives a SIGKILL', () => {
  let tmp: ReturnType<typeof tempDir>
  let smtp: TestSmtp
  beforeEach(() => {
    tmp = tempDir()
  })
  afterEach(async () => {
    await smtp?.close()
    tmp.cleanup()
  })

  it('killed between "alert created" and "mail sent": sent after restart, once', async () => {
    smtp = await startSmtp()
    const dbPath = join(tmp.dir, 'crash.db')
    const { child, enqueued } = runChild([dbPath, String(smtp.port), 'before-send'])
    const alertId = await enqueued
    await killed(child)
    expect(smtp.mails).toHaveLength(0)
    expect(outboxStatus(dbPath)).toEqual(['pending'])

    const engine = new Engine({ dbPath })
    engine.alerting.start()
    await smtp.waitFor(1)
    await new Promise((r) => setTimeout(r, 500))
    await engine.stop()
    expect(smtp.mails).toHaveLength(1)
    expect(smtp.mails[0]!.headers['x-uitkijk-alert']).toBe(String(alertId))
    expect(outboxStatus(dbPath)).toEqual(['sent'])

    // a second restart sends nothing more
    const again = new Engine({ dbPath })
    again.alerting.start()
    await new Promise((r) => setTimeout(r, 500))
    await again.stop()
    expect(smtp.mails).toHaveLength(1)
  })

  it('killed while the SMTP conversation is in flight (row in "sending"): retried after restart, once', async () => {
    // the server stalls at RCPT TO so the child is certainly mid-conversation when it dies
    smtp = await startSmtp(0, { stallRcptMs: 60_000 })
    const dbPath = join(tmp.dir, 'crash2.db')
    const { child, enqueued } = runChild([dbPath, String(smtp.port), 'during-send'])
    await enqueued
    const t0 = Date.now()
    while (!outboxStatus(dbPath).includes('sending') && Date.now() - t0 < 10_000)
      await new Promise((r) => setTimeout(r, 50))
    expect(outboxStatus(dbPath)).toEqual(['sending'])
    await killed(child)
    await smtp.close()

    smtp = await startSmtp()
    const engine = new Engine({ dbPath })
    await engine.api.updateSettings({
      patch: {
        smtp: loopbackSmtp(smtp.port)
      }
    })
    engine.alerting.start()
    await smtp.waitFor(1)
    await new Promise((r) => setTimeout(r, 500))
    const [row] = await engine.api.listDeliveries({})
    await engine.stop()
    expect(smtp.mails).toHaveLength(1)
    expect(row!.status).toBe('sent')
    expect(row!.attempts).toBe(2)
  })
})
