import type { ApiHandlers } from '../../shared/api'
import type { ALERTS_INPUTS } from '../../shared/api-alerts'
import type { Engine } from '../engine'

/** Handlers for the alerts API methods declared in electron/shared/api-alerts.ts. */
export function alertsHandlers(_engine: Engine): Pick<ApiHandlers, keyof typeof ALERTS_INPUTS> {
  return {}
}
