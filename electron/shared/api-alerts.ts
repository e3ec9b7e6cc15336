/** API methods of the alerts capability (cases, strategies, delivery). Owned by electron/core/alerts. */
import { z } from 'zod'
import { ALERT_STATES } from './domain'
import type {
  Alert,
  AlertNote,
  AlertTier,
  AuditEntry,
  CategoryPrecision,
  Delivery,
  Post,
  Strategy
} from './domain'
import type { ThreadSummary } from './api'

const id = z.number().int().positive()
const actor = z.string().trim().min(1, 'Vul in wie dit doet').max(100)

export const ALERTS_INPUTS = {
  getAlert: z.object({ id }).strict(),
  transitionAlert: z
    .object({ id, to: z.enum(ALERT_STATES), actor, note: z.string().trim().max(2000).optional() })
    .strict(),
  assignAlert: z.object({ id, owner: z.string().trim().max(100).nullable(), actor }).strict(),
  addAlertNote: z
    .object({
      id,
      text: z.string().trim().min(1, 'Een notitie mag niet leeg zijn').max(5000),
      actor
    })
    .strict(),
  setAlertTags: z
    .object({ id, tags: z.array(z.string().trim().min(1).max(40)).max(20), actor })
    .strict(),
  updateHoldingStatement: z
    .object({ id, text: z.string().trim().min(1, 'De tekst mag niet leeg zijn').max(5000), actor })
    .strict(),
  exportDossier: z.object({ id, format: z.enum(['html', 'pdf']).default('html') }).strict(),
  listDeliveries: z
    .object({
      status: z.enum(['pending', 'sending', 'sent', 'failed']).optional(),
      alertId: id.optional()
    })
    .strict(),
  retryDelivery: z.object({ id }).strict(),
  getPrecision: z.object({}).strict(),
  sendTestMail: z.object({ to: z.string().email('Geen geldig e-mailadres').optional() }).strict(),
  sendTestWebhook: z.object({}).strict(),
  verifyAuditLog: z.object({}).strict()
} as const

/** Everything about one case, for the case view. */
export interface AlertDetail {
  alert: Alert
  tier: AlertTier
  post: Post | null
  comments: Post[]
  thread: ThreadSummary | null
  strategy: Strategy | null
  /** The officer's edited holding statement, or the strategy's draft. */
  holdingStatement: string | null
  holdingStatementEdited: boolean
  notes: AlertNote[]
  audit: AuditEntry[]
  deliveries: Delivery[]
  /** Link that opens this case in the dashboard. */
  caseUrl: string
}

export interface AlertsResults {
  getAlert: AlertDetail
  transitionAlert: Alert
  assignAlert: Alert
  addAlertNote: AlertNote
  setAlertTags: Alert
  updateHoldingStatement: { ok: true; text: string }
  exportDossier: { filename: string; contentType: string; base64: string }
  listDeliveries: Delivery[]
  retryDelivery: Delivery
  getPrecision: { categories: CategoryPrecision[]; feedbackCount: number }
  /** Queued: the result shows up in listDeliveries. */
  sendTestMail: { queued: true; deliveryId: number | null }
  sendTestWebhook: { queued: number }
  verifyAuditLog: { ok: boolean; rows: number; brokenAt: number | null; reason: string | null }
}
