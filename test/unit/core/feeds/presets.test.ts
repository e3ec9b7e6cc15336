import { describe, expect, it } from 'vitest'
import { buildFromPreset, listPresets } from '../../../../electron/core/feeds/presets.ts'

const url = (id: string, input: Record<string, string>) => {
  const r = buildFromPreset(id, input)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.url
}

describe('presets', () => {
  it('lists every preset with Dutch labels and fields', () => {
    const list = listPresets()
    expect(list.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'youtube_channel',
        'mastodon_account',
        'mastodon_hashtag',
        'bluesky_profile',
        'google_news',
        'reddit_search',
        'reddit_thread',
        'wordpress_site',
        'wordpress_comments',
        'rssbridge',
        'rsshub'
      ])
    )
    for (const p of list) expect(p.fields.length).toBeGreaterThan(0)
  })

  it('builds YouTube channel feeds from an id or a channel URL', () => {
    const id = 'UCabcdefghijklmnopqrstuv'
    expect(url('youtube_channel', { channel: id })).toBe(
      `https://www.youtube.com/feeds/videos.xml?channel_id=${id}`
    )
    expect(
      url('youtube_channel', { channel: `https://www.youtube.com/channel/${id}/videos` })
    ).toContain(id)
    const bad = buildFromPreset('youtube_channel', { channel: '@almerecollege' })
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.errors[0]).toMatchObject({
      field: 'channel',
      message: expect.stringMatching(/kanaal-ID/)
    })
  })

  it('builds Mastodon account and hashtag feeds', () => {
    expect(url('mastodon_account', { account: '@school@Mastodon.nl' })).toBe(
      'https://mastodon.nl/@school.rss'
    )
    expect(url('mastodon_account', { account: 'https://mastodon.nl/@school' })).toBe(
      'https://mastodon.nl/@school.rss'
    )
    expect(url('mastodon_hashtag', { host: 'https://mastodon.nl/', tag: '#almerecollege' })).toBe(
      'https://mastodon.nl/tags/almerecollege.rss'
    )
    expect(buildFromPreset('mastodon_account', { account: 'school' }).ok).toBe(false)
  })

  it('builds Bluesky, Google News and Reddit feeds', () => {
    expect(url('bluesky_profile', { handle: '@School.bsky.social' })).toBe(
      'https://bsky.app/profile/school.bsky.social/rss'
    )
    expect(url('google_news', { query: '"Almere College"' })).toBe(
      'https://news.google.com/rss/search?q=%22Almere%20College%22&hl=nl&gl=NL&ceid=NL:nl'
    )
    expect(url('reddit_search', { query: 'almere college', subreddit: '' })).toBe(
      'https://www.reddit.com/search.rss?q=almere%20college&sort=new'
    )
    expect(url('reddit_search', { query: 'school', subreddit: 'r/almere' })).toBe(
      'https://www.reddit.com/r/almere/search.rss?q=school&restrict_sr=1&sort=new'
    )
    expect(
      url('reddit_thread', {
        thread: 'https://www.reddit.com/r/almere/comments/abc123/iets_over_school/?utm_source=share'
      })
    ).toBe('https://www.reddit.com/r/almere/comments/abc123/iets_over_school/.rss')
    expect(
      buildFromPreset('reddit_thread', { thread: 'https://www.reddit.com/r/almere/' }).ok
    ).toBe(false)
  })

  it('builds WordPress site and comment feeds', () => {
    expect(url('wordpress_site', { site: 'www.school.nl' })).toBe('https://www.school.nl/feed/')
    expect(url('wordpress_comments', { site: 'https://www.school.nl/' })).toBe(
      'https://www.school.nl/comments/feed/'
    )
    expect(url('wordpress_comments', { site: 'https://www.school.nl/2025/01/open-dag/' })).toBe(
      'https://www.school.nl/2025/01/open-dag/feed/'
    )
    const bad = buildFromPreset('wordpress_site', { site: 'geen adres' })
    expect(!bad.ok && bad.errors[0].message).toMatch(/geen geldig webadres/)
  })

  it('builds RSS-Bridge and RSSHub routes for the social networks', () => {
    const base = 'https://bridge.example.nl/'
    expect(url('rssbridge', { base, network: 'instagram', account: '@almerecollege' })).toBe(
      'https://bridge.example.nl/?action=display&bridge=InstagramBridge&context=Username&u=almerecollege&media_type=all&format=Atom'
    )
    expect(url('rssbridge', { base, network: 'tiktok', account: 'school' })).toContain(
      'bridge=TikTokBridge'
    )
    expect(url('rsshub', { base: 'https://hub.example.nl', network: 'x', account: 'school' })).toBe(
      'https://hub.example.nl/twitter/user/school'
    )
    const bad = buildFromPreset('rsshub', {
      base: 'https://hub.example.nl',
      network: 'myspace',
      account: 'x'
    })
    expect(!bad.ok && bad.errors[0].field).toBe('network')
  })

  it('reports unknown presets and missing fields in Dutch', () => {
    expect(buildFromPreset('nope', {}).ok).toBe(false)
    const r = buildFromPreset('google_news', { query: '  ' })
    expect(!r.ok && r.errors[0].message).toMatch(/Vul/)
  })
})
