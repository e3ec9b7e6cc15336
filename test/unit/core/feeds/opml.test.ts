import { describe, expect, it } from 'vitest'
import { exportOpml, parseOpml } from '../../../../electron/core/feeds/opml.ts'

describe('OPML', () => {
  it('reads nested outlines, attribute variants and HTML entities', () => {
    const text = `<?xml version="1.0"?>
<opml version="1.0"><head><title>x</title></head><body>
  <outline text="Nieuws">
    <outline text="Omroep &amp; Co" type="rss" xmlUrl="https://omroep.example/rss?a=1&amp;b=2" htmlUrl="https://omroep.example/"/>
    <outline text="Caf&eacute;" type="rss" xmlurl="https://cafe.example/feed"/>
    <outline text="Sub"><outline title='Diep' XMLURL='https://diep.example/atom'></outline></outline>
  </outline>
  <outline text="Los" type="rss" url="https://los.example/feed.xml"/>
  <outline text="Dubbel" type="rss" xmlUrl="https://cafe.example/feed"/>
  <outline text="Geen feed" type="link" url="javascript:alert(1)"/>
</body></opml>`
    expect(parseOpml(text)).toEqual([
      {
        title: 'Omroep & Co',
        url: 'https://omroep.example/rss?a=1&b=2',
        htmlUrl: 'https://omroep.example/',
        category: ['Nieuws']
      },
      { title: 'Café', url: 'https://cafe.example/feed', category: ['Nieuws'] },
      { title: 'Diep', url: 'https://diep.example/atom', category: ['Nieuws', 'Sub'] },
      { title: 'Los', url: 'https://los.example/feed.xml' }
    ])
  })

  it('survives broken documents', () => {
    expect(parseOpml('<opml><body><outline xmlUrl="https://a.example/f" text="A & B">')).toEqual([
      { title: 'A & B', url: 'https://a.example/f' }
    ])
    expect(parseOpml('')).toEqual([])
  })

  it('round-trips through export', () => {
    const entries = [
      { title: 'School "nieuws" <en> & meer', url: 'https://s.example/feed?a=1&b=2' },
      { title: 'Tweede', url: 'https://t.example/rss' }
    ]
    const xml = exportOpml(entries, 'Bronnen')
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/)
    expect(parseOpml(xml)).toEqual(entries)
  })
})
