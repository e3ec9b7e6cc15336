/**
 * A case as a dossier (§4: "Alle correspondentie omtrent dit onderwerp wordt opgenomen in het personeels- of
 * leerlingendossier"): self-contained HTML with the posts, the thread, the scores and evidence, the strategy with the
 * edited holding statement, the notes, the mails sent, and the audit log with its chain check.
 */
import type { AlertDetail } from '../../shared/api-alerts'
import type { Post } from '../../shared/domain'
import { scoredText } from '../../shared/domain'
import type { AuditVerification } from '../store/audit-repo'
import { categoryLabel, esc, STATE_LABELS } from './labels'

function postBlock(p: Post, heading: string): string {
  const s = p.score
  const ev = (s?.evidence ?? [])
    .map(
      (e) =>
        `<li>"${esc(e.text)}" — ${esc(categoryLabel(e.category))} <span class="muted">(${esc(e.rule)})</span></li>`
    )
    .join('')
  return `<section class="post"><h3>${esc(heading)}</h3>
<div class="muted">${esc(p.sourceName)}${p.author ? ' · ' + esc(p.author) : ''} · ${esc(p.publishedAt)}${p.link ? ' · ' + esc(p.link) : ''}</div>
<blockquote>${esc(scoredText(p))}</blockquote>
${s ? `<div>Score: risico <b>${s.risk}/100</b>, niveau <b>${esc(s.level)}</b>, categorieën: ${esc(s.categories.map((c) => `${categoryLabel(c.id)} ${Math.round(c.confidence * 100)}%`).join(', ') || '-')}, sentiment ${s.sentiment.toFixed(2)}, model ${esc(s.modelVersion)}</div>` : '<div class="muted">Niet gescoord.</div>'}
${ev ? `<div>Aanwijzingen:</div><ul>${ev}</ul>` : ''}</section>`
}

/** Mails sent about the case (plain text copies), for §4. */
export interface DossierMail {
  subject: string
  to: string[]
  text: string
  status: string
  sentAt: string | null
}

