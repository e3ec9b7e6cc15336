import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { API_METHODS, ApiError, parseInput } from '../shared/api'
import type { ApiHandlers, ApiMethod } from '../shared/api'
import { IPC_EVENT_CHANNEL, ipcChannel } from '../shared/ipc'

/**
 * Registers one `ipcMain.handle` per API method. Every call checks that it comes from one of our own windows'
 * main frame, and validates its input with the contract's zod schema before the engine sees it.
 */
export function registerIpc(
  api: ApiHandlers,
  isTrusted: (sender: WebContents, frameUrl: string) => boolean
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(ipcChannel(method), async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!event.senderFrame || !isTrusted(event.sender, event.senderFrame.url)) {
        throw new Error('Geweigerd: onbekende afzender.')
      }
      try {
        const input = parseInput(method, raw)
        const handler = api[method as ApiMethod] as (i: unknown) => Promise<unknown>
        return { ok: true, result: await handler(input) }
      } catch (err) {
        if (err instanceof ApiError)
          return { ok: false, error: { code: err.code, message: err.message } }
        return { ok: false, error: { code: 'internal', message: 'Er ging iets mis in Uitkijk.' } }
      }
    })
  }
}

export { IPC_EVENT_CHANNEL }
