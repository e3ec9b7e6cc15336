/**
 * Child process for the crash test: opens the engine, creates an escalating alert (which enqueues its mail in the
 * same transaction as the notified marker), reports on stdout, then waits to be killed.
 * argv: dbPath smtpPort mode ('before-send': never starts the dispatcher; 'during-send': starts it).
 */
import { Engine } from '../../../electron/core/engine'
import { loopbackSmtp } from './mail-server'

const [dbPath, port, mode] = process.argv.slice(2)
const engine = new Engine({ dbPath: dbPath!, alerting: { backoffBaseMs: 60_000 } })
await engine.api.updateSettings({
  patch: {
    smtp: loopbackSmtp(Number(port)),
    recipients: { escalation: ['leiding@almerecollege.test'], officer: [], secondEscalation: [] }
  }
})
const { alert } = engine.alerts.upsert(
  {
    kind: 'post',
    dedupeKey: 'story:crash',
    postId: null,
    threadPostId: null,
    level: 'kritiek',
    categories: ['threat'],
    title: 'Bedreiging tijdens crashtest',
    strategyId: 'threat'
  },
  new Date().toISOString()
)
engine.alerting.notifyPending()
if (mode === 'during-send') engine.alerting.dispatcher.start()
process.stdout.write(`ENQUEUED ${alert.id}\n`)
setInterval(() => {}, 1000)
