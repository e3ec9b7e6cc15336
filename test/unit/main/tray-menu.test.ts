import { describe, expect, it } from 'vitest'
import { trayState } from '../../../electron/main/tray-menu'

describe('tray menu', () => {
  it('says how many alerts are open, in Dutch by default wording', () => {
    expect(trayState(0, 'nl').tooltip).toBe('Uitkijk — geen open meldingen')
    expect(trayState(1, 'nl').tooltip).toBe('Uitkijk — 1 open melding')
    expect(trayState(7, 'nl').items.map((i) => i.label)).toEqual([
      'Dashboard openen',
      'Meldingen bekijken (7 open meldingen)',
      'Uitkijk afsluiten'
    ])
  })

  it('speaks English when the dashboard does', () => {
    expect(trayState(2, 'en').tooltip).toBe('Uitkijk — 2 open alerts')
    expect(trayState(2, 'en').items.map((i) => i.id)).toEqual(['open', 'alerts', 'quit'])
  })
})
