/**
 * What the tray icon says and offers: the officer keeps Uitkijk running in the background all day, so closing the
 * window hides it and the tray shows how many alerts are open. Pure, so it is tested without Electron.
 */
export interface TrayMenuItem {
  id: 'open' | 'alerts' | 'quit'
  label: string
}

export interface TrayState {
  tooltip: string
  items: TrayMenuItem[]
}

const TEXT = {
  nl: {
    none: 'geen open meldingen',
    one: '1 open melding',
    many: (n: number) => `${n} open meldingen`,
    open: 'Dashboard openen',
    alerts: 'Meldingen bekijken',
    quit: 'Uitkijk afsluiten'
  },
  en: {
    none: 'no open alerts',
    one: '1 open alert',
    many: (n: number) => `${n} open alerts`,
    open: 'Open dashboard',
    alerts: 'View alerts',
    quit: 'Quit Uitkijk'
  }
} as const

/** Tooltip and menu for a number of open alerts, in the dashboard's language. */
export function trayState(openAlerts: number, language: 'nl' | 'en'): TrayState {
  const t = TEXT[language]
  const count = openAlerts <= 0 ? t.none : openAlerts === 1 ? t.one : t.many(openAlerts)
  return {
    tooltip: `Uitkijk — ${count}`,
    items: [
      { id: 'open', label: t.open },
      { id: 'alerts', label: `${t.alerts} (${count})` },
      { id: 'quit', label: t.quit }
    ]
  }
}
