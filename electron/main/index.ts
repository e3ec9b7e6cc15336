/**
 * The desktop host: app lifecycle, one secure window, the IPC adapter, desktop notifications. All logic lives in
 * the engine (electron/core); this file only adapts it to Electron.
 */
import { app, BrowserWindow, ipcMain, Notification, session, shell } from 'electron'
import type { WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Engine } from '../core/engine'
import { setParseWorkerUrl } from '../core/feeds/parse'
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from '../shared/security'
import { IPC_EVENT_CHANNEL, IPC_OPEN_EXTERNAL } from '../shared/ipc'
import { registerIpc } from './ipc'
import { mainWindowOptions } from './window-options'

app.setName('Uitkijk')
if (app.isPackaged) process.env.UITKIJK_RESOURCES ??= join(process.resourcesPath, 'resources')
// in the bundle the feed parser's worker is a sibling file (see electron.vite.config.ts)
setParseWorkerUrl(new URL('./parse-worker.js', import.meta.url))

let engine: Engine | null = null
let win: BrowserWindow | null = null
const rendererUrl = process.env.ELECTRON_RENDERER_URL
const rendererFile = join(import.meta.dirname, '../renderer/index.html')

/** Only our own page, in the main frame, may call the engine. */
function isTrusted(sender: WebContents, frameUrl: string): boolean {
  if (!win || sender.id !== win.webContents.id) return false
  if (rendererUrl) return frameUrl.startsWith(rendererUrl)
  return frameUrl.startsWith(pathToFileURL(rendererFile).href)
}

function createWindow(): void {
  win = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')))
  win.once('ready-to-show', () => win?.show())
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  win.webContents.on('will-attach-webview', (e) => e.preventDefault())
  win.on('closed', () => {
    win = null
  })
  if (rendererUrl) void win.loadURL(rendererUrl)
  else void win.loadFile(rendererFile)
}

async function start(): Promise<void> {
  await app.whenReady()
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  engine = new Engine({ dbPath: join(app.getPath('userData'), 'uitkijk.db') })
  registerIpc(engine.api, isTrusted)
  ipcMain.handle(IPC_OPEN_EXTERNAL, async (event, url: unknown) => {
    if (!event.senderFrame || !isTrusted(event.sender, event.senderFrame.url)) return false
    if (!isSafeExternalUrl(url)) return false
    await shell.openExternal(url)
    return true
  })
  engine.on((e) => {
    win?.webContents.send(IPC_EVENT_CHANNEL, e)
    if (e.type === 'alert:new' && Notification.isSupported()) {
      const n = new Notification({ title: `Uitkijk: ${e.alert.level}`, body: e.alert.title })
      n.on('click', () => {
        win?.show()
        win?.webContents.send(IPC_EVENT_CHANNEL, { type: 'navigate', to: `/meldingen/${e.alert.id}` })
      })
      n.show()
    }
  })
  engine.start()
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (ev) => ev.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

let quitting = false
app.on('before-quit', (e) => {
  if (quitting || !engine) return
  e.preventDefault()
  quitting = true
  void engine.stop().finally(() => app.quit())
})

if (!app.requestSingleInstanceLock()) app.quit()
else void start()
