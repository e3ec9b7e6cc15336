/** Writes known data straight into a real Uitkijk database through the repos (and SQL where no repo method exists). */
import type { Db } from '../../../electron/core/store/db'
import { SourcesRepo } from '../../../electron/core/store/sources-repo'
import { PostsRepo } from '../../../electron/core/store/posts-repo'
import { ThreadsRepo } from '../../../electron/core/store/threads-repo'
import type { CategoryId, RiskLevel } from '../../../electron/shared/domain'
import { levelRank } from '../../../electron/shared/domain'

export interface SeedPost {
  sourceId: number
  at: string
  title?: string
  text?: string
  author?: string | null
  parentId?: number | null
  link?: string | null
  score?: { level: RiskLevel; sentiment: number; categories?: CategoryId[]; risk?: number }
}

let seq = 0

/** A seeder over one open database. */
export function seeder(db: Db) {
  const sources = new SourcesRepo(db)
  const posts = new PostsRepo(db, { fts: false })
  const threads = new ThreadsRepo(db)
  return {
    source(
      name: string,
      kind: 'own' | 'mention' = 'mention',
      parentPostId: number | null = null
    ): number {
      return sources.add(
        {
          name,
          url: `http://127.0.0.1/${encodeURIComponent(name)}/${++seq}`,
          kind,
          intervalSeconds: 300,
          watchTerms: [],
          excludeTerms: [],
          parentPostId
        },
        '2026-01-01T00:00:00.000Z'
      ).id
    },
    post(p: SeedPost): number {
      const key = `k${++seq}`
      const { id } = posts.upsert(
        p.sourceId,
        {
          guid: key,
          link: p.link ?? `https://example.org/${key}`,
          dedupeKey: key,
          contentHash: key,
          title: p.title ?? '',
          text: p.text ?? p.title ?? '',
          html: '',
          author: p.author ?? null,
          publishedAt: p.at,
          media: false,
          mediaUrls: [],
          languageHint: null,
          commentsFeedUrl: null,
          commentCount: null
        },
        p.at,
        p.parentId ?? null
      )
      if (p.score) {
        const cats = p.score.categories ?? []
        posts.saveScore(
          id,
          {
            risk: p.score.risk ?? levelRank(p.score.level) * 20,
            level: p.score.level,
            categories: cats.map((c) => ({ id: c, confidence: 0.9 })),
            evidence: [],
            language: 'nl',
            sentiment: p.score.sentiment,
            modelVersion: 'test-1'
          },
          p.at
        )
      }
      return id
    },
    thread(
      root: number,
      t: { index: number; derailing: boolean; explanation: string; comments: number; at: string }
    ): void {
      threads.save(
        root,
        {
          index: t.index,
          trajectory: [t.index],
          turningPoint: 0,
          explanation: t.explanation,
          derailing: t.derailing
        },
        t.comments,
        t.at
      )
    },
    alert(a: {
      level: RiskLevel
      state?: string
      title: string
      createdAt: string
      updatedAt?: string
      acknowledgedAt?: string | null
      resolvedAt?: string | null
      postId?: number | null
    }): number {
      const res = db
        .prepare(
          `INSERT INTO alerts (kind, dedupe_key, post_id, level, level_rank, categories, title, state, created_at, updated_at)
           VALUES ('post', ?, ?, ?, ?, '[]', ?, ?, ?, ?)`
        )
        .run(
          `a${++seq}`,
          a.postId ?? null,
          a.level,
          levelRank(a.level),
          a.title,
          a.state ?? 'nieuw',
          a.createdAt,
          a.updatedAt ?? a.createdAt
        )
      const id = Number(res.lastInsertRowid)
      const cols = (db.prepare('PRAGMA table_info(alerts)').all() as { name: string }[]).map(
        (c) => c.name
      )
      if (cols.includes('acknowledged_at'))
        db.prepare('UPDATE alerts SET acknowledged_at = ?, resolved_at = ? WHERE id = ?').run(
          a.acknowledgedAt ?? null,
          a.resolvedAt ?? null,
          id
        )
      return id
    },
    health(
      sourceId: number,
      h: { lastSuccessAt: string | null; lastError?: string | null; failures?: number }
    ): void {
      db.prepare(
        'UPDATE source_state SET last_success_at = ?, last_error = ?, consecutive_failures = ? WHERE source_id = ?'
      ).run(h.lastSuccessAt, h.lastError ?? null, h.failures ?? 0, sourceId)
    }
  }
}

