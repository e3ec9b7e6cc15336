import DOMPurify from 'dompurify'
import { isSafeExternalUrl } from '@shared/security'

/**
 * Post HTML comes from strangers on the internet. The engine sanitised it already, but the renderer never trusts
 * that: everything that reaches v-html passes through here, with a strict allowlist (text formatting, lists,
 * quotes, links). Links keep their address only in data-href (opened through openExternal after a scheme check),
 * so a click can never navigate the app window. Images become a text placeholder: the CSP forbids remote images
 * and a tracking pixel must not even be attempted.
 */
const ALLOWED_TAGS = [
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'p', 'br', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'span', 'div',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'figure', 'figcaption', 'small', 'sub', 'sup'
]
const ALLOWED_ATTR = ['title', 'data-href', 'data-placeholder', 'alt']
/** Media survive sanitising without any source (nothing loads) only to be swapped for a placeholder. */
const MEDIA = ['img', 'picture', 'video', 'audio']

let purifier: ReturnType<typeof DOMPurify> | null = null

function build(): ReturnType<typeof DOMPurify> {
  const p = DOMPurify(window)
  p.addHook('beforeSanitizeAttributes', (node) => {
    const el = node as Element
    if (el.nodeType !== 1 || el.tagName !== 'A') return
    const href = el.getAttribute('href')
    el.removeAttribute('href')
    el.removeAttribute('data-href')
    if (isSafeExternalUrl(href)) {
      el.setAttribute('data-href', href)
      el.setAttribute('title', href)
    }
  })
  return p
}

/**
 * Renames event-handler and style attributes inside tags before parsing. Not a security measure (DOMPurify is):
 * the browser reports every inline handler it meets while parsing, even in an inert document, as a CSP violation,
 * and a hostile post would fill the console with them.
 */
function quiet(dirty: string): string {
  return dirty.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/([\s/"'])(on[a-z]+|style)\s*=/gi, '$1data-x='))
}

/** Sanitises untrusted post HTML into a string safe for v-html (see the module comment for the policy). */
export function sanitizeHtml(dirty: string): string {
  purifier ??= build()
  const frag = purifier.sanitize(quiet(dirty), {
    ALLOWED_TAGS: [...ALLOWED_TAGS, ...MEDIA],
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'textarea', 'math', 'svg', 'template'],
    FORBID_ATTR: ['style', 'href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href'],
    RETURN_DOM_FRAGMENT: true
  })
  // the fragment holds no sources and no handlers; media become a visible, inert text placeholder
  for (const el of [...frag.querySelectorAll(MEDIA.join(','))]) {
    const span = document.createElement('span')
    span.setAttribute('data-placeholder', 'media')
    const alt = el.getAttribute('alt')?.trim()
    span.textContent = alt ? `[afbeelding: ${alt.slice(0, 120)}]` : '[afbeelding]'
    el.replaceWith(span)
  }
  for (const el of [...frag.querySelectorAll('[alt]')]) el.removeAttribute('alt')
  const box = document.createElement('div')
  box.append(frag)
  return box.innerHTML
}

/** The composable form, for components: `const { sanitize } = useSanitize()`. */
export function useSanitize(): { sanitize: (dirty: string) => string } {
  return { sanitize: sanitizeHtml }
}
