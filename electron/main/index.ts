/**
 * The desktop host: app lifecycle, one secure window, the IPC adapter, desktop notifications and the tray. All
 * logic lives in the engine (electron/core); this file only adapts it to Electron.
 */
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  safeStorage,
  session,
  shell,
  Tray
} from 'electron'
import type { WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Engine } from '../core/engine'
import { setSecretCodec } from '../core/alerts/settings'
import { setParseWorkerUrl } from '../core/feeds/parse'
import { setPdfRenderer } from '../core/pdf'
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from '../shared/security'
import { IPC_EVENT_CHANNEL, IPC_OPEN_EXTERNAL } from '../shared/ipc'
import { resolveResource } from '../core/nlp/resources'
import { registerIpc } from './ipc'
import { trayState } from './tray-menu'
import { mainWindowOptions } from './window-options'

app.setName('Uitkijk')
if (app.isPackaged) process.env.UITKIJK_RESOURCES ??= join(process.resourcesPath, 'resources')
// in the bundle the feed parser's worker is a sibling file (see electron.vite.config.ts)
setParseWorkerUrl(new URL('./parse-worker.js', import.meta.url))

let engine: Engine | null = null
let win: BrowserWindow | null = null
let tray: Tray | null = null
let quitting = false
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
  // With a tray, closing the window keeps Uitkijk watching in the background; quit from the tray menu.
  win.on('close', (e) => {
    if (tray && !quitting) {
      e.preventDefault()
      win?.hide()
    }
  })
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
    cb({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
  // SMTP password and webhook URLs are stored encrypted with the OS keychain where available
  if (safeStorage.isEncryptionAvailable())
    setSecretCodec({
      encrypt: (s) => safeStorage.encryptString(s).toString('base64'),
      decrypt: (b) => safeStorage.decryptString(Buffer.from(b, 'base64'))
    })
  setPdfRenderer(printToPdf)
  engine = new Engine({ dbPath: join(app.getPath('userData'), 'uitkijk.db') })
  engine.setDesktopNotifier((n) => {
    if (!Notification.isSupported()) return
    const note = new Notification({
      title: n.title,
      body: n.body,
      urgency: n.level === 'kritiek' ? 'critical' : 'normal'
    })
    note.on('click', () => {
      win?.show()
      win?.webContents.send(IPC_EVENT_CHANNEL, { type: 'navigate', to: n.route })
    })
    note.show()
  })
  registerIpc(engine.api, isTrusted)
  ipcMain.handle(IPC_OPEN_EXTERNAL, async (event, url: unknown) => {
    if (!event.senderFrame || !isTrusted(event.sender, event.senderFrame.url)) return false
    if (!isSafeExternalUrl(url)) return false
    await shell.openExternal(url)
    return true
  })
  engine.on((e) => {
    win?.webContents.send(IPC_EVENT_CHANNEL, e)
    if (e.type === 'alert:new' || e.type === 'alert:updated') updateTray()
  })
  engine.start()
  createWindow()
  createTray()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

function showWindow(route?: string): void {
  if (!win) createWindow()
  win?.show()
  win?.focus()
  if (route) win?.webContents.send(IPC_EVENT_CHANNEL, { type: 'navigate', to: route })
}

/** The tray icon: open alerts in the tooltip and the menu; a click brings the dashboard back. */
function createTray(): void {
  const icon = nativeImage.createFromPath(resolveResource('icons/tray.png'))
  if (icon.isEmpty()) return // no icon file: run without a tray, closing the window quits as before
  tray = new Tray(icon)
  tray.on('click', () => showWindow())
  updateTray()
}

function updateTray(): void {
  if (!tray || !engine) return
  const state = trayState(engine.alerts.countOpen(), engine.settings().language)
  tray.setToolTip(state.tooltip)
  const act = {
    open: () => showWindow(),
    alerts: () => showWindow('/meldingen'),
    quit: () => app.quit()
  }
  tray.setContextMenu(
    Menu.buildFromTemplate(state.items.map((i) => ({ label: i.label, click: act[i.id] })))
  )
}

/**
 * Reports and dossiers as PDF with Electron's own printToPDF: a hidden, sandboxed window with JavaScript off loads
 * the self-contained HTML; every network request is refused.
 */
async function printToPdf(html: string, opts: { landscape?: boolean } = {}): Promise<Buffer> {
  // its own session, so refusing the network here never touches the main window's session
  const pdfSession = session.fromPartition('uitkijk-pdf')
  pdfSession.webRequest.onBeforeRequest((details, cb) =>
    cb({ cancel: !details.url.startsWith('data:') })
  )
  const pdfWin = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      session: pdfSession
    }
  })
  try {
    await pdfWin.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`
    )
    return await pdfWin.webContents.printToPDF({
      pageSize: 'A4',
      landscape: opts.landscape ?? false,
      printBackground: true
    })
  } finally {
    pdfWin.destroy()
  }
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (ev) => ev.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('before-quit', (e) => {
  if (quitting || !engine) return
  e.preventDefault()
  quitting = true
  void engine.stop().finally(() => app.quit())
})

if (!app.requestSingleInstanceLock()) app.quit()
else void start()
