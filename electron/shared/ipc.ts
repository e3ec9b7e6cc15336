/** IPC channel names, in one protocol file shared by main and preload. Pure TypeScript. */
import type { ApiMethod } from './api'

export const IPC_PREFIX = 'uitkijk:api:'
export const IPC_EVENT_CHANNEL = 'uitkijk:event'
export const IPC_OPEN_EXTERNAL = 'uitkijk:open-external'

export function ipcChannel(method: ApiMethod): string {
  return IPC_PREFIX + method
}
