/** API methods of the weekly report capability. Owned by electron/core/reports. */
import { z } from 'zod' // eslint-disable-line @typescript-eslint/no-unused-vars

export const REPORTS_INPUTS = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReportsResults {}