/** The dossier as one HTML document (no external resources, so it prints and archives as is). */
export function dossierHtml(
  c: AlertDetail,
  mails: DossierMail[],
  chain: AuditVerification,
  generatedAt: string
): string {
  const a = c.alert
  const s = c.strategy
  const comments = c.comments
    .map((p, i) => {
      const t = c.thread?.derailing.trajectory[i]
      return `<tr><td>${i + 1}</td><td>${esc(p.publishedAt)}</td><td>${esc(p.author ?? 'onbekend')}</td><td>${esc(p.text)}</td><td>${esc(p.score?.level ?? '-')}</td><td>${t ?? '-'}</td></tr>`
    })
    .join('')
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Dossier melding ${a.id}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#111;margin:0}
h1{font-size:18pt;margin:0 0 4px}h2{font-size:14pt;border-bottom:1px solid #999;margin-top:22px}h3{font-size:12pt;margin:10px 0 2px}
.muted{color:#666;font-size:9.5pt}blockquote{border-left:3px solid #888;margin:6px 0;padding:2px 10px;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;font-size:9.5pt}td,th{border:1px solid #ccc;padding:3px 5px;vertical-align:top;text-align:left}
.warn{color:#b00;font-weight:bold}.ok{color:#070}pre{white-space:pre-wrap;font-size:9pt;background:#f4f4f4;padding:6px}
</style></head><body>
<h1>Dossier melding ${a.id}: ${esc(a.title)}</h1>
<div class="muted">Gemaakt ${esc(generatedAt)} door Uitkijk · Vertrouwelijk: bevat persoonsgegevens (richtlijn §4: opnemen in het personeels- of leerlingendossier).</div>
<h2>Melding</h2>
<table><tr><th>Status</th><td>${esc(STATE_LABELS[a.state])}</td><th>Niveau</th><td>${esc(a.level)}</td></tr>
<tr><th>Categorieën</th><td>${esc(a.categories.map(categoryLabel).join(', ') || '-')}</td><th>Route</th><td>${esc(c.tier)}</td></tr>
<tr><th>Eigenaar</th><td>${esc(a.owner ?? '-')}</td><th>Labels</th><td>${esc(a.tags.join(', ') || '-')}</td></tr>
<tr><th>Aangemaakt</th><td>${esc(a.createdAt)}</td><th>Bijgewerkt</th><td>${esc(a.updatedAt)}</td></tr>
<tr><th>Geëscaleerd</th><td>${esc(a.escalatedAt ?? '-')}</td><th>Bevestigd</th><td>${esc(a.acknowledgedAt ?? '-')}</td></tr></table>
<h2>Berichten</h2>
${c.post ? postBlock(c.post, 'Bericht') : '<p class="muted">Het bericht is niet meer beschikbaar (bewaartermijn verstreken).</p>'}
${c.thread ? `<h2>Discussie</h2><p>${c.thread.commentCount} reacties, ontsporingsindex <b>${c.thread.derailing.index}/100</b>${c.thread.derailing.turningPoint !== null ? `, kantelpunt bij reactie ${c.thread.derailing.turningPoint + 1}` : ''}. ${esc(c.thread.derailing.explanation)}</p>` : ''}
${comments ? `<table><tr><th>#</th><th>Tijd</th><th>Auteur</th><th>Reactie</th><th>Niveau</th><th>Index</th></tr>${comments}</table>` : ''}
${
  s
    ? `<h2>Aanpak: ${esc(s.title)}</h2><p class="muted">Richtlijn ${esc(s.guideline.join(', '))} · termijn ${s.deadlineHours} uur · context: ${esc(s.contexts.join(', ') || '-')}</p>
<p>${esc(s.summary)}</p><ol>${s.steps.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>
<p><b>Betrekken:</b> ${esc(s.involve.join(', '))}</p><p><b>Publiek reageren: ${esc(s.publicResponse)}.</b> ${esc(s.publicResponseAdvice)}</p>
${s.aangifte ? '<p class="warn">Advies: aangifte bij de politie (richtlijn §4).</p>' : ''}
<h3>Holding statement${c.holdingStatementEdited ? ' (aangepast)' : ' (concept)'}</h3><blockquote>${esc(c.holdingStatement ?? '')}</blockquote>
<h3>Verwijderen aanvragen</h3><ul>${s.removal.map((r) => `<li><b>${esc(r.platform)}:</b> ${esc(r.how)}</li>`).join('')}</ul>`
    : ''
}
<h2>Notities</h2>${c.notes.length ? `<table><tr><th>Tijd</th><th>Door</th><th>Notitie</th></tr>${c.notes.map((n) => `<tr><td>${esc(n.at)}</td><td>${esc(n.actor)}</td><td>${esc(n.text)}</td></tr>`).join('')}</table>` : '<p class="muted">Geen notities.</p>'}
<h2>Correspondentie</h2>${mails.length ? mails.map((m) => `<h3>${esc(m.subject)}</h3><div class="muted">Aan ${esc(m.to.join(', '))} · ${esc(m.status)}${m.sentAt ? ' ' + esc(m.sentAt) : ''}</div><pre>${esc(m.text)}</pre>`).join('') : '<p class="muted">Geen e-mail verstuurd.</p>'}
<h2>Logboek</h2>
<p class="${chain.ok ? 'ok' : 'warn'}">${chain.ok ? `Logboek gecontroleerd: de hashketen van alle ${chain.rows} regels is intact.` : `Let op: het logboek is gewijzigd (regel ${chain.brokenAt}: ${esc(chain.reason)}).`}</p>
<table><tr><th>Tijd</th><th>Door</th><th>Actie</th><th>Details</th><th>Hash</th></tr>
${c.audit.map((e) => `<tr><td>${esc(e.at)}</td><td>${esc(e.actor)}</td><td>${esc(e.action)}</td><td>${esc(JSON.stringify(e.detail))}</td><td class="muted">${esc(e.hash.slice(0, 12))}</td></tr>`).join('')}</table>
</body></html>`
}
