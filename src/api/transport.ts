import type { ApiErrorBody, EngineEvent } from '@shared/api'

/** How the renderer reaches the engine: Electron IPC (preload bridge) or HTTP + SSE (headless host). */
export interface Transport {
  kind: 'ipc' | 'http'
  call(method: string, input: unknown): Promise<unknown>
  subscribe(fn: (e: EngineEvent) => void): () => void
  openExternal(url: string): Promise<boolean>
}

/** An API error with its Dutch message, as the engine said it. */
export class ApiCallError extends Error {
  constructor(
    public readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}

interface Bridge {
  call(method: string, input: unknown): Promise<{ ok: boolean; result?: unknown; error?: ApiErrorBody['error'] }>
  onEvent(fn: (e: unknown) => void): () => void
  openExternal(url: string): Promise<boolean>
}

/** Transport over the preload bridge in the desktop app. */
export function ipcTransport(bridge: Bridge): Transport {
  return {
    kind: 'ipc',
    async call(method, input) {
      const r = await bridge.call(method, input)
      if (!r.ok) throw new ApiCallError(r.error?.code ?? 'internal', r.error?.message ?? 'Onbekende fout')
      return r.result
    },
    subscribe: (fn) => {
      const off = bridge.onEvent((e) => fn(e as EngineEvent))
      // IPC is connected from the start; say so once, like the HTTP stream does, so stores reload consistently
      queueMicrotask(() => fn({ type: 'connected' }))
      return off
    },
    openExternal: (url) => bridge.openExternal(url)
  }
}

/** Transport over HTTP to the headless host; events arrive over SSE read with fetch (so the token stays a header). */
export function httpTransport(base: string, token: string): Transport {
  const headers = { Authorization: `Bearer ${token}` }
  return {
    kind: 'http',
    async call(method, input) {
      const res = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {})
      })
      const body = (await res.json()) as unknown
      if (!res.ok) {
        const e = (body as ApiErrorBody).error
        throw new ApiCallError(e?.code ?? 'internal', e?.message ?? `HTTP ${res.status}`)
      }
      return body
    },
    subscribe(fn) {
      const ctrl = new AbortController()
      let stopped = false
      const connect = async (): Promise<void> => {
        while (!stopped) {
          try {
            const res = await fetch(`${base}/api/events`, { headers, signal: ctrl.signal })
            if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`)
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
            let buf = ''
            for (;;) {
              const { value, done } = await reader.read()
              if (done) break
              buf += value
              let cut: number
              while ((cut = buf.indexOf('\n\n')) >= 0) {
                const frame = buf.slice(0, cut)
                buf = buf.slice(cut + 2)
                const data = frame
                  .split('\n')
                  .filter((l) => l.startsWith('data: '))
                  .map((l) => l.slice(6))
                  .join('\n')
                if (data) fn(JSON.parse(data) as EngineEvent)
              }
            }
          } catch {
            if (stopped) return
          }
          // the host restarted or the network hiccupped: reconnect after a pause
          await new Promise((r) => setTimeout(r, 2000))
        }
      }
      void connect()
      return () => {
        stopped = true
        ctrl.abort()
      }
    },
    async openExternal(url) {
      window.open(url, '_blank', 'noopener,noreferrer')
      return true
    }
  }
}
