/**
 * Presets: turn a handle, query or page address into a feed URL, so the officer never has to know feed URLs.
 * Validation with zod gives Dutch messages per field.
 */
import { z } from 'zod'

export type PresetId =
  | 'youtube_channel'
  | 'mastodon_account'
  | 'mastodon_hashtag'
  | 'bluesky_profile'
  | 'google_news'
  | 'reddit_search'
  | 'reddit_thread'
  | 'wordpress_site'
  | 'wordpress_comments'
  | 'rssbridge'
  | 'rsshub'

export interface PresetField {
  key: string
  /** Dutch label for the form. */
  label: string
  placeholder?: string
  optional?: boolean
  /** Fixed choices (e.g. the network for a bridge). */
  options?: { value: string; label: string }[]
}

export interface PresetMeta {
  id: PresetId
  label: string
  description: string
  fields: PresetField[]
}

export type PresetBuild =
  | { ok: true; url: string; name: string }
  | { ok: false; errors: { field: string; message: string }[] }

interface Preset<S extends z.ZodType<Record<string, unknown>>> extends PresetMeta {
  schema: S
  build: (input: z.infer<S>) => { url: string; name: string }
}

const required = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)

const httpUrl = (label: string) =>
  required(label).transform((v, ctx) => {
    const withScheme = /^https?:\/\//i.test(v) ? v : `https://${v}`
    try {
      const u = new URL(withScheme)
      if (!u.hostname.includes('.')) throw new Error('no dot')
      return u
    } catch {
      ctx.addIssue({ code: 'custom', message: `${label} is geen geldig webadres.` })
      return z.NEVER
    }
  })

const hostname = z
  .string({ error: 'Vul de server in.' })
  .trim()
  .transform((v) =>
    v
      .replace(/^https?:\/\//i, '')
      .replace(/\/.*$/, '')
      .toLowerCase()
  )
  .pipe(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'Vul een servernaam in, zoals mastodon.nl.'))

const NETWORKS = [
  { value: 'instagram', label: 'Instagram' },
  { value: 'x', label: 'X (Twitter)' },
  { value: 'tiktok', label: 'TikTok' },
  { value: 'facebook', label: 'Facebook' },
  { value: 'linkedin', label: 'LinkedIn' }
] as const
type Network = (typeof NETWORKS)[number]['value']
const network = z.enum(['instagram', 'x', 'tiktok', 'facebook', 'linkedin'], {
  error: 'Kies een netwerk.'
})
const handle = required('de accountnaam').transform((v) => v.replace(/^@/, '').replace(/\/+$/, ''))

function trimSlash(u: URL): string {
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`
}

const youtube: Preset<z.ZodType<{ channel: string }>> = {
  id: 'youtube_channel',
  label: 'YouTube-kanaal',
  description:
    'Nieuwe video’s van een YouTube-kanaal. Gebruik het kanaal-ID (begint met UC) of het kanaaladres.',
  fields: [
    { key: 'channel', label: 'Kanaal-ID of kanaaladres', placeholder: 'UCxxxxxxxxxxxxxxxxxxxxxx' }
  ],
  schema: z.object({
    channel: required('het kanaal-ID').transform((v, ctx) => {
      const m = /(UC[\w-]{22})/.exec(v)
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message:
            'Dit is geen kanaal-ID. Open het kanaal op YouTube, kies Delen → Kanaal-ID kopiëren (begint met UC).'
        })
        return z.NEVER
      }
      return m[1]
    })
  }),
  build: ({ channel }) => ({
    url: `https://www.youtube.com/feeds/videos.xml?channel_id=${channel}`,
    name: `YouTube ${channel}`
  })
}

const mastodonAccount: Preset<z.ZodType<{ account: { user: string; host: string } }>> = {
  id: 'mastodon_account',
  label: 'Mastodon-account',
  description: 'Openbare berichten van één Mastodon-account.',
  fields: [{ key: 'account', label: 'Account', placeholder: '@almerecollege@mastodon.nl' }],
  schema: z.object({
    account: required('het account').transform((v, ctx) => {
      const at = /^@?([\w.-]+)@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(v)
      const url = /^https?:\/\/([a-z0-9.-]+)\/@([\w.-]+)\/?$/i.exec(v)
      if (at) return { user: at[1], host: at[2].toLowerCase() }
      if (url) return { user: url[2], host: url[1].toLowerCase() }
      ctx.addIssue({
        code: 'custom',
        message: 'Schrijf het account als @naam@server, bijvoorbeeld @school@mastodon.nl.'
      })
      return z.NEVER
    })
  }),
  build: ({ account }) => ({
    url: `https://${account.host}/@${account.user}.rss`,
    name: `Mastodon @${account.user}@${account.host}`
  })
}

