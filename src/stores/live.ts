import { defineStore } from 'pinia'
import { ref } from 'vue'
import { onEngineEvent, transportKind } from '../api'
import type { EngineEvent } from '@shared/api'
import { router } from '../router'

type Handler = (e: EngineEvent) => void

/** Screen readers hear at most one summary of new posts per this many ms (the stream can be busy). */
const ANNOUNCE_EVERY_MS = 15_000

/** One subscription to the engine's event stream, fanned out to the domain stores. */
export const useLiveStore = defineStore('live', () => {
  const connected = ref(false)
  const lastEventAt = ref<number | null>(null)
  /** Text of the polite live region (new posts and alerts, throttled). */
  const announcement = ref('')
  const pendingPosts = ref(0)
  const pendingAlerts = ref(0)
  const handlers = new Set<Handler>()
  let unsubscribe: (() => void) | null = null
  let announceTimer: ReturnType<typeof setTimeout> | null = null
  let lastAnnounce = 0
  let formatter: ((posts: number, alerts: number) => string) | null = null

  function scheduleAnnounce(): void {
    if (announceTimer) return
    const wait = Math.max(0, lastAnnounce + ANNOUNCE_EVERY_MS - Date.now())
    announceTimer = setTimeout(() => {
      announceTimer = null
      lastAnnounce = Date.now()
      if (formatter && (pendingPosts.value || pendingAlerts.value))
        announcement.value = formatter(pendingPosts.value, pendingAlerts.value)
      pendingPosts.value = 0
      pendingAlerts.value = 0
    }, wait)
  }

  function start(): void {
    if (unsubscribe) return
    unsubscribe = onEngineEvent((e) => {
      connected.value = true
      lastEventAt.value = Date.now()
      if (e.type === 'navigate') {
        // a clicked desktop notification: only in-app routes, never a URL
        if (e.to.startsWith('/')) void router.push(e.to)
        return
      }
      if (e.type === 'post:new' && e.post.parentId === null) {
        pendingPosts.value++
        scheduleAnnounce()
      } else if (e.type === 'alert:new') {
        pendingAlerts.value++
        scheduleAnnounce()
      }
      for (const h of handlers) h(e)
    })
    connected.value = true
  }

  function on(h: Handler): () => void {
    handlers.add(h)
    return () => handlers.delete(h)
  }

  /** The shell gives the translated summary text (the store stays free of i18n). */
  function setAnnouncer(fn: (posts: number, alerts: number) => string): void {
    formatter = fn
  }

  return { connected, lastEventAt, announcement, start, on, setAnnouncer, transport: transportKind }
})
