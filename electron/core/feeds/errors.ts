/**
 * Feed errors as values: a plain Dutch message for the officer and a technical detail for the log.
 */

export const FEED_ERROR_CODES = [
  'dns',
  'refused',
  'reset',
  'timeout',
  'tls',
  'http_401',
  'http_403',
  'http_404',
  'http_410',
  'http_429',
  'http_5xx',
  'http_other',
  'too_large',
  'too_many_redirects',
  'bad_redirect',
  'bad_url',
  'decompress',
  'not_a_feed',
  'parse',
  'encoding',
  'aborted',
  'network'
] as const
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number]

export interface FeedError {
  code: FeedErrorCode
  /** Plain Dutch, shown to the communications officer. */
  message: string
  /** Technical, for the log (error codes, status lines, parser messages). */
  detail: string
  httpStatus?: number
}

interface MessageContext {
  /** Replaces the standard Dutch message when a case needs a more precise one. */
  message?: string
  httpStatus?: number
  timeoutMs?: number
  maxBytes?: number
}

function mebibytes(bytes: number): string {
  const mib = bytes / (1024 * 1024)
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB`
}

function dutchMessage(code: FeedErrorCode, ctx: MessageContext): string {
  switch (code) {
    case 'dns':
      return 'Het adres van deze bron bestaat niet (de servernaam is onbekend). Controleer de spelling van het adres.'
    case 'refused':
      return 'De server van deze bron weigert de verbinding. Misschien is de site tijdelijk uit de lucht.'
    case 'reset':
      return 'De verbinding met de server van deze bron werd onderbroken. We proberen het later opnieuw.'
    case 'timeout':
      return `De server van deze bron reageerde niet binnen ${Math.round((ctx.timeoutMs ?? 30_000) / 1000)} seconden.`
    case 'tls':
      return 'De beveiligde verbinding (https) met deze bron klopt niet: het certificaat is ongeldig of verlopen.'
    case 'http_401':
      return 'Deze bron vraagt om in te loggen (401). Uitkijk leest alleen openbare feeds.'
    case 'http_403':
      return 'De server weigert Uitkijk de toegang tot deze bron (403). Misschien blokkeert de site automatische lezers.'
    case 'http_404':
      return 'Deze bron is niet gevonden (404). Controleer het adres; misschien is de feed verhuisd.'
    case 'http_410':
      return 'Deze bron bestaat niet meer (410): verwijder hem of zoek een nieuw adres.'
    case 'http_429':
      return 'De server vraagt Uitkijk minder vaak te komen (429). We wachten en proberen het later opnieuw.'
    case 'http_5xx':
      return `De server van deze bron heeft een storing (${ctx.httpStatus ?? '5xx'}). We proberen het later opnieuw.`
    case 'http_other':
      return `De server van deze bron gaf een onverwacht antwoord (${ctx.httpStatus ?? 'onbekend'}).`
    case 'too_large':
      return `Deze bron is te groot (meer dan ${mebibytes(ctx.maxBytes ?? 10 * 1024 * 1024)}). Kies een feed met minder berichten.`
    case 'too_many_redirects':
      return 'Deze bron stuurt Uitkijk te vaak door naar een ander adres (of in een kringetje). Zoek het juiste feedadres op.'
    case 'bad_redirect':
      return 'Deze bron stuurt door naar een adres dat Uitkijk niet kan openen (alleen http en https zijn toegestaan).'
    case 'bad_url':
      return 'Dit is geen geldig webadres. Een feedadres begint met http:// of https://.'
    case 'decompress':
      return 'De server van deze bron stuurde beschadigde (ingepakte) gegevens. We proberen het later opnieuw.'
    case 'not_a_feed':
      return "Dit adres geeft een webpagina, geen feed. Gebruik 'Probeer nu' met een preset of zoek de RSS-link op de site."
    case 'parse':
      return 'De feed van deze bron is zo beschadigd dat Uitkijk hem niet kan lezen, ook niet na reparatie.'
    case 'encoding':
      return 'De tekens in deze feed kunnen niet worden gelezen (onbekende tekenset).'
    case 'aborted':
      return 'Het ophalen van deze bron is afgebroken.'
    case 'network':
      return 'Er ging iets mis met de netwerkverbinding naar deze bron. We proberen het later opnieuw.'
  }
}

/** Build a FeedError with its Dutch message for the given code. */
export function feedError(
  code: FeedErrorCode,
  detail: string,
  ctx: MessageContext = {}
): FeedError {
  const error: FeedError = { code, message: ctx.message ?? dutchMessage(code, ctx), detail }
  if (ctx.httpStatus !== undefined) error.httpStatus = ctx.httpStatus
  return error
}

/** Map an HTTP error status to a FeedError. */
export function httpStatusError(status: number, statusText = ''): FeedError {
  const detail = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`
  let code: FeedErrorCode = 'http_other'
  if (status === 401) code = 'http_401'
  else if (status === 403) code = 'http_403'
  else if (status === 404) code = 'http_404'
  else if (status === 410) code = 'http_410'
  else if (status === 429) code = 'http_429'
  else if (status >= 500 && status <= 599) code = 'http_5xx'
  return feedError(code, detail, { httpStatus: status })
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'EPROTO'
])

/** Classify a Node socket/TLS/zlib error into a FeedError. */
export function networkError(err: unknown, timeoutMs?: number): FeedError {
  const e = err as { code?: string; message?: string; name?: string }
  const code = e?.code ?? ''
  const detail = `${code ? `${code}: ` : ''}${e?.message ?? String(err)}`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return feedError('dns', detail)
  if (code === 'ECONNREFUSED') return feedError('refused', detail)
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE')
    return feedError('reset', detail)
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT')
    return feedError('timeout', detail, { timeoutMs })
  if (
    TLS_CODES.has(code) ||
    code.startsWith('ERR_TLS') ||
    code.startsWith('ERR_SSL') ||
    /certificate/i.test(detail)
  )
    return feedError('tls', detail)
  if (
    code === 'Z_DATA_ERROR' ||
    code === 'Z_BUF_ERROR' ||
    code.startsWith('ERR_BROTLI') ||
    code === 'Z_NEED_DICT'
  )
    return feedError('decompress', detail)
  if (e?.name === 'AbortError' || code === 'ABORT_ERR') return feedError('aborted', detail)
  return feedError('network', detail)
}

/** True for errors worth retrying later (the source may recover on its own). */
export function isTransient(error: FeedError): boolean {
  return [
    'dns',
    'refused',
    'reset',
    'timeout',
    'http_429',
    'http_5xx',
    'decompress',
    'network'
  ].includes(error.code)
}

/** A FeedError as a throwable, for APIs that return a value or reject (the parse worker). */
export class FeedFailure extends Error implements FeedError {
  readonly code: FeedErrorCode
  readonly detail: string
  readonly httpStatus?: number

  constructor(error: FeedError) {
    super(error.message)
    this.name = 'FeedFailure'
    this.code = error.code
    this.detail = error.detail
    if (error.httpStatus !== undefined) this.httpStatus = error.httpStatus
  }

  /** The plain FeedError value (structured-clone safe). */
  toFeedError(): FeedError {
    const e: FeedError = { code: this.code, message: this.message, detail: this.detail }
    if (this.httpStatus !== undefined) e.httpStatus = this.httpStatus
    return e
  }
}
