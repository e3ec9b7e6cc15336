import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api'
import type { SourceInput, SourceWithHealth } from '@shared/api'
import { useLiveStore } from './live'

/** Sources with their health, kept live from source:health events. */
export const useSourcesStore = defineStore('sources', () => {
  const sources = ref<SourceWithHealth[]>([])
  const error = ref<string | null>(null)

  async function load(): Promise<void> {
    try {
      sources.value = await api.listSources({})
      error.value = null
    } catch (e) {
      error.value = (e as Error).message
    }
  }

  async function add(input: SourceInput): Promise<void> {
    const s = await api.addSource(input)
    sources.value.push(s)
  }

  async function pollNow(id: number): Promise<void> {
    await api.pollNow({ id })
  }

  async function setPaused(id: number, paused: boolean): Promise<void> {
    const s = await api.updateSource({ id, patch: { paused } })
    const i = sources.value.findIndex((x) => x.id === id)
    if (i >= 0) sources.value[i] = s
  }

  async function remove(id: number): Promise<void> {
    await api.removeSource({ id })
    sources.value = sources.value.filter((s) => s.id !== id)
  }

  function listen(): () => void {
    const live = useLiveStore()
    live.start()
    return live.on((e) => {
      if (e.type !== 'source:health') return
      const s = sources.value.find((x) => x.id === e.sourceId)
      if (s) s.health = e.health
    })
  }

  return { sources, error, load, add, pollNow, setPaused, remove, listen }
})
