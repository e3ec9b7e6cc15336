import type { ApiHandlers } from '../../shared/api'
import type { SOURCES_INPUTS } from '../../shared/api-sources'
import type { Engine } from '../engine'

/** Handlers for the feeds API methods declared in electron/shared/api-sources.ts. */
export function feedsHandlers(_engine: Engine): Pick<ApiHandlers, keyof typeof SOURCES_INPUTS> {
  return {}
}
