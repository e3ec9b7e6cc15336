import type { EngineEvent } from '../shared/api'

export type EngineListener = (e: EngineEvent) => void

/** A tiny typed event bus: hosts subscribe and forward to windows or SSE clients. A failing listener is isolated. */
export class EventBus {
  private readonly listeners = new Set<EngineListener>()

  on(fn: EngineListener): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  emit(e: EngineEvent): void {
    for (const fn of this.listeners) {
      try {
        fn(e)
      } catch {
        // one broken subscriber must not stop the pipeline or the others
      }
    }
  }

  get size(): number {
    return this.listeners.size
  }
}
