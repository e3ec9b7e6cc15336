/**
 * The weekly report as one self-contained HTML document: inline CSS and SVG charts, no scripts, no external
 * resources, A4 print rules with a running header and footer. Every value from the database is escaped.
 */
import { readFileSync } from 'node:fs'
import type { Compared, WeeklyReportData } from '../../shared/api-reports'
import type { RiskLevel } from '../../shared/domain'
import { RISK_LEVELS } from '../../shared/domain'
import { resolveResource } from '../nlp/resources'
import { categoryChart, sentimentChart, volumeChart } from './charts'
import { localDate, localDateTime, shiftWeek } from './week'
import { reportText } from './text'
import type { ReportText } from './text'

/** HTML-escapes text for element content and double-quoted attributes. */
export function esc(s: unknown): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )
}

/** A CSS string literal (for the generated @page margin boxes). */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`
}

let assets: { css: string; logo: string } | null = null
function loadAssets(): { css: string; logo: string } {
  assets ??= {
    css: readFileSync(resolveResource('report/report.css'), 'utf8'),
    logo: readFileSync(resolveResource('report/logo.svg'), 'utf8')
  }
  return assets
}

function num(n: number, lang: 'nl' | 'en', digits = 0): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  })
}

function pct(n: number | null, lang: 'nl' | 'en'): string {
  return n === null ? '—' : `${num(n * 100, lang)}%`
}

function signed(n: number | null, lang: 'nl' | 'en'): string {
  if (n === null) return '—'
  const s = num(n, lang, 2)
  return n > 0 ? `+${s}` : s
}

type Kind = 'count' | 'abs' | 'pp'

/** "▲ 12% t.o.v. vorige week", coloured by whether the change is good news. */
function delta(
  cur: number | null,
  prev: number | null,
  higherIsGood: boolean,
  lang: 'nl' | 'en',
  kind: Kind
): string {
  if (cur === null || prev === null) return '<span>—</span>'
  const d = cur - prev
  if (Math.abs(d) < 1e-9) return '<span>=</span>'
  const good = d > 0 === higherIsGood
  const arrow = d > 0 ? '▲' : '▼'
  const text =
    kind === 'count'
      ? prev > 0
        ? `${d > 0 ? '+' : ''}${num((d / prev) * 100, lang)}%`
        : `${d > 0 ? '+' : ''}${num(d, lang)}`
      : kind === 'pp'
        ? `${d > 0 ? '+' : ''}${num(d * 100, lang)} ${lang === 'nl' ? 'procentpunt' : 'pp'}`
        : `${d > 0 ? '+' : ''}${num(d, lang, 2)}`
  return `<span class="${good ? 'up' : 'down'}">${arrow} ${esc(text)}</span>`
}

function kpi(
  label: string,
  c: Compared<number> | Compared<number | null>,
  fmt: (n: number | null) => string,
  t: ReportText,
  lang: 'nl' | 'en',
  opts: { higherIsGood: boolean; kind: Kind }
): string {
  return `<div class="kpi"><div class="label">${esc(label)}</div>
<div class="value">${esc(fmt(c.current))}</div>
<div class="cmp">${delta(c.current, c.previous, opts.higherIsGood, lang, opts.kind)}</div>
<div class="cmp">${esc(t.previousWeek)} ${esc(fmt(c.previous))}</div>
<div class="cmp">${esc(t.average4)} ${esc(fmt(c.average4))}</div></div>`
}

function badge(level: RiskLevel | null, t: ReportText): string {
  return level ? `<span class="badge lv-${level}">${esc(t.levels[level])}</span>` : ''
}

function risksSection(d: WeeklyReportData, t: ReportText, lang: 'nl' | 'en'): string {
  const rows = RISK_LEVELS.map(
    (l) =>
      `<tr><td>${badge(l, t)}</td><td class="num">${num(d.levels[l].posts, lang)}</td><td class="num">${num(d.levels[l].comments, lang)}</td><td class="num">${num(d.levels[l].posts + d.levels[l].comments, lang)}</td></tr>`
  ).join('')
  const anyRisk = d.categories.some((c) => c.total > 0)
  const catRows = d.categories
    .filter((c) => c.total > 0)
    .map(
      (c) =>
        `<tr><td>${esc(t.categories[c.id])}</td>${(['laag', 'middel', 'hoog', 'kritiek'] as const)
          .map((l) => `<td class="num">${num(c.byLevel[l], lang)}</td>`)
          .join('')}<td class="num"><b>${num(c.total, lang)}</b></td></tr>`
    )
    .join('')
  return `<section><h2>${esc(t.risks)}</h2>
