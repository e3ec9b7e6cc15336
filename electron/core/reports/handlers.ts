import type { ApiHandlers } from '../../shared/api'
import { ApiError } from '../../shared/api'
import type { REPORTS_INPUTS } from '../../shared/api-reports'
import type { Engine } from '../engine'
import { buildReport, reportData } from './build'
import { weekRange } from './week'

function checkWeek(week: string): void {
  try {
    weekRange(week)
  } catch (err) {
    throw new ApiError('invalid_input', (err as Error).message)
  }
}

/** Handlers for the reports API methods declared in electron/shared/api-reports.ts. */
export function reportsHandlers(engine: Engine): Pick<ApiHandlers, keyof typeof REPORTS_INPUTS> {
  return {
    getReportSummary: async ({ week }) => {
      checkWeek(week)
      return reportData(engine.db, week, { settings: engine.settingsRepo.all() })
    },
    exportReport: async ({ week, format, language }) => {
      checkWeek(week)
      const f = await buildReport(engine.db, week, format, {
        settings: engine.settingsRepo.all(),
        language
      })
      return {
        filename: f.filename,
        contentType: f.contentType,
        contentBase64: f.body.toString('base64')
      }
    }
  }
}
