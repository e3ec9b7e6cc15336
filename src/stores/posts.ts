import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api'
import type { Post, DashboardStats } from '@shared/domain'
import type { PostFilter } from '@shared/api'
import { useLiveStore } from './live'

const LIVE_MAX = 200

/** The live stream of scored posts and the overview's KPIs. */
export const usePostsStore = defineStore('posts', () => {
  const stream = ref<Post[]>([])
  const stats = ref<DashboardStats | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  let statsTimer: ReturnType<typeof setTimeout> | null = null

  async function load(filter: PostFilter = {}): Promise<void> {
    loading.value = true
    error.value = null
    try {
      const [page, s] = await Promise.all([api.listPosts({ limit: 50, ...filter }), api.getStats({})])
      stream.value = page.items
      stats.value = s
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      loading.value = false
    }
  }

  /** Stats are refreshed at most once a second while events pour in. */
  function refreshStatsSoon(): void {
    if (statsTimer) return
    statsTimer = setTimeout(() => {
      statsTimer = null
      void api.getStats({}).then((s) => (stats.value = s))
    }, 1000)
  }

  function upsert(p: Post): void {
    if (p.parentId !== null) return
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
      if (e.type === 'post:scored' || e.type === 'post:new') {
        upsert(e.post)
        refreshStatsSoon()
      } else if (e.type === 'alert:new' || e.type === 'alert:updated' || e.type === 'thread:updated') {
        refreshStatsSoon()
      }
    })
  }

  return { stream, stats, loading, error, load, listen }
})
