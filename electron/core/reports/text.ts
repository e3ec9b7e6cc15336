/** The report's words in Dutch (source language) and English. */
import type { CategoryId, RiskLevel } from '../../shared/domain'

const nl = {
  title: 'Weekrapport reputatie',
  school: 'Almere College',
  week: 'Week',
  generated: 'Gemaakt op',
  page: 'Pagina',
  of: 'van',
  keyFigures: 'Kerncijfers',
  posts: 'Berichten',
  comments: 'Reacties',
  sentiment: 'Gemiddeld sentiment',
  negativeShare: 'Aandeel negatief',
  previousWeek: 'vorige week',
  average4: 'gem. 4 weken',
  volumeTitle: 'Berichten per dag',
  volumeNote: 'Berichten van deze week per dag (staven), reacties erboven, vorige week als lijn.',
  sentimentTitle: 'Sentiment per dag',
  thisWeek: 'deze week',
  risks: "Risico's",
  level: 'Niveau',
  category: 'Categorie',
  total: 'Totaal',
  risksByCategory: "Risico's per categorie (laag en hoger)",
  noRisks: 'Geen berichten of reacties met een risico deze week.',
  alerts: 'Meldingen',
  alertsNone: 'Deze week zijn er geen meldingen aangemaakt.',
  alertsCreated: 'Aangemaakt',
  ackTime: 'Tijd tot bevestigen',
  resolveTime: 'Tijd tot afronden',
  median: 'mediaan',
  max: 'max',
  basisColumns: 'Op basis van de tijdstippen van bevestigen en afronden in de meldingen.',
  basisUpdated:
    'Benadering: de tijdstippen van bevestigen ontbreken in deze database; afronden is gemeten tot de laatste wijziging van afgeronde meldingen.',
  notYet: 'nog niet',
  of_n: 'van',
  state: 'Status',
  created: 'Aangemaakt',
  derailed: 'Ontspoorde discussies',
  derailedNone: 'Geen ontspoorde discussies deze week.',
  index: 'Index',
  commentsInWeek: 'reacties deze week',
  positives: 'Opvallend positief',
  positivesNone: 'Geen opvallend positieve berichten deze week.',
  topSources: 'Meest actieve bronnen',
  source: 'Bron',
  risky: 'Met risico',
  health: 'Gezondheid van de bronnen',
  healthNote: 'Stand bij het maken van dit rapport.',
  lastSuccess: 'Laatst gelukt',
  lastError: 'Laatste fout',
  never: 'nooit',
  postsInWeek: 'Berichten in de week',
  status: { ok: 'in orde', errors: 'fouten', stale: 'niets opgehaald', paused: 'gepauzeerd' },
  own: 'eigen account',
  mention: 'vermelding',
  privacy: (n: number): string =>
    `Leerlingen zijn gepseudonimiseerd (${n} ${n === 1 ? 'persoon' : 'personen'} vervangen door een label als ‘Leerling A’). Het label geldt alleen binnen dit rapport.`,
  privacyOff: 'Let op: pseudonimisering van leerlingen staat uit voor dit rapport.',
  confidential: 'Vertrouwelijk — alleen voor de schoolleiding',
  minutes: (m: number | null): string => {
    if (m === null) return '—'
    if (m < 60) return `${Math.round(m)} min`
    if (m < 48 * 60) return `${(m / 60).toFixed(1).replace('.', ',')} uur`
    return `${(m / 1440).toFixed(1).replace('.', ',')} dagen`
  },
  days: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  levels: {
    geen: 'geen',
    laag: 'laag',
    middel: 'middel',
    hoog: 'hoog',
    kritiek: 'kritiek'
  } as Record<RiskLevel, string>,
  states: {
    nieuw: 'nieuw',
    bevestigd: 'bevestigd',
    in_behandeling: 'in behandeling',
    afgerond: 'afgerond',
    vals_alarm: 'vals alarm'
  } as Record<string, string>,
  categories: {
    threat: 'bedreiging',
    bullying: 'pesten / kwetsen',
    harassment: 'stalken',
    defamation: 'zwartmaken',
    personal_info: 'persoonlijke informatie',
    media_without_consent: 'beeld zonder toestemming',
    staff_conduct: 'gedrag medewerker',
    negative_press: 'negatieve berichtgeving'
  } as Record<CategoryId, string>
}