<table class="keep"><thead><tr><th>${esc(t.level)}</th><th class="num">${esc(t.posts)}</th><th class="num">${esc(t.comments)}</th><th class="num">${esc(t.total)}</th></tr></thead><tbody>${rows}</tbody></table>
<h3>${esc(t.risksByCategory)}</h3>
${
  anyRisk
    ? `<div class="chart">${categoryChart(d, t)}</div>
<table class="keep"><thead><tr><th>${esc(t.category)}</th>${(
        ['laag', 'middel', 'hoog', 'kritiek'] as const
      )
        .map((l) => `<th class="num">${esc(t.levels[l])}</th>`)
        .join(
          ''
        )}<th class="num">${esc(t.total)}</th></tr></thead><tbody>${catRows}</tbody></table>`
    : `<p class="note">${esc(t.noRisks)}</p>`
}</section>`
}

function alertsSection(d: WeeklyReportData, t: ReportText, lang: 'nl' | 'en'): string {
  const a = d.alerts
  if (!a.total)
    return `<section><h2>${esc(t.alerts)}</h2><p class="note">${esc(t.alertsNone)}</p></section>`
  const items = a.items
    .map(
      (x) =>
        `<tr><td>${badge(x.level, t)}</td><td>${esc(x.title)}</td><td>${esc(t.states[x.state] ?? x.state)}</td><td class="num">${esc(localDateTime(x.createdAt, lang))}</td></tr>`
    )
    .join('')
  const levels = RISK_LEVELS.filter((l) => a.byLevel[l] > 0)
    .map((l) => `${badge(l, t)} ${num(a.byLevel[l], lang)}`)
    .join(' &nbsp; ')
  return `<section><h2>${esc(t.alerts)}</h2>
<div class="kpis keep">
<div class="kpi"><div class="label">${esc(t.alertsCreated)}</div><div class="value">${num(a.total, lang)}</div><div class="cmp">${levels}</div></div>
<div class="kpi"><div class="label">${esc(t.ackTime)}</div><div class="value">${esc(t.minutes(a.acknowledgeMedianMinutes))}</div><div class="cmp">${esc(t.median)} · ${esc(t.max)} ${esc(t.minutes(a.acknowledgeMaxMinutes))}</div><div class="cmp">${num(a.acknowledged, lang)} ${esc(t.of_n)} ${num(a.total, lang)}</div></div>
<div class="kpi"><div class="label">${esc(t.resolveTime)}</div><div class="value">${esc(t.minutes(a.resolveMedianMinutes))}</div><div class="cmp">${esc(t.median)} · ${esc(t.max)} ${esc(t.minutes(a.resolveMaxMinutes))}</div><div class="cmp">${num(a.resolved, lang)} ${esc(t.of_n)} ${num(a.total, lang)}</div></div>
</div>
<p class="note">${esc(a.timingBasis === 'columns' ? t.basisColumns : t.basisUpdated)}</p>
<table><thead><tr><th>${esc(t.level)}</th><th>${esc(t.alerts)}</th><th>${esc(t.state)}</th><th class="num">${esc(t.created)}</th></tr></thead><tbody>${items}</tbody></table>
</section>`
}

function threadsSection(d: WeeklyReportData, t: ReportText, lang: 'nl' | 'en'): string {
  const body = d.derailedThreads.length
    ? d.derailedThreads
        .map(
          (x) => `<div class="item der"><div class="title">${esc(x.title)}</div>
<div>${esc(x.summary)}</div>
<div class="meta">${esc(x.sourceName)} · ${esc(t.index)} ${num(x.index, lang)} · ${num(x.commentsInWeek, lang)} ${esc(t.commentsInWeek)}</div></div>`
        )
        .join('')
    : `<p class="note">${esc(t.derailedNone)}</p>`
  return `<section><h2>${esc(t.derailed)}</h2>${body}</section>`
}

function positivesSection(d: WeeklyReportData, t: ReportText, lang: 'nl' | 'en'): string {
  const body = d.positives.length
    ? d.positives
        .map(
          (x) => `<div class="item pos"><div class="title">${esc(x.title || x.excerpt)}</div>
${x.title && x.excerpt && !x.excerpt.startsWith(x.title) ? `<div>${esc(x.excerpt)}</div>` : ''}
<div class="meta">${esc(x.sourceName)}${x.author ? ` · ${esc(x.author)}` : ''} · ${esc(localDateTime(x.publishedAt, lang))} · ${esc(t.sentiment.toLowerCase())} ${esc(signed(x.sentiment, lang))}</div></div>`
        )
        .join('')
    : `<p class="note">${esc(t.positivesNone)}</p>`
  return `<section><h2>${esc(t.positives)}</h2>${body}</section>`
}

function sourcesSection(d: WeeklyReportData, t: ReportText, lang: 'nl' | 'en'): string {
  const top = d.topSources
    .map(
      (s) =>
        `<tr><td>${esc(s.name)}<div class="meta note">${esc(s.kind === 'own' ? t.own : t.mention)}</div></td><td class="num">${num(s.posts, lang)}</td><td class="num">${num(s.comments, lang)}</td><td class="num">${num(s.risky, lang)}</td><td class="num">${pct(s.negativeShare, lang)}</td></tr>`
    )
    .join('')
  const health = d.sourceHealth
    .map(
      (s) =>
        `<tr><td>${esc(s.name)}</td><td class="st-${s.status}">${esc(t.status[s.status])}</td><td class="num">${s.lastSuccessAt ? esc(localDateTime(s.lastSuccessAt, lang)) : esc(t.never)}</td><td>${esc(s.lastError ?? '')}</td><td class="num">${num(s.postsInWeek, lang)}</td></tr>`
    )
    .join('')
  return `<section><h2>${esc(t.topSources)}</h2>
