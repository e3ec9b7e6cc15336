/**
 * The content of alert messages: e-mail (HTML and plain text), Teams and Slack payloads, desktop text. Everything
 * from the post is untrusted and escaped; the link opens the case in the dashboard.
 */
import type { AlertDetail } from '../../shared/api-alerts'
import type { Post } from '../../shared/domain'
import { scoredText } from '../../shared/domain'
import { categoryLabel, esc } from '../alerts/labels'

export type MailKind = 'escalation' | 'update' | 'reminder' | 'officer'

const PREFIX: Record<MailKind, string> = {
  escalation: 'Escalatie',
  update: 'Update',
  reminder: 'Herinnering: nog niet opgepakt',
  officer: 'Melding'
}

const MAX_QUOTE = 1200
const EXCERPT = 6

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s
}

/** Subject line: kind, level and the case title. */
export function subjectFor(c: AlertDetail, kind: MailKind): string {
  return `[Uitkijk] ${PREFIX[kind]} (${c.alert.level.toUpperCase()}): ${clip(c.alert.title.replace(/\s+/g, ' '), 120)}`
}

function intro(c: AlertDetail, kind: MailKind, extra?: string): string {
  const cats = c.alert.categories.map(categoryLabel).join(', ') || 'geen categorie'
  const base =
    kind === 'reminder'
      ? `Deze melding is nog niet bevestigd. Wilt u haar oppakken?`
      : kind === 'update'
        ? `Een lopende melding is verergerd${c.alert.derailing ? ' (de discussie ontspoort)' : ''}.`
        : kind === 'officer'
          ? `Nieuwe melding voor de communicatiemedewerker.`
          : `Deze melding vraagt direct aandacht van de leidinggevende (richtlijn §3.2).`
  return `${base} Niveau: ${c.alert.level}. Categorie: ${cats}.${extra ? ' ' + extra : ''}`
}

function evidenceLines(p: Post): string[] {
  return (p.score?.evidence ?? [])
    .slice(0, 8)
    .map((e) => `"${clip(e.text, 80)}" (${categoryLabel(e.category)})`)
}

function excerpt(c: AlertDetail): Post[] {
  if (c.comments.length === 0) return []
  // the turning point and what came after matter most
  const tp = c.thread?.derailing.turningPoint ?? null
  const from =
    tp !== null
      ? Math.max(0, Math.min(tp, c.comments.length - EXCERPT))
      : c.comments.length - EXCERPT
  return c.comments.slice(Math.max(0, from), Math.max(0, from) + EXCERPT)
}

/** Plain-text mail body. */
export function mailText(c: AlertDetail, kind: MailKind, extra?: string): string {
  const L: string[] = [intro(c, kind, extra), '', `Open de melding: ${c.caseUrl}`, '']
  if (c.post) {
    L.push(
      `Bericht (${c.post.sourceName}${c.post.author ? ', ' + c.post.author : ''}, ${c.post.publishedAt}):`
    )
    for (const line of clip(scoredText(c.post), MAX_QUOTE).split('\n')) L.push(`> ${line}`)
    if (c.post.link) L.push(`Bron: ${c.post.link}`)
    if (c.post.score) {
      L.push('', `Score: risico ${c.post.score.risk}/100, ${c.post.score.level}`)
      const ev = evidenceLines(c.post)
      if (ev.length) L.push(`Aanwijzingen: ${ev.join('; ')}`)
    }
  }
  if (c.thread) {
    L.push(
      '',
      `Discussie: ${c.thread.commentCount} reacties, ontsporingsindex ${c.thread.derailing.index}/100.`
    )
    if (c.thread.derailing.explanation) L.push(c.thread.derailing.explanation)
    for (const p of excerpt(c))
      L.push(
        `- ${p.author ?? 'onbekend'} [${p.score?.level ?? '?'}]: ${clip(p.text.replace(/\s+/g, ' '), 200)}`
      )
  }
  const s = c.strategy
  if (s) {
    L.push(
      '',
      `Aanpak: ${s.title} (${s.guideline.join(', ')}), binnen ${s.deadlineHours} uur.`,
      s.summary,
      ''
    )
    s.steps.forEach((x, i) => L.push(`${i + 1}. ${x}`))
    L.push('', `Betrekken: ${s.involve.join(', ')}.`)
    L.push(`Publiek reageren: ${s.publicResponse}. ${s.publicResponseAdvice}`)
    if (s.aangifte) L.push('Advies: doe aangifte bij de politie (richtlijn §4).')
    L.push('', 'Concept-reactie (holding statement):', c.holdingStatement ?? s.holdingStatement)
  }
  L.push(
    '',
    '— Uitkijk, reputatiemonitor Almere College. Dit bericht bevat persoonsgegevens: niet doorsturen.'
  )
  return L.join('\n')
}

