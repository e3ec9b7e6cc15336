import { API_METHODS } from '@shared/api'
import type { ApiClient, ApiMethod, EngineEvent } from '@shared/api'
import { isSafeExternalUrl } from '@shared/security'
import { httpTransport, ipcTransport } from './transport'
import type { Transport } from './transport'

export { ApiCallError } from './transport'

const TOKEN_KEY = 'uitkijk.token'

/** Picks the transport once at start-up: the preload bridge in Electron, otherwise HTTP with the URL's token. */
function pickTransport(): Transport {
  const bridge = (window as unknown as { uitkijk?: Parameters<typeof ipcTransport>[0] }).uitkijk
  if (bridge) return ipcTransport(bridge)
  const m = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash)
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]!))
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return httpTransport(window.location.origin, sessionStorage.getItem(TOKEN_KEY) ?? '')
}

const transport = pickTransport()

/** The typed API client: the only way stores talk to the engine. */
export const api = Object.fromEntries(
  API_METHODS.map((m: ApiMethod) => [m, (input: unknown) => transport.call(m, input ?? {})])
) as unknown as ApiClient

/** Subscribe to engine events. */
export function onEngineEvent(fn: (e: EngineEvent) => void): () => void {
  return transport.subscribe(fn)
}

/** Opens a link in the system browser (desktop) or a new tab, only for http(s). */
export function openExternal(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return Promise.resolve(false)
  return transport.openExternal(url)
}

export const transportKind = transport.kind
