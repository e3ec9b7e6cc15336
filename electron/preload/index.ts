/**
 * The only bridge between the page and the app. It exposes exactly the API methods of the contract, the event
 * subscription and "open this link in the system browser" — never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { API_METHODS } from '../shared/api'
import { IPC_EVENT_CHANNEL, IPC_OPEN_EXTERNAL, ipcChannel } from '../shared/ipc'

type Listener = (event: unknown) => void

const bridge = {
  call: (method: string, input: unknown): Promise<unknown> => {
    if (!(API_METHODS as string[]).includes(method)) return Promise.reject(new Error('Onbekende methode'))
    return ipcRenderer.invoke(ipcChannel(method as (typeof API_METHODS)[number]), input)
  },
  onEvent: (fn: Listener): (() => void) => {
    const wrapped = (_e: unknown, payload: unknown): void => fn(payload)
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped)
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped)
    }
  },
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke(IPC_OPEN_EXTERNAL, url)
}

contextBridge.exposeInMainWorld('uitkijk', bridge)
