import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api'
import type { Settings } from '@shared/api'
import type { KnownAccounts } from '../composables/pseudonym'

/** Engine settings (secrets arrive masked), plus the known accounts the thread view needs for pseudonyms. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)
  const error = ref<string | null>(null)

  async function load(): Promise<Settings | null> {
    try {
      settings.value = await api.getSettings({})
      error.value = null
    } catch (e) {
      error.value = (e as Error).message
    }
    return settings.value
  }

  async function save(patch: Record<string, unknown>): Promise<void> {
    settings.value = await api.updateSettings({ patch })
  }

  function known(): KnownAccounts {
    const s = settings.value as (Settings & Partial<KnownAccounts>) | null
    return { staff: s?.staff ?? [], schoolAccounts: s?.schoolAccounts ?? [] }
  }

  return { settings, error, load, save, known }
})