/** HTML mail body (inline styles only: mail clients drop style sheets). */
export function mailHtml(c: AlertDetail, kind: MailKind, extra?: string): string {
  const H: string[] = [
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;max-width:680px">`,
    `<p>${esc(intro(c, kind, extra))}</p>`,
    `<p><a href="${esc(c.caseUrl)}" style="background:#0b5394;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px">Open de melding in Uitkijk</a></p>`
  ]
  if (c.post) {
    H.push(
      `<h3 style="margin-bottom:4px">Bericht</h3><div style="color:#555">${esc(c.post.sourceName)}${c.post.author ? ', ' + esc(c.post.author) : ''}, ${esc(c.post.publishedAt)}</div>`,
      `<blockquote style="border-left:4px solid #c00;margin:8px 0;padding:4px 12px;white-space:pre-wrap">${esc(clip(scoredText(c.post), MAX_QUOTE))}</blockquote>`
    )
    if (c.post.link && /^https?:\/\//i.test(c.post.link))
      H.push(`<div>Bron: <a href="${esc(c.post.link)}">${esc(clip(c.post.link, 100))}</a></div>`)
    if (c.post.score) {
      H.push(`<p><b>Score:</b> risico ${c.post.score.risk}/100, ${esc(c.post.score.level)}</p>`)
      const ev = evidenceLines(c.post)
      if (ev.length) H.push(`<p><b>Aanwijzingen:</b> ${ev.map(esc).join('; ')}</p>`)
    }
  }
  if (c.thread) {
    H.push(
      `<h3 style="margin-bottom:4px">Discussie</h3><p>${c.thread.commentCount} reacties, ontsporingsindex <b>${c.thread.derailing.index}/100</b>. ${esc(c.thread.derailing.explanation)}</p><ul>`
    )
    for (const p of excerpt(c))
      H.push(
        `<li><b>${esc(p.author ?? 'onbekend')}</b> [${esc(p.score?.level ?? '?')}]: ${esc(clip(p.text, 200))}</li>`
      )
    H.push('</ul>')
  }
  const s = c.strategy
  if (s) {
    H.push(
      `<h3 style="margin-bottom:4px">Aanpak: ${esc(s.title)}</h3>`,
      `<p style="color:#555">${esc(s.guideline.join(', '))} · binnen ${s.deadlineHours} uur</p><p>${esc(s.summary)}</p>`,
      `<ol>${s.steps.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>`,
      `<p><b>Betrekken:</b> ${esc(s.involve.join(', '))}</p>`,
      `<p><b>Publiek reageren: ${esc(s.publicResponse)}.</b> ${esc(s.publicResponseAdvice)}</p>`
    )
    if (s.aangifte)
      H.push(`<p style="color:#c00"><b>Advies: doe aangifte bij de politie (richtlijn §4).</b></p>`)
    H.push(
      `<p><b>Concept-reactie (holding statement):</b></p><blockquote style="border-left:4px solid #0b5394;margin:8px 0;padding:4px 12px">${esc(c.holdingStatement ?? s.holdingStatement)}</blockquote>`
    )
  }
  H.push(
    `<p style="color:#777;font-size:12px">Uitkijk, reputatiemonitor Almere College. Dit bericht bevat persoonsgegevens: niet doorsturen.</p></div>`
  )
  return H.join('\n')
}

/** Microsoft Teams: a MessageCard (accepted by incoming webhooks and Workflows). */
export function teamsCard(c: AlertDetail, kind: MailKind): unknown {
  const facts = [
    { name: 'Niveau', value: c.alert.level },
    { name: 'Categorie', value: c.alert.categories.map(categoryLabel).join(', ') || '-' },
    {
      name: 'Aanpak',
      value: c.strategy ? `${c.strategy.title} (${c.strategy.guideline.join(', ')})` : '-'
    }
  ]
  if (c.thread) facts.push({ name: 'Ontsporing', value: `${c.thread.derailing.index}/100` })
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: subjectFor(c, kind),
    themeColor:
      c.alert.level === 'kritiek' ? 'C00000' : c.alert.level === 'hoog' ? 'E69138' : 'F1C232',
    title: subjectFor(c, kind),
    sections: [
      {
        activityTitle: c.post
          ? `${c.post.sourceName}${c.post.author ? ' · ' + c.post.author : ''}`
          : 'Uitkijk',
        text: c.post ? clip(scoredText(c.post), 500) : c.alert.title,
        facts
      }
    ],
    potentialAction: [
      { '@type': 'OpenUri', name: 'Open de melding', targets: [{ os: 'default', uri: c.caseUrl }] }
    ]
  }
}

/** Slack: blocks with a fallback text. Slack mrkdwn needs &, < and > escaped. */
export function slackMessage(c: AlertDetail, kind: MailKind): unknown {
  const e = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const fields = [
    { type: 'mrkdwn', text: `*Niveau:*\n${c.alert.level}` },
    {
      type: 'mrkdwn',
      text: `*Categorie:*\n${e(c.alert.categories.map(categoryLabel).join(', ') || '-')}`
    }
  ]
  if (c.strategy)
    fields.push({
      type: 'mrkdwn',
      text: `*Aanpak:*\n${e(c.strategy.title)} (${c.strategy.guideline.join(', ')})`
    })
  return {
    text: subjectFor(c, kind),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(subjectFor(c, kind), 150) } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `>${e(clip(c.post ? scoredText(c.post) : c.alert.title, 500)).replace(/\n/g, '\n>')}`
        }
      },
      { type: 'section', fields },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: 'Open de melding' }, url: c.caseUrl }
        ]
      }
    ]
  }
}
