/**
 * Seed for the dashboard e2e tests: a real feed server on 127.0.0.1 with an own account (one post whose comment
 * thread derails), a mention search with risky and harmless posts, a hostile feed, and an extra feed the test adds
 * through the UI. Everything reaches the database through the engine (poll → score → threads → alerts).
 */
import { startFeedServer } from '../helpers/feed-server'
import type { TestFeedServer } from '../helpers/feed-server'

export interface SeedItem {
  guid: string
  title: string
  html: string
  author?: string
  minutesAgo: number
  comments?: string
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** RSS 2.0 with dc:creator and wfw:commentRss, dates relative to now (so today's KPIs count them). */
export function rssFeed(title: string, items: SeedItem[], now = Date.now()): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${esc(title)}</title><link>https://www.almerecollege.test/</link><description>${esc(title)}</description>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title><guid isPermaLink="false">${esc(i.guid)}</guid>
<link>https://www.almerecollege.test/${encodeURIComponent(i.guid)}</link>
<description>${esc(i.html)}</description>
${i.author ? `<dc:creator>${esc(i.author)}</dc:creator>` : ''}
<pubDate>${new Date(now - i.minutesAgo * 60_000).toUTCString()}</pubDate>
${i.comments ? `<wfw:commentRss>${esc(i.comments)}</wfw:commentRss>` : ''}</item>`
  )
  .join('\n')}
</channel></rss>`
}

/** The derailing thread (fictional; from the demo script): calm, then insults, then doxxing and threats. */
export const THREAD: [string, string][] = [
  ['mama_van_lieke', 'Goed besluit! Thuis zijn we er ook al mee bezig. Hopelijk helpt het met de concentratie'],
  ['daan.h_', 'Maar hoe moet ik dan mijn ouders bereiken als de bus uitvalt?'],
  ['almerecollege', 'Goeie vraag! Je kunt altijd bellen bij de receptie.'],
  ['jessvdb', 'Vind het wel overdreven eerlijk gezegd, we zijn geen kleuters'],
  ['yas.mine08', 'Meneer Kok heeft dit gewoon bedacht omdat hij zelf niet met een telefoon om kan gaan lol'],
  ['ruben_2009', 'kok is echt de ergste teamleider ooit'],
  ['ruben_2009', 'kok = loser'],
  ['dex_0_0', 'KOK MOET WEG'],
  ['milan.almere', 'kok kan de klere krijgen met zn regeltjes'],
  ['lucas.vd', 'kok is een sukkel en een dikke nietsnut'],
  ['yas.mine08', 'hahaha sukkel ja'],
  ['milan.almere', 'vieze klootzak is het'],
  ['dex_0_0', 'hij woont gewoon op de Denkbeeldweg 14 in Poort, gaan we langs vanavond?'],
  ['lucas.vd', 'zn nummer is 06-12345678 spam hem maar helemaal vol'],
  ['ruben_2009', 'maandag staan we hem op te wachten bij de fietsenstalling'],
  ['milan.almere', 'als hij mijn telefoon nog 1x afpakt steek ik hem neer, serieus'],
  ['dex_0_0', 'we weten waar je woont kok']
]

export const HOSTILE_HTML =
  '<p>Let op <script>alert(1)</script><img src="x" onerror="alert(2)"><img src="http://evil.invalid/pixel.gif" alt="pixel">' +
  '<a href="javascript:alert(3)">klik hier</a> <a href="https://example.org/ok">goede link</a>' +
  '<svg onload="alert(4)"><script>alert(5)</script><image href="http://evil.invalid/svg.png"/></svg>' +
  '<style>body{display:none}</style><div style="position:fixed;inset:0;background:url(http://evil.invalid/bg.png)">overlay</div>' +
  '<iframe src="http://evil.invalid/"></iframe><object data="http://evil.invalid/x.swf"></object>' +
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(6)></style></mglyph></table></mtext></math>' +
  '<form action="http://evil.invalid/"><input name="x" autofocus onfocus="alert(7)"></form>' +
  '<a href="data:text/html,<script>alert(8)</script>">data-link</a><details open ontoggle="alert(9)">x</details></p>'

export interface Seeded {
  server: TestFeedServer
  urls: { own: string; mentions: string; comments: string; hostile: string; extra: string }
  /** Adds an item to the mention feed (for live-update tests). */
  addMention(item: Omit<SeedItem, 'minutesAgo'>): void
}

export async function startSeedFeeds(): Promise<Seeded> {
  const server = await startFeedServer()
  const base = server.url
  const urls = {
    own: `${base}/own.xml`,
    mentions: `${base}/mentions.xml`,
    comments: `${base}/comments/telefoon.xml`,
    hostile: `${base}/hostile.xml`,
    extra: `${base}/extra.xml`
  }
  const own: SeedItem[] = [
    {
      guid: 'own-telefoon',
      title: 'Vanaf maandag zijn wij een telefoonvrije school',
      html: '<p>Vanaf maandag zijn wij een telefoonvrije school. Telefoons gaan bij binnenkomst in je kluisje. Vragen? Stel ze hieronder of bij je mentor.</p><p>#almerecollege #telefoonvrij</p>',
      author: 'almerecollege',
      minutesAgo: 90,
      comments: urls.comments
    },
    {
      guid: 'own-opendag',
      title: 'Wat een drukte op de open dag!',
      html: '<p>Meer dan 900 bezoekers kwamen kijken in Almere Poort en Almere Buiten. Dank aan alle leerlingen die rondleidingen gaven, jullie waren top.</p>',
      author: 'almerecollege',
      minutesAgo: 300
    },
    {
      guid: 'own-sportdag',
      title: 'Sportdag onderbouw in het Topsportcentrum',
      html: '<p>Trefbal, touwtrekken en een docentenestafette. Klas 1C won de beker voor de meeste spirit.</p>',
      author: 'almerecollege',
      minutesAgo: 60 * 30
    }
  ]
  const mentions: SeedItem[] = [
    {
      guid: 'm-inspectie',
      title: 'Inspectie: kwaliteitszorg Almere College Poort schiet tekort',
      html: '<p>De inspectie is kritisch over de kwaliteitszorg van Almere College Poort. Ouders zijn boos en klagen over het gebrek aan informatie.</p>',
      author: 'Flevopost',
      minutesAgo: 45
    },
    {
      guid: 'm-kwf',
      title: 'Leerlingen Almere College lopen ruim 4.000 euro bij elkaar voor KWF',
      html: '<p>Een sponsorloop voor kankeronderzoek: de leerlingen van Almere College haalden ruim 4.000 euro op. Prachtig!</p>',
      author: 'Stadsomroep Almere',
      minutesAgo: 120
    },
    {
      guid: 'm-dreiging',
      title: 'ik maak die leraar van almere college af',
      html: '<p>morgen kom ik met een mes naar almere college en dan steek ik meneer de Vries neer. ik weet waar hij woont.</p>',
      author: 'anoniem_2010',
      minutesAgo: 20
    },
    {
      guid: 'm-city',
      title: 'Almere City FC presenteert nieuw jeugdplan',
      html: '<p>De voetbalclub uit Almere presenteert een jeugdplan.</p>',
      author: 'Stadsomroep Almere',
      minutesAgo: 200
    }
  ]
  const comments: SeedItem[] = THREAD.map(([author, text], i) => ({
    guid: `tf-${i + 1}`,
    title: '',
    html: text,
    author,
    minutesAgo: 80 - i * 3
  }))
  server.set('/own.xml', { body: rssFeed('Almere College (@almerecollege)', own) })
  server.set('/mentions.xml', { body: rssFeed('"Almere College" - Nieuws', mentions) })
  server.set('/comments/telefoon.xml', { body: rssFeed('Reacties', comments) })
  server.set('/hostile.xml', {
    body: rssFeed('Vijandige feed', [
      { guid: 'h-1', title: 'Almere College <img src=x onerror=alert(10)> nieuws', html: HOSTILE_HTML, author: '<b>hacker</b>', minutesAgo: 5 }
    ])
  })
  server.set('/extra.xml', {
    body: rssFeed('Schoolkrant De Uitkijk', [
      { guid: 'x-1', title: 'Schoolkrant: de musical was uitverkocht', html: '<p>De schoolmusical van Almere College was binnen een dag uitverkocht.</p>', author: 'redactie', minutesAgo: 30 },
      { guid: 'x-2', title: 'Schoolkrant: nieuwe mentoren stellen zich voor', html: '<p>Maak kennis met de nieuwe mentoren van de brugklas.</p>', author: 'redactie', minutesAgo: 50 }
    ])
  })
  return {
    server,
    urls,
    addMention(item) {
      mentions.unshift({ ...item, minutesAgo: 0 })
      server.set('/mentions.xml', { body: rssFeed('"Almere College" - Nieuws', mentions) })
    }
  }
}
