import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api'
import type { Post, DashboardStats } from '@shared/domain'
import type { PostFilter, TimeSeries } from '@shared/api'
import { useLiveStore } from './live'

const LIVE_MAX = 200

export type Period = '24h' | '7d' | '30d'
const PERIOD_HOURS: Record<Period, number> = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30 }

/** The live stream of scored posts, the overview's KPIs and its charts. */
export const usePostsStore = defineStore('posts', () => {
  const stream = ref<Post[]>([])
  const stats = ref<DashboardStats | null>(null)
  const series = ref<TimeSeries | null>(null)
  const period = ref<Period>('7d')
  const seriesRange = ref<{ from: Date; to: Date } | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let statsTimer: ReturnType<typeof setTimeout> | null = null
  let seriesTimer: ReturnType<typeof setTimeout> | null = null
  let liveDuringLoad: Map<number, Post> | null = null

  async function load(filter: PostFilter = {}): Promise<void> {
    loading.value = true
    error.value = null
    // charts load alongside the stream and KPIs, not after them
    const series = loadSeries()
    try {
      // events that arrive while the request is in flight are newer than its answer: keep them over it
      const during = new Map<number, Post>()
      liveDuringLoad = during
      const [page, s] = await Promise.all([api.listPosts({ limit: 50, ...filter }), api.getStats({})])
      liveDuringLoad = null
      stream.value = page.items.map((p) => during.get(p.id) ?? p)
      for (const p of during.values()) upsert(p)
      stats.value = s
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      liveDuringLoad = null
      loading.value = false
    }
    await series
  }

  async function loadSeries(): Promise<void> {
    const to = new Date(Date.now() + 3600_000)
    to.setMinutes(0, 0, 0)
    const from = new Date(to.getTime() - PERIOD_HOURS[period.value] * 3600_000)
    if (period.value !== '24h') from.setHours(0, 0, 0, 0)
    try {
      series.value = await api.getTimeSeries({ from: from.toISOString(), to: to.toISOString() })
      seriesRange.value = { from, to }
    } catch (e) {
      error.value = (e as Error).message
    }
  }

  /** KPIs only (the shell's badge on views other than the overview). */
  async function loadStats(): Promise<void> {
    try {
      stats.value = await api.getStats({})
    } catch {
      // the badge is a convenience; the views show their own errors
    }
  }

  function setPeriod(p: Period): void {
    period.value = p
    void loadSeries()
  }

  /** Stats are refreshed at most once a second and charts every 10 s while events pour in. */
  function refreshSoon(): void {
    if (!statsTimer)
      statsTimer = setTimeout(() => {
        statsTimer = null
        void api.getStats({}).then((s) => (stats.value = s))
      }, 1000)
    if (!seriesTimer)
      seriesTimer = setTimeout(() => {
        seriesTimer = null
        void loadSeries()
      }, 10_000)
  }

  function upsert(p: Post): void {
    if (p.parentId !== null) return
    liveDuringLoad?.set(p.id, p)
    const i = stream.value.findIndex((x) => x.id === p.id)
    if (i >= 0) stream.value[i] = p
    else {
      stream.value.unshift(p)
      stream.value.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id)
      if (stream.value.length > LIVE_MAX) stream.value.length = LIVE_MAX
    }
  }

  function listen(): () => void {
    const live = useLiveStore()
    live.start()
    return live.on((e) => {
      if (e.type === 'connected') void load()
      else if (e.type === 'post:scored' || e.type === 'post:new') {
        upsert(e.post)
        refreshSoon()
      } else if (e.type === 'alert:new' || e.type === 'alert:updated' || e.type === 'thread:updated') {
        refreshSoon()
      } else if (e.type === 'stats') {
        stats.value = e.stats
      }
    })
  }

  return { stream, stats, series, period, seriesRange, loading, error, load, loadStats, loadSeries, setPeriod, listen }
})
