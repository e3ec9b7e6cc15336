/**
 * The CLI's commands. Each is a small adapter: parse flags, open the engine, call it, print.
 */
import { readFileSync, existsSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import { Engine } from '../core/engine'
import { applyDeployConfig, loadDeployConfig } from '../core/alerts/deploy-config'
import { defaultDbPath } from '../core/paths'
import { startHttpHost, newToken } from './http-server'
import { findDemoScriptPath, startDemoFeeds } from './demo-feeds'
import { parseOpml, exportOpml } from '../core/feeds/opml'
import { createScorer, shippedModel } from '../core/nlp/index'
import { scoreJsonlLine, scoreThreadJson } from '../core/nlp/index'
import { runReportCli } from '../core/reports/cli'

type Values = Record<string, string | boolean | undefined>

export interface Command {
  name: string
  summary: string
  args: string
  options: NonNullable<ParseArgsConfig['options']>
  run: (v: Values, positionals: string[]) => Promise<number>
}

const db = { type: 'string' as const }
const help = { type: 'boolean' as const, short: 'h' }

/** The repository (or app) root: the nearest folder upwards with a package.json. */
export function appRoot(from = import.meta.dirname): string {
  let dir = from
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir
    dir = dirname(dir)
  }
  return process.cwd()
}

