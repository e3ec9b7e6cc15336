/**
 * JSON Feed 1.x (https://jsonfeed.org) into the same ParsedFeed shape as XML feeds, validated with zod.
 */
import { z } from 'zod'
import { feedError } from './errors.ts'
import type { ParsedItem, ParseOutcome } from './parse.ts'

const author = z.object({ name: z.string().optional(), url: z.string().optional() }).passthrough()
const item = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: z.string().optional(),
    date_published: z.string().optional(),
    date_modified: z.string().optional(),
    author: author.optional(),
    authors: z.array(author).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
    attachments: z
      .array(
        z.object({
          url: z.string(),
          mime_type: z.string().optional(),
          size_in_bytes: z.number().optional()
        })
      )
      .optional()
  })
  .passthrough()
const feed = z
  .object({
    version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/),
    title: z.string().optional(),
    home_page_url: z.string().optional(),
    language: z.string().optional(),
    items: z.array(z.unknown())
  })
  .passthrough()

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Parse a JSON Feed; items that fail validation are skipped and the feed is marked repaired. */
export function parseJsonFeed(text: string): ParseOutcome {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    return { kind: 'error', error: feedError('parse', `JSON: ${(err as Error).message}`) }
  }
  const parsed = feed.safeParse(data)
  if (!parsed.success)
    return { kind: 'error', error: feedError('not_a_feed', 'JSON document is not a JSON Feed 1.x') }
  const items: ParsedItem[] = []
  let bad = false
  for (const raw of parsed.data.items) {
    const r = item.safeParse(raw)
    if (!r.success) {
      bad = true
      continue
    }
    const i = r.data
    const a = i.authors?.[0] ?? i.author
    const media = [
      i.image,
      ...(i.attachments ?? [])
        .filter((x) => /^(image|video)\//.test(x.mime_type ?? ''))
        .map((x) => x.url)
    ]
    items.push({
      title: i.title ?? null,
      link: i.url ?? null,
      guid: i.id !== undefined ? String(i.id) : null,
      pubDate: i.date_published ?? i.date_modified ?? null,
      author: a?.name ?? null,
      contentHtml: i.content_html ?? (i.content_text ? escapeHtml(i.content_text) : null),
      summary: i.summary ?? null,
      categories: i.tags ?? [],
      enclosures: (i.attachments ?? []).map((x) => ({
        url: x.url,
        type: x.mime_type ?? null,
        length: x.size_in_bytes ?? null
      })),
      mediaUrls: media.filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u)),
      commentsFeedUrl: null,
      commentsPageUrl: null,
      commentCount: null,
      inReplyTo: null,
      language: i.language ?? null
    })
  }
  return {
    kind: 'ok',
    feed: {
      title: parsed.data.title ?? '',
      link: parsed.data.home_page_url ?? null,
      language: parsed.data.language ?? null,
      items,
      repaired: bad,
      repairs: bad ? ['bad_item'] : [],
      format: 'json'
    }
  }
}
