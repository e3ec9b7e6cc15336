import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Engine } from '../../../electron/core/engine'
import { applyDeployConfig, parseDeployConfig } from '../../../electron/core/alerts/deploy-config'
import { tempDir } from '../../helpers/tmp'

const repoRoot = resolve(import.meta.dirname, '../../..')
const cli = join(repoRoot, 'electron/server/cli.ts')

/** Runs the CLI with node + tsx; resolves with exit code and output. `until` ends a long-running command. */
function run(
  args: string[],
  until?: RegExp
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
      if (until && until.test(out)) child.kill('SIGTERM')
    })
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('exit', (code) => ok({ code, out, err }))
  })
}

const VALID = {
  sources: [
    { url: 'http://127.0.0.1:9/nieuws.xml', name: 'Schoolnieuws', intervalSeconds: 60 },
    { url: 'http://127.0.0.1:9/forum.xml' }
  ],
  pollIntervalSeconds: 120,
  smtp: {
    host: '127.0.0.1',
    port: 2525,
    secure: false,
    user: 'uitkijk',
    pass: 'zeer-geheim',
    from: 'uitkijk@almerecollege.test'
  },
  recipients: { escalation: ['leiding@almerecollege.test'], officer: ['comms@almerecollege.test'] },
  webhooks: [{ kind: 'teams', url: 'https://example.invalid/webhook/TOKEN123' }],
  quietHours: { start: '22:00', end: '07:00' },
  dashboardUrl: 'http://127.0.0.1:5180',
  staff: [{ name: 'Mark de Boer', handles: ['markdb'] }],
  schoolAccounts: ['@almerecollege'],
  schoolNames: ['Almere College', 'Het Baken'],
  schoolContact: ['036 1234567']
}

describe('serve --config', () => {
  it('names the key and what is wrong', () => {
    const bad = (patch: Record<string, unknown>): string => {
      try {
        parseDeployConfig({ ...VALID, ...patch })
        return 'geen fout'
      } catch (err) {
        return (err as Error).message
      }
    }
    expect(bad({ pollIntervalSeconds: 5 })).toMatch(/pollIntervalSeconds: minimaal 10 seconden/)
    expect(bad({ smtp: { ...VALID.smtp, port: 'vijf' } })).toMatch(/smtp\.port:/)
    expect(bad({ recipients: { escalation: ['geen-adres'] } })).toMatch(
      /recipients\.escalation\.0: geen geldig e-mailadres/
    )
    expect(bad({ webhooks: [{ kind: 'discord', url: 'https://x.test' }] })).toMatch(
      /webhooks\.0\.kind/
    )
    expect(bad({ quietHours: { start: '25:00', end: '07:00' } })).toMatch(
      /quietHours\.start: gebruik UU:MM/
    )
    expect(bad({ sources: [{ url: 'ftp://x.test/feed' }] })).toMatch(/sources\.0\.url/)
    expect(bad({ onbekend: true })).toMatch(/onbekend/)
  })

  it('seeds settings and sources idempotently', async () => {
    const tmp = tempDir()
    const engine = new Engine({ dbPath: join(tmp.dir, 'c.db') })
    try {
      const cfg = parseDeployConfig(VALID)
      expect(await applyDeployConfig(engine, cfg)).toEqual({ added: 2, updated: 0 })
      expect(await applyDeployConfig(engine, cfg)).toEqual({ added: 0, updated: 0 })
      const s = engine.settings()
      expect(s.recipients.escalation).toEqual(['leiding@almerecollege.test'])
      expect(s.quietHours).toMatchObject({
        start: '22:00',
        end: '07:00',
        timezone: 'Europe/Amsterdam'
      })
      const sources = engine.sources.list()
      expect(sources.map((x) => x.intervalSeconds).sort((a, b) => a - b)).toEqual([60, 120])
      expect(s.schoolNames).toEqual(['Almere College', 'Het Baken'])
      expect(s.staff).toEqual([{ name: 'Mark de Boer', handles: ['markdb'] }])
      // The register reaches the scorer: a staff post about "Het Baken" is staff conduct.
      const score = engine.getScorer().score({
        text: 'Eerlijk: het beleid op Het Baken is gewoon slecht, vind ik',
        author: 'markdb'
      })
      expect(score.categories.map((c) => c.id)).toContain('staff_conduct')
      expect(
        await applyDeployConfig(engine, parseDeployConfig({ ...VALID, pollIntervalSeconds: 600 }))
      ).toEqual({ added: 0, updated: 1 })
    } finally {
      await engine.stop()
      tmp.cleanup()
    }
  })
})

describe('CLI', () => {
  let tmp: ReturnType<typeof tempDir>
  beforeEach(() => {
    tmp = tempDir()
  })
  afterEach(() => tmp.cleanup())

  it('alerts --json lists state, category, level and strategy id', async () => {
    const dbPath = join(tmp.dir, 'cli.db')
    const engine = new Engine({ dbPath })
    const { alert } = engine.alerts.upsert(
      {
        kind: 'post',
        dedupeKey: 'story:9',
        postId: null,
        threadPostId: null,
        level: 'kritiek',
        categories: ['threat'],
        title: 'Dreiging',
        strategyId: 'threat'
      },
      new Date().toISOString()
    )
    await engine.call('transitionAlert', { id: alert.id, to: 'bevestigd', actor: 'Anna' })
    await engine.stop()
    const r = await run(['alerts', '--db', dbPath, '--json'])
    expect(r.code).toBe(0)
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      id: alert.id,
      state: 'bevestigd',
      category: 'threat',
      level: 'kritiek',
      strategyId: 'threat'
    })
  })

  it('serve --config refuses a bad file with the key named, and starts with a good one', async () => {
    const bad = join(tmp.dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ ...VALID, pollIntervalSeconds: 3 }))
    const r1 = await run(['serve', '--config', bad, '--db', join(tmp.dir, 's.db'), '--port', '0'])
    expect(r1.code).toBe(1)
    expect(r1.err).toContain('pollIntervalSeconds: minimaal 10 seconden')

    const good = join(tmp.dir, 'good.json')
    writeFileSync(good, JSON.stringify(VALID))
    const r2 = await run(
      ['serve', '--config', good, '--db', join(tmp.dir, 's.db'), '--port', '0'],
      /Stoppen met/
    )
    expect(r2.out).toContain('Configuratie geladen: 2 bronnen toegevoegd, 0 bijgewerkt')
    expect(r2.out + r2.err).not.toContain('zeer-geheim')
    const r3 = await run(
      ['serve', '--config', good, '--db', join(tmp.dir, 's.db'), '--port', '0'],
      /Stoppen met/
    )
    expect(r3.out).toContain('Configuratie geladen: 0 bronnen toegevoegd, 0 bijgewerkt')
  })
})
