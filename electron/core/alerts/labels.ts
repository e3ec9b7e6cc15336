/** Dutch labels for categories and states, shared by mails, webhooks and the dossier. */
import type { AlertState, CategoryId } from '../../shared/domain'

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  threat: 'Bedreiging',
  bullying: 'Pesten',
  harassment: 'Intimidatie',
  defamation: 'Zwartmaken',
  personal_info: 'Persoonsgegevens',
  media_without_consent: 'Beeld zonder toestemming',
  staff_conduct: 'Uitlating medewerker',
  negative_press: 'Negatieve berichtgeving'
}

export const STATE_LABELS: Record<AlertState, string> = {
  nieuw: 'Nieuw',
  bevestigd: 'Bevestigd',
  in_behandeling: 'In behandeling',
  afgerond: 'Afgerond',
  vals_alarm: 'Vals alarm'
}

/** Dutch label of a category id (unknown ids pass through). */
export function categoryLabel(c: string): string {
  return (CATEGORY_LABELS as Record<string, string>)[c] ?? c
}

/** Escapes text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