<table class="keep"><thead><tr><th>${esc(t.source)}</th><th class="num">${esc(t.posts)}</th><th class="num">${esc(t.comments)}</th><th class="num">${esc(t.risky)}</th><th class="num">${esc(t.negativeShare)}</th></tr></thead><tbody>${top}</tbody></table>
<h2>${esc(t.health)}</h2><p class="note">${esc(t.healthNote)}</p>
<table><thead><tr><th>${esc(t.source)}</th><th>${esc(t.state)}</th><th class="num">${esc(t.lastSuccess)}</th><th>${esc(t.lastError)}</th><th class="num">${esc(t.postsInWeek)}</th></tr></thead><tbody>${health}</tbody></table>
</section>`
}

export interface RenderOptions {
  language: 'nl' | 'en'
  /** Whether students were pseudonymised (the report says so either way). */
  pseudonymised: boolean
}

/** Renders the report data to a complete, self-contained HTML document. */
export function renderReportHtml(d: WeeklyReportData, opts: RenderOptions): string {
  const lang = opts.language
  const t = reportText(lang)
  const { css, logo } = loadAssets()
  const last = shiftWeek(d.week, 0).dates[6]!
  const first = shiftWeek(d.week, 0).dates[0]!
  const range = `${localDate(first, lang, 'd LLLL')} – ${localDate(last, lang, 'd LLLL yyyy')}`
  const weekLabel = `${t.week} ${d.week.slice(6).replace(/^0/, '')} · ${d.week.slice(0, 4)}`
  const pageCss = `@page {
  @top-left { content: ${cssString(`${t.school} · ${t.title}`)}; font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #6b7785; }
  @top-right { content: ${cssString(`${weekLabel} (${range})`)}; font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #6b7785; }
  @bottom-left { content: ${cssString(t.confidential)}; font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #6b7785; }
  @bottom-right { content: ${cssString(`${t.page} `)} counter(page) ${cssString(` ${t.of} `)} counter(pages); font: 8pt 'DejaVu Sans', Arial, sans-serif; color: #6b7785; }
}`
  const sentFmt = (n: number | null): string => signed(n, lang)
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t.title} ${d.week} — ${t.school}`)}</title>
<style>${css}
${pageCss}</style></head>
<body>
<header class="cover">${logo}<div><h1>${esc(t.title)}</h1><div class="sub">${esc(t.school)} · ${esc(weekLabel)} · ${esc(range)}</div></div>
<div class="meta">${esc(t.generated)}<br>${esc(localDateTime(d.generatedAt, lang))}</div></header>
<section><h2>${esc(t.keyFigures)}</h2><div class="kpis">
${kpi(t.posts, d.posts, (n) => (n === null ? '—' : num(n, lang, Number.isInteger(n) ? 0 : 1)), t, lang, { higherIsGood: true, kind: 'count' })}
${kpi(t.comments, d.comments, (n) => (n === null ? '—' : num(n, lang, Number.isInteger(n) ? 0 : 1)), t, lang, { higherIsGood: true, kind: 'count' })}
${kpi(t.sentiment, d.sentiment, sentFmt, t, lang, { higherIsGood: true, kind: 'abs' })}
${kpi(t.negativeShare, d.negativeShare, (n) => pct(n, lang), t, lang, { higherIsGood: false, kind: 'pp' })}
</div>
<h3>${esc(t.volumeTitle)}</h3><div class="chart">${volumeChart(d, t)}</div><p class="note">${esc(t.volumeNote)}</p>
<h3>${esc(t.sentimentTitle)}</h3><div class="chart">${sentimentChart(d, t)}</div></section>
${risksSection(d, t, lang)}
${alertsSection(d, t, lang)}
${threadsSection(d, t, lang)}
${positivesSection(d, t, lang)}
${sourcesSection(d, t, lang)}
<footer class="about"><p>${esc(opts.pseudonymised ? t.privacy(d.pseudonymised) : t.privacyOff)}</p>
<p>Uitkijk · ${esc(d.week)} · ${esc(d.from)} – ${esc(d.to)} (UTC)</p></footer>
</body></html>
`
}
