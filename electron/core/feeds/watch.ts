/**
 * Watch terms and exclusions for mention sources: phrase-aware, case- and diacritic-insensitive, on whole words.
 * "Almere College" matches "almere-college" and "#AlmereCollege"; "Almere" alone does not match it.
 * A trailing * matches word prefixes ("pest*" → pesten, pestkop).
 */

export interface WatchMatch {
  keep: boolean
  /** Watch terms that matched (outside any exclusion). */
  matched: string[]
  /** Exclusion terms that matched. */
  excluded: string[]
}

interface Token {
  word: string
  start: number
}

/** Lower-case, no diacritics, words split on anything that is not a letter or digit. */
function tokenize(text: string): Token[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const out: Token[] = []
  let i = 0
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], start: i++ })
  return out
}

interface Term {
  raw: string
  words: string[]
  prefix: boolean
}

function compile(term: string): Term | null {
  const prefix = /\*\s*$/.test(term)
  const words = tokenize(term.replace(/\*/g, ' ')).map((t) => t.word)
  return words.length ? { raw: term, words, prefix } : null
}

/** Token index ranges [start, end) where the term occurs. */
function occurrences(tokens: Token[], term: Term): [number, number][] {
  const out: [number, number][] = []
  const n = term.words.length
  const last = n - 1
  const eq = (tok: string, w: string, isLast: boolean) =>
    tok === w || (isLast && term.prefix && tok.startsWith(w))
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true
    for (let j = 0; j < n && ok; j++) ok = eq(tokens[i + j].word, term.words[j], j === last)
    if (ok) out.push([i, i + n])
  }
  // A phrase written as one word: hashtags and handles (#AlmereCollege, @almere_college).
  if (n > 1) {
    const joined = term.words.join('')
    tokens.forEach((t, i) => {
      if (t.word === joined || (term.prefix && t.word.startsWith(joined))) out.push([i, i + 1])
    })
  }
  return out
}

/**
 * Decide whether a post passes a source's watch terms and exclusions. With no watch terms everything passes unless
 * an exclusion matches. An exclusion removes the watch-term occurrences it covers ("Almere City" hides the
 * "Almere" in it), so a post that also names the watched term elsewhere is still kept: a missed post costs more
 * than an extra one.
 */
export function matchesWatch(
  text: string,
  watchTerms: string[],
  excludeTerms: string[]
): WatchMatch {
  const tokens = tokenize(text)
  const covered = new Set<number>()
  const excluded: string[] = []
  for (const raw of excludeTerms) {
    const term = compile(raw)
    if (!term) continue
    const occ = occurrences(tokens, term)
    if (occ.length) excluded.push(raw)
    for (const [a, b] of occ) for (let i = a; i < b; i++) covered.add(i)
  }
  const terms = watchTerms.map(compile).filter((t): t is Term => t !== null)
  if (terms.length === 0) return { keep: excluded.length === 0, matched: [], excluded }
  const matched: string[] = []
  for (const term of terms) {
    const free = occurrences(tokens, term).some(([a, b]) => {
      for (let i = a; i < b; i++) if (covered.has(i)) return false
      return true
    })
    if (free) matched.push(term.raw)
  }
  return { keep: matched.length > 0, matched, excluded }
}
