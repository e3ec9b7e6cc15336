import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api'
import type { SourceInput, SourceWithHealth } from '@shared/api'
import type { OpmlImportResult } from '@shared/api-sources'
import { useLiveStore } from './live'

/** Sources with their health, kept live from source:health events. */
export const useSourcesStore = defineStore('sources', () => {
  const sources = ref<SourceWithHealth[]>([])
  const error = ref<string | null>(null)
  const loaded = ref(false)

  async function load(): Promise<void> {
    try {
      sources.value = await api.listSources({})
      error.value = null
      loaded.value = true
    } catch (e) {
      error.value = (e as Error).message
    }
  }

  async function add(input: SourceInput): Promise<SourceWithHealth> {
    const s = await api.addSource(input)
    sources.value.push(s)
    await api.pollNow({ id: s.id })
    return s
  }

  function replace(s: SourceWithHealth): void {
    const i = sources.value.findIndex((x) => x.id === s.id)
    if (i >= 0) sources.value[i] = s
  }

  async function update(id: number, patch: Partial<SourceInput> & { paused?: boolean }): Promise<void> {
    replace(await api.updateSource({ id, patch }))
  }

  async function pollNow(id: number): Promise<void> {
    await api.pollNow({ id })
  }

  async function setPaused(id: number, paused: boolean): Promise<void> {
    await update(id, { paused })
  }

  async function remove(id: number): Promise<void> {
    await api.removeSource({ id })
    sources.value = sources.value.filter((s) => s.id !== id)
  }

  async function importOpml(xml: string, kind: 'own' | 'mention'): Promise<OpmlImportResult> {
    const r = await api.importOpml({ xml, kind })
    await load()
    return r
  }

  function listen(): () => void {
    const live = useLiveStore()
    live.start()
    return live.on((e) => {
      if (e.type === 'connected') return void load()
      if (e.type !== 'source:health') return
      const s = sources.value.find((x) => x.id === e.sourceId)
      if (s) s.health = e.health
    })
  }

  return { sources, error, loaded, load, add, update, pollNow, setPaused, remove, importOpml, listen }
})