const mastodonTag: Preset<z.ZodType<{ host: string; tag: string }>> = {
  id: 'mastodon_hashtag',
  label: 'Mastodon-hashtag',
  description: 'Openbare berichten met een hashtag, zoals één Mastodon-server ze kent.',
  fields: [
    { key: 'host', label: 'Server', placeholder: 'mastodon.nl' },
    { key: 'tag', label: 'Hashtag', placeholder: '#almerecollege' }
  ],
  schema: z.object({
    host: hostname,
    tag: required('de hashtag')
      .transform((v) => v.replace(/^#/, ''))
      .pipe(
        z.string().regex(/^[\p{L}\p{N}_]+$/u, 'Een hashtag bevat alleen letters, cijfers en _.')
      )
  }),
  build: ({ host, tag }) => ({
    url: `https://${host}/tags/${encodeURIComponent(tag)}.rss`,
    name: `#${tag} op ${host}`
  })
}

const bluesky: Preset<z.ZodType<{ handle: string }>> = {
  id: 'bluesky_profile',
  label: 'Bluesky-profiel',
  description: 'Berichten van een Bluesky-profiel.',
  fields: [{ key: 'handle', label: 'Handle', placeholder: 'almerecollege.bsky.social' }],
  schema: z.object({
    handle: required('de handle')
      .transform((v) =>
        v
          .replace(/^@/, '')
          .replace(/^https?:\/\/bsky\.app\/profile\//i, '')
          .replace(/\/.*$/, '')
      )
      .pipe(
        z
          .string()
          .regex(
            /^([a-z0-9-]+\.)+[a-z]{2,}$|^did:plc:[a-z0-9]+$/i,
            'Schrijf de handle als naam.bsky.social.'
          )
      )
  }),
  build: ({ handle: h }) => ({
    url: `https://bsky.app/profile/${h.toLowerCase()}/rss`,
    name: `Bluesky ${h}`
  })
}

const googleNews: Preset<z.ZodType<{ query: string }>> = {
  id: 'google_news',
  label: 'Google Nieuws (zoekopdracht)',
  description:
    'Nieuwsberichten uit Nederland over een zoekopdracht. Zet namen tussen aanhalingstekens.',
  fields: [{ key: 'query', label: 'Zoekopdracht', placeholder: '"Almere College"' }],
  schema: z.object({
    query: required('een zoekopdracht').pipe(z.string().max(200, 'De zoekopdracht is te lang.'))
  }),
  build: ({ query }) => ({
    url: `https://news.google.com/rss/search?q=${encodeURIComponent(query)}&hl=nl&gl=NL&ceid=NL:nl`,
    name: `Google Nieuws: ${query}`
  })
}

const redditSearch: Preset<z.ZodType<{ query: string; subreddit?: string }>> = {
  id: 'reddit_search',
  label: 'Reddit (zoekopdracht)',
  description: 'Nieuwe Reddit-berichten over een zoekopdracht, optioneel binnen één subreddit.',
  fields: [
    { key: 'query', label: 'Zoekopdracht', placeholder: '"Almere College"' },
    { key: 'subreddit', label: 'Subreddit (optioneel)', placeholder: 'almere', optional: true }
  ],
  schema: z.object({
    query: required('een zoekopdracht'),
    subreddit: z
      .string()
      .trim()
      .transform((v) => v.replace(/^\/?r\//i, ''))
      .pipe(
        z.string().regex(/^\w{0,21}$/, 'Een subreddit-naam bevat alleen letters, cijfers en _.')
      )
      .optional()
  }),
  build: ({ query, subreddit }) => {
    const q = encodeURIComponent(query)
    return subreddit
      ? {
          url: `https://www.reddit.com/r/${subreddit}/search.rss?q=${q}&restrict_sr=1&sort=new`,
          name: `Reddit r/${subreddit}: ${query}`
        }
      : { url: `https://www.reddit.com/search.rss?q=${q}&sort=new`, name: `Reddit: ${query}` }
  }
}

const redditThread: Preset<z.ZodType<{ thread: URL }>> = {
  id: 'reddit_thread',
  label: 'Reddit-discussie',
  description: 'De reacties in één Reddit-discussie.',
  fields: [
    {
      key: 'thread',
      label: 'Adres van de discussie',
      placeholder: 'https://www.reddit.com/r/almere/comments/abc123/...'
    }
  ],
  schema: z.object({
    thread: httpUrl('Het adres').refine(
      (u) => /(^|\.)reddit\.com$/.test(u.hostname) && /\/comments\/\w+/.test(u.pathname),
      'Dit is geen adres van een Reddit-discussie (…/comments/…).'
    )
  }),
  build: ({ thread }) => ({
    url: `${trimSlash(thread)}/.rss`,
    name: `Reddit-discussie ${thread.pathname.split('/')[4] ?? ''}`.trim()
  })
}

const wordpressSite: Preset<z.ZodType<{ site: URL }>> = {
  id: 'wordpress_site',
  label: 'WordPress-site',
  description: 'Berichten van een WordPress-website (ook veel schoolsites en lokale nieuwssites).',
  fields: [
    { key: 'site', label: 'Adres van de site', placeholder: 'https://www.almerecollege.nl' }
  ],
  schema: z.object({ site: httpUrl('Het adres') }),
  build: ({ site }) => ({ url: `${trimSlash(site)}/feed/`, name: site.hostname })
}

const wordpressComments: Preset<z.ZodType<{ site: URL }>> = {
  id: 'wordpress_comments',
  label: 'WordPress-reacties',
  description:
    'Reacties op een WordPress-site. Met het adres van één bericht: alleen de reacties daarop.',
  fields: [
    {
      key: 'site',
      label: 'Adres van de site of van één bericht',
      placeholder: 'https://www.almerecollege.nl'
    }
  ],
  schema: z.object({ site: httpUrl('Het adres') }),
  build: ({ site }) =>
    site.pathname.replace(/\/+$/, '') === ''
      ? { url: `${site.origin}/comments/feed/`, name: `Reacties ${site.hostname}` }
      : {
          url: `${trimSlash(site)}/feed/`,
          name: `Reacties ${site.hostname}${site.pathname.replace(/\/+$/, '')}`
        }
}

// Bridge routes as documented by RSS-Bridge and RSSHub; both projects rename routes now and then, so the
// officer tests the result with "Probeer nu".
const RSS_BRIDGE: Record<Network, (u: string) => string> = {
  instagram: (u) => `bridge=InstagramBridge&context=Username&u=${u}&media_type=all`,
  x: (u) => `bridge=TwitterBridge&context=By+username&u=${u}`,
  tiktok: (u) => `bridge=TikTokBridge&context=By+user&username=${u}`,
  facebook: (u) => `bridge=FacebookBridge&context=User&u=${u}&media_type=all`,
  linkedin: (u) => `bridge=LinkedInCompanyBridge&c=${u}`
}
const RSSHUB: Record<Network, (u: string) => string> = {
  instagram: (u) => `/instagram/user/${u}`,
  x: (u) => `/twitter/user/${u}`,
  tiktok: (u) => `/tiktok/user/@${u}`,
  facebook: (u) => `/facebook/page/${u}`,
  linkedin: (u) => `/linkedin/company/${u}/posts`
}
const bridgeFields: PresetField[] = [
  { key: 'base', label: 'Adres van de bridge', placeholder: 'https://rss-bridge.example.nl' },
  { key: 'network', label: 'Netwerk', options: NETWORKS.map((n) => ({ ...n })) },
  { key: 'account', label: 'Accountnaam', placeholder: 'almerecollege' }
]
const bridgeSchema = z.object({
  base: httpUrl('Het adres van de bridge'),
  network,
  account: handle
})
const networkLabel = (n: Network) => NETWORKS.find((x) => x.value === n)?.label ?? n

const rssBridge: Preset<typeof bridgeSchema> = {
  id: 'rssbridge',
  label: 'RSS-Bridge (Instagram, X, TikTok, Facebook, LinkedIn)',
  description:
    'Een account op een netwerk zonder eigen feed, via een RSS-Bridge-server die de school gebruikt.',
  fields: bridgeFields,
  schema: bridgeSchema,
  build: ({ base, network: n, account }) => ({
    url: `${trimSlash(base)}/?action=display&${RSS_BRIDGE[n](encodeURIComponent(account))}&format=Atom`,
    name: `${networkLabel(n)} ${account}`
  })
}

const rssHub: Preset<typeof bridgeSchema> = {
  id: 'rsshub',
  label: 'RSSHub (Instagram, X, TikTok, Facebook, LinkedIn)',
  description:
    'Een account op een netwerk zonder eigen feed, via een RSSHub-server die de school gebruikt.',
  fields: bridgeFields,
  schema: bridgeSchema,
  build: ({ base, network: n, account }) => ({
    url: `${trimSlash(base)}${RSSHUB[n](encodeURIComponent(account))}`,
    name: `${networkLabel(n)} ${account}`
  })
}

const ALL = [
  youtube,
  mastodonAccount,
  mastodonTag,
  bluesky,
  googleNews,
  redditSearch,
  redditThread,
  wordpressSite,
  wordpressComments,
  rssBridge,
  rssHub
] as unknown as Preset<z.ZodType<Record<string, unknown>>>[]

/** Preset descriptions for the source form (no functions, safe to send to the renderer). */
export function listPresets(): PresetMeta[] {
  return ALL.map(({ id, label, description, fields }) => ({ id, label, description, fields }))
}

/** Validate the form input of a preset and build the feed URL, or return Dutch messages per field. */
export function buildFromPreset(id: string, input: Record<string, unknown>): PresetBuild {
  const preset = ALL.find((p) => p.id === id)
  if (!preset) return { ok: false, errors: [{ field: '', message: `Onbekende preset: ${id}` }] }
  // Empty optional fields arrive as '' from forms.
  const cleaned = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== '' && v !== null && v !== undefined)
  )
  const parsed = preset.schema.safeParse(cleaned)
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        field: String(i.path[0] ?? ''),
        message: i.message
      }))
    }
  }
  return { ok: true, ...preset.build(parsed.data) }
}
