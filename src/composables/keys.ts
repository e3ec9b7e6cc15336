/** Pure keyboard logic, shared by the lists and unit-tested without a DOM. */

/** Where j/k/Home/End move the active row of a list of `count` rows (returns null for other keys). */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(count - 1, current + 1)
    case 'k':
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, current - 1)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** Two-key "go to" shortcuts of the app (g then a letter), route per letter. */
export const GO_SHORTCUTS: Record<string, string> = {
  o: '/',
  b: '/berichten',
  m: '/meldingen',
  d: '/discussies',
  r: '/bronnen',
  i: '/instellingen'
}

/** Whether a key event comes from a field where letters are text, not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null
  if (!el?.tagName) return false
  return el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
}
