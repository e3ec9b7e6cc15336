import type { ApiHandlers } from '../../shared/api'
import type { REPORTS_INPUTS } from '../../shared/api-reports'
import type { Engine } from '../engine'

/** Handlers for the reports API methods declared in electron/shared/api-reports.ts. */
export function reportsHandlers(_engine: Engine): Pick<ApiHandlers, keyof typeof REPORTS_INPUTS> {
  return {}
}
