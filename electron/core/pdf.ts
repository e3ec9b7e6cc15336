/**
 * HTML → PDF outside Electron (headless host, CLI, tests): Chromium driven by playwright-core. The desktop host
 * injects Electron's printToPDF instead through `setPdfRenderer`, so the engine never imports Electron.
 */
import { existsSync } from 'node:fs'

export type PdfRenderer = (html: string, opts?: { landscape?: boolean }) => Promise<Buffer>

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Where Chromium lives: UITKIJK_CHROMIUM or CHROMIUM_PATH, else the usual Debian/Ubuntu paths. */
export function chromiumPath(): string | null {
  const env = process.env.UITKIJK_CHROMIUM ?? process.env.CHROMIUM_PATH
  if (env && existsSync(env)) return env
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

/** Renders self-contained HTML (no network: every request is refused) to an A4 PDF with Chromium. */
export const chromiumPdf: PdfRenderer = async (html, opts = {}) => {
  const exe = chromiumPath()
  if (!exe)
    throw new Error(
      'Geen Chromium gevonden om een PDF te maken. Installeer chromium of zet UITKIJK_CHROMIUM op het pad ervan.'
    )
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: exe,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update'
    ]
  })
  try {
    const page = await browser.newPage()
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort()
    )
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({
      format: 'A4',
      landscape: opts.landscape ?? false,
      printBackground: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' }
    })
  } finally {
    await browser.close()
  }
}

let renderer: PdfRenderer = chromiumPdf

/** The desktop host swaps in Electron's printToPDF here. */
export function setPdfRenderer(r: PdfRenderer): void {
  renderer = r
}

/** Renders HTML to PDF with the current renderer. */
export function renderPdf(html: string, opts?: { landscape?: boolean }): Promise<Buffer> {
  return renderer(html, opts)
}
