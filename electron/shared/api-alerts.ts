/** API methods of the alerts capability (cases, strategies, delivery). Owned by electron/core/alerts. */
import { z } from 'zod' // eslint-disable-line @typescript-eslint/no-unused-vars

export const ALERTS_INPUTS = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AlertsResults {}
