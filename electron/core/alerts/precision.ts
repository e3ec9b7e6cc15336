/** Measured precision of alerts per category: confirmed cases against false alarms, from the officer's decisions. */
import type { Alert, CategoryPrecision } from '../../shared/domain'
import { CATEGORY_IDS } from '../../shared/domain'

const CONFIRMED = new Set(['bevestigd', 'in_behandeling', 'afgerond'])

/** One row per category (plus derailing and spike) that has at least one alert, in a fixed order. */
export function precisionByCategory(alerts: Alert[]): CategoryPrecision[] {
  const keys: CategoryPrecision['category'][] = [...CATEGORY_IDS, 'derailing', 'spike']
  const acc = new Map<
    CategoryPrecision['category'],
    { confirmed: number; falseAlarms: number; open: number }
  >()
  for (const a of alerts) {
    const cats = new Set<CategoryPrecision['category']>(a.categories)
    if (a.derailing) cats.add('derailing')
    if (a.kind === 'spike') cats.add('spike')
    for (const c of cats) {
      const x = acc.get(c) ?? { confirmed: 0, falseAlarms: 0, open: 0 }
      if (CONFIRMED.has(a.state)) x.confirmed++
      else if (a.state === 'vals_alarm') x.falseAlarms++
      else x.open++
      acc.set(c, x)
    }
  }
  return keys
    .filter((k) => acc.has(k))
    .map((k) => {
      const x = acc.get(k)!
      const decided = x.confirmed + x.falseAlarms
      return { category: k, ...x, precision: decided ? x.confirmed / decided : null }
    })
}
