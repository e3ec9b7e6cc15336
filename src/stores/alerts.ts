import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api'
import type { Alert } from '@shared/domain'
import { useLiveStore } from './live'

/** The alert queue, kept live from alert events. */
export const useAlertsStore = defineStore('alerts', () => {
  const alerts = ref<Alert[]>([])
  const loading = ref(false)
  const error = ref<string | null>(null)
  let liveDuringLoad: Map<number, Alert> | null = null

  async function load(): Promise<void> {
    loading.value = true
    try {
      // alert events that arrive while the request is in flight are newer than its answer
      const during = new Map<number, Alert>()
      liveDuringLoad = during
      const list = await api.listAlerts({ limit: 500 })
      liveDuringLoad = null
      alerts.value = list.map((a) => during.get(a.id) ?? a)
      for (const a of during.values()) if (!list.some((x) => x.id === a.id)) alerts.value.unshift(a)
      error.value = null
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      liveDuringLoad = null
      loading.value = false
    }
  }

  function upsert(a: Alert): void {
    liveDuringLoad?.set(a.id, a)
    const i = alerts.value.findIndex((x) => x.id === a.id)
    if (i >= 0) alerts.value[i] = a
    else alerts.value.unshift(a)
  }

  function listen(): () => void {
    const live = useLiveStore()
    live.start()
    return live.on((e) => {
      if (e.type === 'connected') void load()
      else if (e.type === 'alert:new' || e.type === 'alert:updated') upsert(e.alert)
    })
  }

  return { alerts, loading, error, load, upsert, listen }
})
