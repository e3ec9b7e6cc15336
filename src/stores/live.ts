import { defineStore } from 'pinia'
import { ref } from 'vue'
import { onEngineEvent, transportKind } from '../api'
import type { EngineEvent } from '@shared/api'

type Handler = (e: EngineEvent) => void

/** One subscription to the engine's event stream, fanned out to the domain stores. */
export const useLiveStore = defineStore('live', () => {
  const connected = ref(false)
  const lastEventAt = ref<number | null>(null)
  const handlers = new Set<Handler>()
  let unsubscribe: (() => void) | null = null

  function start(): void {
    if (unsubscribe) return
    unsubscribe = onEngineEvent((e) => {
      connected.value = true
      lastEventAt.value = Date.now()
      for (const h of handlers) h(e)
    })
    connected.value = true
  }

  function on(h: Handler): () => void {
    handlers.add(h)
    return () => handlers.delete(h)
  }

  return { connected, lastEventAt, start, on, transport: transportKind }
})
