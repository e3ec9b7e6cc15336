/**
 * URL normalisation for dedupe: two links that show the same post compare equal.
 */

const TRACKING_PARAMS =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|ref_src|yclid|ocid)$/i

/**
 * Normalise a link: lower-case scheme and host, no default port, no tracking parameters (utm_*, fbclid, gclid…),
 * sorted query, no fragment, no trailing slash. Returns null for anything that is not an http(s) URL.
 */
export function normaliseLink(link: string | null | undefined, base?: string): string | null {
  if (!link) return null
  let url: URL
  try {
    url = new URL(link.trim(), base)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  if (url.pathname.length > 1 && url.pathname.endsWith('/'))
    url.pathname = url.pathname.replace(/\/+$/, '') || '/'
  const kept = [...url.searchParams].filter(([k]) => !TRACKING_PARAMS.test(k))
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  url.search = new URLSearchParams(kept).toString()
  let out = url.href
  // Scheme differences (http vs https) are the same post for dedupe purposes.
  out = out.replace(/^https?:\/\//, '//')
  if (out.endsWith('/')) out = out.slice(0, -1)
  return out
}

/** Resolve a possibly relative URL against a base; null when it cannot be an http(s) URL. */
export function absoluteUrl(link: string | null | undefined, base?: string): string | null {
  if (!link) return null
  try {
    const url = new URL(link.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