export type ReportText = typeof nl

const en: ReportText = {
  ...nl,
  title: 'Weekly reputation report',
  week: 'Week',
  generated: 'Generated on',
  page: 'Page',
  of: 'of',
  keyFigures: 'Key figures',
  posts: 'Posts',
  comments: 'Comments',
  sentiment: 'Average sentiment',
  negativeShare: 'Negative share',
  previousWeek: 'previous week',
  average4: '4-week avg.',
  volumeTitle: 'Posts per day',
  volumeNote: "This week's posts per day (bars), comments on top, previous week as a line.",
  sentimentTitle: 'Sentiment per day',
  thisWeek: 'this week',
  risks: 'Risks',
  level: 'Level',
  category: 'Category',
  total: 'Total',
  risksByCategory: 'Risks by category (low and above)',
  noRisks: 'No posts or comments with a risk this week.',
  alerts: 'Alerts',
  alertsNone: 'No alerts were created this week.',
  alertsCreated: 'Created',
  ackTime: 'Time to acknowledge',
  resolveTime: 'Time to resolve',
  median: 'median',
  max: 'max',
  basisColumns: 'Based on the acknowledge and resolve times recorded on the alerts.',
  basisUpdated:
    'Approximation: this database has no acknowledge times; resolving is measured to the last change of closed alerts.',
  notYet: 'not yet',
  of_n: 'of',
  state: 'State',
  created: 'Created',
  derailed: 'Derailed threads',
  derailedNone: 'No derailed threads this week.',
  index: 'Index',
  commentsInWeek: 'comments this week',
  positives: 'Notably positive',
  positivesNone: 'No notably positive posts this week.',
  topSources: 'Most active sources',
  source: 'Source',
  risky: 'With risk',
  health: 'Source health',
  healthNote: 'As at the time this report was made.',
  lastSuccess: 'Last success',
  lastError: 'Last error',
  never: 'never',
  postsInWeek: 'Posts in the week',
  status: { ok: 'ok', errors: 'errors', stale: 'nothing fetched', paused: 'paused' },
  own: 'own account',
  mention: 'mention',
  privacy: (n: number): string =>
    `Students are pseudonymised (${n} ${n === 1 ? 'person' : 'people'} replaced by a label such as ‘Student A’). Labels hold only within this report.`,
  privacyOff: 'Note: student pseudonymisation is off for this report.',
  confidential: 'Confidential — for school management only',
  minutes: (m: number | null): string => {
    if (m === null) return '—'
    if (m < 60) return `${Math.round(m)} min`
    if (m < 48 * 60) return `${(m / 60).toFixed(1)} h`
    return `${(m / 1440).toFixed(1)} days`
  },
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  levels: { geen: 'none', laag: 'low', middel: 'medium', hoog: 'high', kritiek: 'critical' },
  states: {
    nieuw: 'new',
    bevestigd: 'acknowledged',
    in_behandeling: 'in progress',
    afgerond: 'resolved',
    vals_alarm: 'false alarm'
  },
  categories: {
    threat: 'threat',
    bullying: 'bullying',
    harassment: 'harassment',
    defamation: 'defamation',
    personal_info: 'personal information',
    media_without_consent: 'media without consent',
    staff_conduct: 'staff conduct',
    negative_press: 'negative press'
  }
}

/** The report's words for a language. */
export function reportText(lang: 'nl' | 'en'): ReportText {
  return lang === 'en' ? en : nl
}