function dbPath(v: Values): string {
  return typeof v.db === 'string' ? resolve(v.db) : defaultDbPath()
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const log = (level: string, msg: string): void => {
  if (level !== 'info') process.stderr.write(`[${level}] ${msg}\n`)
}

export const COMMANDS: Command[] = [
  {
    name: 'serve',
    summary: 'Start de engine zonder venster, met het dashboard in de browser (token-beveiligd).',
    args: '[--demo [--reset]] [--config BESTAND] [--port N] [--host ADRES] [--db PAD] [--token TOKEN]',
    options: {
      demo: { type: 'boolean' },
      config: { type: 'string' },
      reset: { type: 'boolean' },
      speed: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      db,
      help
    },
    run: async (v) => {
      const demo = v.demo === true
      const path =
        demo && typeof v.db !== 'string' ? resolve(appRoot(), '.tmp', 'demo.db') : dbPath(v)
      if (demo && v.reset)
        for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true })
      // validate the deployment file before anything starts, so a typo stops here with the key named
      const config = typeof v.config === 'string' ? loadDeployConfig(resolve(v.config)) : null
      const engine = new Engine({ dbPath: path, log })
      if (config) {
        const r = await applyDeployConfig(engine, config)
        process.stdout.write(
          `Configuratie geladen: ${r.added} bronnen toegevoegd, ${r.updated} bijgewerkt.\n`
        )
      }
      let feeds: Awaited<ReturnType<typeof startDemoFeeds>> | null = null
      if (demo) {
        // --speed N plays the demo's timeline N times faster (the derailing thread in under a minute at 10)
        const speed =
          typeof v.speed === 'string' ? Math.min(100, Math.max(1, Number(v.speed) || 1)) : 1
        feeds = await startDemoFeeds({ loop: true, port: 5198, speed }).catch(() =>
          startDemoFeeds({ loop: true, speed })
        )
        for (const f of feeds.feeds) {
          const known = engine.sources.list().find((s) => s.name === f.name)
          // the demo feed server gets a new port each run: point the existing source at it, keep its posts
          if (known) engine.sources.update(known.id, { url: f.url })
          else
            engine.sources.add(
              {
                name: f.name,
                url: f.url,
                kind: f.kind,
                intervalSeconds: 10,
                watchTerms: [],
                excludeTerms: []
              },
              new Date().toISOString()
            )
        }
        repointCommentFeeds(engine, feeds.baseUrl)
        // the demo's staff register, so the staff_conduct detector knows the fictional teacher accounts
        const demoSettings = JSON.parse(
          readFileSync(join(dirname(findDemoScriptPath()), 'settings.json'), 'utf8')
        ) as Record<string, unknown>
        await engine.call('updateSettings', { patch: demoSettings })
      }
      const token =
        typeof v.token === 'string' ? v.token : (process.env.UITKIJK_TOKEN ?? newToken())
      const host = await startHttpHost({
        api: engine.api,
        subscribe: (fn) => engine.on(fn),
        token,
        host: typeof v.host === 'string' ? v.host : '127.0.0.1',
        port: typeof v.port === 'string' ? Number(v.port) : demo ? 5199 : 5180,
        staticDir: join(appRoot(), 'out', 'renderer'),
        log: (m) => log('error', m)
      })
      engine.start()
      process.stdout.write(
        `Uitkijk draait${demo ? ' (demo)' : ''}.\n  Database: ${path}\n  Dashboard: ${host.dashboardUrl}\n` +
          `Stoppen met Ctrl+C.\n`
      )
      await new Promise<void>((done) => {
        const stop = (): void => done()
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      await host.close()
      await feeds?.close()
      await engine.stop()
      return 0
    }
  },
  {
    name: 'alerts',
    summary:
      'Toon de meldingen met status, categorie, niveau en aanpak; één JSON-regel per melding met --json.',
    args: '--db PAD [--json] [--state STATUS] [--limit N]',
    options: {
      json: { type: 'boolean' },
      state: { type: 'string' },
      limit: { type: 'string' },
      db,
      help
    },
    run: async (v) => {
      const engine = new Engine({ dbPath: dbPath(v), log: () => {} })
      try {
        const alerts = await engine.call('listAlerts', {
          state: typeof v.state === 'string' ? v.state : undefined,
          limit: typeof v.limit === 'string' ? Number(v.limit) : 500
        })
        for (const a of alerts) {
          if (v.json) {
            process.stdout.write(
              JSON.stringify({
                id: a.id,
                kind: a.kind,
                state: a.state,
                level: a.level,
                categories: a.categories,
                category: a.categories[0] ?? null,
                derailing: a.derailing,
                strategyId: a.strategyId,
                owner: a.owner,
                title: a.title,
                createdAt: a.createdAt,
                updatedAt: a.updatedAt
              }) + '\n'
            )
          } else {
            const cats = a.categories.join(',') || '-'
            process.stdout.write(
              `#${a.id} [${a.state}] ${a.level} ${cats} (aanpak: ${a.strategyId ?? '-'}) ${a.title}\n`
            )
          }
        }
        if (!v.json && alerts.length === 0) process.stdout.write('Geen meldingen.\n')
      } finally {
        await engine.stop()
      }
      return 0
    }
  },
  {
    name: 'poll',
    summary: 'Haal alle bronnen één keer op en verwerk ze; één JSON-regel per bron met --json.',
    args: '--once --db PAD [--json]',
    options: { once: { type: 'boolean' }, json: { type: 'boolean' }, db, help },
    run: async (v) => {
      const engine = new Engine({ dbPath: dbPath(v), log: () => {} })
      try {
        const outcomes = await engine.pollOnce({ all: true })
        for (const o of outcomes) {
          if (v.json) {
            process.stdout.write(
              JSON.stringify({
                source: o.source,
                status: o.status,
                items: o.items,
                new: o.new,
                error: o.error ? o.error.message : null
              }) + '\n'
            )
          } else {
            const what = o.error ? `FOUT: ${o.error.message}` : `${o.items} items, ${o.new} nieuw`
            process.stdout.write(`${o.source}: ${o.status} — ${what}\n`)
          }
        }
      } finally {
        await engine.stop()
      }
      return 0
    }
  },
  {
    name: 'import-opml',
    summary: 'Voeg de bronnen uit een OPML-bestand toe.',
    args: 'BESTAND --db PAD',
    options: { db, kind: { type: 'string' }, help },
    run: async (v, pos) => {
      const file = pos[0]
      if (!file) throw new Error('Geef het OPML-bestand op.')
      const outlines = parseOpml(readFileSync(file, 'utf8'))
      const engine = new Engine({ dbPath: dbPath(v), log })
      try {
        let added = 0
        for (const o of outlines) {
          if (engine.sources.findByUrl(o.url)) continue
          engine.sources.add(
            {
              name: o.title || o.url,
              url: o.url,
              kind: v.kind === 'own' ? 'own' : 'mention',
              intervalSeconds: 300,
              watchTerms: [],
              excludeTerms: []
            },
            new Date().toISOString()
          )
          added++
        }
        process.stdout.write(
          `${added} bronnen toegevoegd, ${outlines.length - added} stonden er al.\n`
        )
      } finally {
        await engine.stop()
      }
      return 0
    }
  },
  {
    name: 'export-opml',
    summary: 'Schrijf alle bronnen als OPML naar stdout.',
    args: '--db PAD',
    options: { db, help },
    run: async (v) => {
      const engine = new Engine({ dbPath: dbPath(v), log })
      try {
        process.stdout.write(
          exportOpml(
            engine.sources.list().map((s) => ({ title: s.name, url: s.url })),
            'Uitkijk-bronnen'
          )
        )
      } finally {
        await engine.stop()
      }
      return 0
    }
  },
  {
    name: 'report',
    summary:
      'Maak het weekrapport (PDF, HTML of CSV) voor een ISO-week; standaard de afgelopen week als PDF.',
    args: '--week 2026-W47 --db PAD [--format pdf|html|csv] [--out BESTAND] [--lang nl|en]',
    options: {
      week: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      db,
      help
    },
    run: async (v) => {
      const engine = new Engine({ dbPath: dbPath(v), log })
      try {
        const str = (k: string): string | undefined =>
          typeof v[k] === 'string' ? (v[k] as string) : undefined
        const out = await runReportCli(engine.db, engine.settingsRepo.all(), {
          week: str('week'),
          format: str('format'),
          out: str('out'),
          lang: str('lang')
        })
        process.stdout.write(`Weekrapport geschreven naar ${out}\n`)
      } finally {
        await engine.stop()
      }
      return 0
    }
  },
  {
    name: 'score',
    summary:
      'Scoor JSONL van stdin ({"id","text"}, optioneel "media", "source"); één JSON-regel per invoer.',
    args: '< berichten.jsonl',
    options: { help },
    run: async () => {
      const scorer = createScorer({ model: shippedModel() })
      const input = await readStdin()
      for (const line of input.split('\n')) {
        if (!line.trim()) continue
        process.stdout.write(scoreJsonlLine(scorer, line) + '\n')
      }
      return 0
    }
  },
  {
    name: 'score-thread',
    summary: 'Scoor één discussie ({"comments":[{"author","minutes","text"}]}) op ontsporen.',
    args: '< discussie.json',
    options: { help },
    run: async () => {
      process.stdout.write(JSON.stringify(scoreThreadJson(await readStdin())) + '\n')
      return 0
    }
  }
]

/** Comment feeds followed in an earlier demo run point at the old port: move them to this run's server. */
function repointCommentFeeds(engine: Engine, baseUrl: string): void {
  for (const s of engine.sources.listAll()) {
    if (!s.parentPostId) continue
    const m = /^http:\/\/127\.0\.0\.1:\d+(\/.*)$/.exec(s.url)
    if (m) engine.sources.update(s.id, { url: baseUrl + m[1] })
  }
}

/** Help text for all commands, or one. */
export function usage(name?: string): string {
  const list = name ? COMMANDS.filter((c) => c.name === name) : COMMANDS
  const lines = list.map((c) => `  ${c.name} ${c.args}\n      ${c.summary}`)
  return `Gebruik: npm run cli -- <opdracht> [opties]\n\nOpdrachten:\n${lines.join('\n')}\n`
}