/**
 * The hand-counted week 2026-W47 (Mon 16 – Sun 22 Nov 2026, CET: 15 Nov 23:00Z – 22 Nov 23:00Z) with the four weeks
 * before it. The expected figures are worked out by hand in report.test.ts.
 */
export function seedKnownWeek(db: Db) {
  const s = seeder(db)
  const own = s.source('Almere College (Instagram)', 'own')
  const news = s.source('Google Nieuws: Almere College')
  const reddit = s.source('Reddit r/almere')
  const masto = s.source('Mastodon #almerecollege')
  const ids: Record<string, number> = {}
  // W47
  ids.gym = s.post({
    sourceId: news,
    at: '2026-11-15T23:00:00.000Z',
    title: 'Nieuwe gymzaal geopend',
    author: 'Redactie Almere Nu',
    score: { level: 'geen', sentiment: 0.2 }
  })
  ids.openDag = s.post({
    sourceId: own,
    at: '2026-11-16T08:00:00.000Z',
    title: 'Open dag zaterdag! Iedereen welkom',
    author: 'almerecollege',
    score: { level: 'geen', sentiment: 0.8 }
  })
  ids.klacht = s.post({
    sourceId: news,
    at: '2026-11-17T12:00:00.000Z',
    title: 'Klachten over roosterwijzigingen',
    author: 'Redactie Almere Nu',
    score: { level: 'laag', sentiment: -0.4, categories: ['negative_press'] }
  })
  ids.sanne = s.post({
    sourceId: reddit,
    at: '2026-11-18T15:00:00.000Z',
    title: 'Sanne uit 3B wordt al weken gepest',
    text: 'Sanne uit 3B wordt al weken gepest en niemand doet iets.',
    author: 'anon_ouder',
    score: { level: 'middel', sentiment: -0.6, categories: ['bullying'] }
  })
  const comments = s.source('Reacties: Sanne', 'mention', ids.sanne)
  ids.c1 = s.post({
    sourceId: comments,
    parentId: ids.sanne,
    at: '2026-11-18T15:30:00.000Z',
    text: 'Wat erg voor Sanne',
    author: 'lisa_2009',
    score: { level: 'geen', sentiment: -0.3 }
  })
  ids.c2 = s.post({
    sourceId: comments,
    parentId: ids.sanne,
    at: '2026-11-18T16:00:00.000Z',
    text: 'Ik weet waar ze woont, Molenweg 12',
    author: 'xx',
    score: { level: 'hoog', sentiment: -0.7, categories: ['personal_info'] }
  })
  ids.c3 = s.post({
    sourceId: comments,
    parentId: ids.sanne,
    at: '2026-11-19T08:00:00.000Z',
    text: 'Iedereen moet haar met rust laten',
    author: 'lisa_2009',
    score: { level: 'geen', sentiment: 0.1 }
  })
  ids.trots = s.post({
    sourceId: own,
    at: '2026-11-19T10:00:00.000Z',
    title: 'Trots op onze leerlingen bij de debatwedstrijd',
    author: 'almerecollege',
    score: { level: 'geen', sentiment: 0.9 }
  })
  ids.jansen = s.post({
    sourceId: reddit,
    at: '2026-11-20T20:00:00.000Z',
    title: 'Meneer Jansen zei iets raars in de les',
    author: 'Tim de Boer',
    score: { level: 'laag', sentiment: -0.2, categories: ['staff_conduct'] }
  })
  ids.unscored = s.post({
    sourceId: news,
    at: '2026-11-21T11:00:00.000Z',
    title: 'Nog niet gescoord'
  })
  ids.sunday = s.post({
    sourceId: news,
    at: '2026-11-22T22:59:59.999Z',
    title: 'Zondagavond bericht',
    score: { level: 'geen', sentiment: 0 }
  })
  // just outside W47
  ids.nextMonday = s.post({
    sourceId: news,
    at: '2026-11-22T23:00:00.000Z',
    title: 'Maandag van week 48',
    score: { level: 'kritiek', sentiment: -0.9, categories: ['threat'] }
  })
  ids.prevSunday = s.post({
    sourceId: news,
    at: '2026-11-15T22:59:59.999Z',
    title: 'Zondag van week 46',
    score: { level: 'geen', sentiment: -0.5 }
  })
  // W46: 3 posts (with prevSunday), sentiment -0.5 + 0.5 + 0.3
  s.post({
    sourceId: own,
    at: '2026-11-10T09:00:00.000Z',
    title: 'Sportdag',
    score: { level: 'geen', sentiment: 0.5 }
  })
  s.post({
    sourceId: news,
    at: '2026-11-12T09:00:00.000Z',
    title: 'Lezing',
    score: { level: 'geen', sentiment: 0.3 }
  })
  // W45: 1 post; W44: none; W43: 4 posts at sentiment 0; W42: 1 post that no figure may count
  s.post({
    sourceId: news,
    at: '2026-11-04T09:00:00.000Z',
    title: 'W45',
    score: { level: 'geen', sentiment: 0.4 }
  })
  for (const day of ['19', '20', '21', '22'])
    s.post({
      sourceId: news,
      at: `2026-10-${day}T09:00:00.000Z`,
      title: `W43 ${day}`,
      score: { level: 'geen', sentiment: 0 }
    })
  s.post({
    sourceId: news,
    at: '2026-10-14T09:00:00.000Z',
    title: 'W42',
    score: { level: 'geen', sentiment: -1 }
  })

  s.thread(ids.sanne, {
    index: 78,
    derailing: true,
    explanation:
      'Veel reacties in korte tijd en het adres van Sanne in de reacties. Daarna werd het rustiger.',
    comments: 3,
    at: '2026-11-19T08:00:00.000Z'
  })
  s.thread(ids.trots, {
    index: 5,
    derailing: false,
    explanation: 'Rustig.',
    comments: 0,
    at: '2026-11-19T10:00:00.000Z'
  })

  s.alert({
    level: 'hoog',
    state: 'afgerond',
    title: 'Adres gedeeld onder bericht over Sanne',
    createdAt: '2026-11-18T16:05:00.000Z',
    acknowledgedAt: '2026-11-18T16:35:00.000Z',
    resolvedAt: '2026-11-19T10:05:00.000Z',
    updatedAt: '2026-11-19T10:05:00.000Z',
    postId: ids.c2
  })
  s.alert({
    level: 'middel',
    state: 'in_behandeling',
    title: 'Klachten over rooster',
    createdAt: '2026-11-17T12:10:00.000Z',
    acknowledgedAt: '2026-11-17T14:10:00.000Z'
  })
  s.alert({
    level: 'laag',
    state: 'nieuw',
    title: 'Opmerking over medewerker',
    createdAt: '2026-11-20T20:10:00.000Z'
  })
  s.alert({
    level: 'kritiek',
    state: 'nieuw',
    title: 'Vorige week',
    createdAt: '2026-11-15T22:00:00.000Z'
  })

  s.health(own, { lastSuccessAt: '2026-11-22T20:00:00.000Z' })
  s.health(news, { lastSuccessAt: '2026-11-22T21:00:00.000Z' })
  s.health(reddit, { lastSuccessAt: '2026-11-10T10:00:00.000Z' })
  s.health(masto, {
    lastSuccessAt: '2026-11-20T10:00:00.000Z',
    lastError: 'De server gaf 404 (niet gevonden).',
    failures: 3
  })
  db.prepare("INSERT INTO settings (key, value) VALUES ('staff', ?)").run(
    JSON.stringify([{ name: 'Peter Jansen', handles: ['pjansen'] }])
  )
  return { ids, sources: { own, news, reddit, masto, comments } }
}

/** Deterministic PRNG (mulberry32), so generated weeks are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TITLES = [
  'Open avond bij Almere College was druk bezocht',
  'Leerlingen winnen regionale debatwedstrijd',
  'Ouders klagen over lesuitval in de bovenbouw',
  'Nieuwe fietsenstalling eindelijk open',
  'Emma uit 4havo haalt goud op het NK turnen',
  'Vragen over het nieuwe mobielbeleid',
  'Sportdag verplaatst vanwege het weer',
  'Musical van de brugklassen: wat een show',
  'Gedoe rond een filmpje in de kantine',
  'Docent in het nieuws om duurzaam project'
]
const CATS = [
  'negative_press',
  'bullying',
  'defamation',
  'personal_info',
  'media_without_consent',
  'staff_conduct',
  'threat',
  'harassment'
] as const

/**
 * A busy, realistic-looking database: `perWeek` top-level posts in the target week (with the four weeks before it at
 * a slightly lower volume), comments under a share of them, scores, derailed threads, alerts and source health.
 */
export function seedBusyWeek(
  db: Db,
  week: { from: string; to: string },
  perWeek = 10_000,
  seed = 7
): void {
  const r = rng(seed)
  const s = seeder(db)
  const names = [
    ['Almere College (Instagram)', 'own'],
    ['Almere College (YouTube)', 'own'],
    ['Google Nieuws: Almere College', 'mention'],
    ['Reddit: almere college', 'mention'],
    ['Mastodon #almerecollege', 'mention'],
    ['Omroep Flevoland', 'mention'],
    ['Almere Deze Week', 'mention'],
    ['Bluesky: almerecollege', 'mention']
  ] as const
  const sources = names.map(([n, k]) => s.source(n, k))
  const commentSrc = s.source('Reacties (gegenereerd)', 'mention')
  const weekMs = 7 * 86_400_000
  const level = (): 'geen' | 'laag' | 'middel' | 'hoog' | 'kritiek' => {
    const x = r()
    return x < 0.85
      ? 'geen'
      : x < 0.94
        ? 'laag'
        : x < 0.98
          ? 'middel'
          : x < 0.995
            ? 'hoog'
            : 'kritiek'
  }
  const roots: number[] = []
  db.exec('BEGIN')
  for (let w = 4; w >= 0; w--) {
    const start = Date.parse(week.from) - w * weekMs
    const n = w === 0 ? perWeek : Math.round(perWeek * (0.75 + r() * 0.2))
    for (let i = 0; i < n; i++) {
      // more posts on weekdays and in the evening
      const day = Math.min(6, Math.floor(Math.pow(r(), 1.25) * 7))
      const at = new Date(start + day * 86_400_000 + Math.floor(r() * 86_400_000)).toISOString()
      if (at >= week.to) continue
      const lv = level()
      const risky = lv !== 'geen'
      const sentiment = Math.max(-1, Math.min(1, (risky ? -0.45 : 0.15) + (r() - 0.5) * 1.1))
      const id = s.post({
        sourceId: sources[Math.floor(Math.pow(r(), 1.6) * sources.length)]!,
        at,
        title: TITLES[Math.floor(r() * TITLES.length)]!,
        author: `gebruiker${Math.floor(r() * 3000)}`,
        score: {
          level: lv,
          sentiment,
          categories: risky ? [CATS[Math.floor(Math.pow(r(), 1.5) * CATS.length)]!] : []
        }
      })
      if (w === 0 && r() < 0.08) roots.push(id)
    }
  }
  for (const root of roots) {
    const base = Date.parse(
      (
        db.prepare('SELECT published_at FROM posts WHERE id = ?').get(root) as {
          published_at: string
        }
      ).published_at
    )
    const k = 1 + Math.floor(r() * 6)
    for (let j = 0; j < k; j++) {
      const at = new Date(base + (j + 1) * 600_000).toISOString()
      if (at >= week.to) break
      s.post({
        sourceId: commentSrc,
        parentId: root,
        at,
        text: 'Reactie van een volger',
        author: `volger${Math.floor(r() * 500)}`,
        score: { level: level(), sentiment: (r() - 0.6) * 1.4 }
      })
    }
  }
  for (const root of roots.slice(0, 4)) {
    s.thread(root, {
      index: 65 + Math.floor(r() * 30),
      derailing: true,
      explanation: 'Veel reacties in korte tijd, een deel ervan vijandig tegen één persoon.',
      comments: 6,
      at: week.from
    })
  }
  const lv = ['laag', 'middel', 'hoog', 'kritiek'] as const
  for (let i = 0; i < 40; i++) {
    const created = Date.parse(week.from) + Math.floor(r() * (weekMs - 3 * 86_400_000))
    const ack = r() < 0.85 ? new Date(created + Math.floor(r() * 240) * 60_000).toISOString() : null
    const res =
      ack && r() < 0.7
        ? new Date(Date.parse(ack) + Math.floor(r() * 48 * 60) * 60_000).toISOString()
        : null
    s.alert({
      level: lv[Math.floor(Math.pow(r(), 1.8) * 4)]!,
      state: res ? 'afgerond' : ack ? 'in_behandeling' : 'nieuw',
      title: TITLES[i % TITLES.length]!,
      createdAt: new Date(created).toISOString(),
      acknowledgedAt: ack,
      resolvedAt: res
    })
  }
  sources.forEach((id, i) =>
    s.health(
      id,
      i === 4
        ? {
            lastSuccessAt: week.from,
            lastError: 'De server gaf 503 (tijdelijk niet beschikbaar).',
            failures: 4
          }
        : { lastSuccessAt: new Date(Date.parse(week.to) - 3_600_000).toISOString() }
    )
  )
  db.exec('COMMIT')
}
