/**
 * Text preparation for Dutch social media: Unicode-aware tokens with offsets, leet and repeated-letter
 * normalisation, spaced-out words ("k a n k e r"), quotes and negation scope.
 * natural's Dutch tokenizer splits on [^a-z0-9] and so breaks `ideeën` and `één`; this one keeps every letter.
 */

export interface Token {
  /** Text as written. */
  raw: string
  /** Lower-case, NFC, leet mapped, runs of 3+ equal letters cut to 2. */
  norm: string
  /** `norm` with every run of equal letters cut to one: the lexicon key (`kankerrr`, `vermorden` → `vermorden`). */
  key: string
  start: number
  end: number
  /** Sentence (clause group) number, split on . ! ? ; and line breaks. */
  sentence: number
  /** Inside a negation scope ("geen sukkel", "haat ze niet"). */
  negated: boolean
  /** Negated by a negator shortly before it ("geen sukkel"); nouns use this, since a clause-final "niets"
   * negates the verb, not the subject ("Sletten kunnen helemaal niets"). */
  negatedAhead: boolean
  /** Inside quotation marks: someone else's words. */
  quoted: boolean
  kind: 'word' | 'mention' | 'hashtag' | 'number' | 'emoji'
}

export interface Prepared {
  text: string
  tokens: Token[]
  /** Token norms joined by single spaces, for phrase regexes over normalised text. */
  normText: string
  /** Start offset in normText of each token. */
  normOffsets: number[]
}

const TOKEN_RE =
  /[@#]?[\p{L}\p{M}\p{N}_]+(?:['’\-.][\p{L}\p{M}\p{N}_]+)*|\p{Extended_Pictographic}|[.!?;\n"“”„«»]/gu
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's'
}
const NEGATORS = new Set([
  'niet',
  'geen',
  'nooit',
  'niemand',
  'niets',
  'nergens',
  'noch',
  'not',
  'never',
  'no',
  "don't",
  "isn't",
  "aren't",
  "won't"
])
/** Words that end a negation scope: a new clause starts. */
const CLAUSE_BREAKS = new Set([
  'dat',
  'maar',
  'omdat',
  'want',
  'als',
  'wie',
  'but',
  'that',
  'because'
])
const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»'])
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n'])

/** Cut runs of 3+ equal letters to 2 (`heeeel` → `heel`). */
function squeeze3(s: string): string {
  return s.replace(/(\p{L})\1{2,}/gu, '$1$1')
}

/** Cut every run of equal letters to one; lexicon keys use this so doubled or tripled letters never matter. */
export function lexKey(s: string): string {
  return s.replace(/(\p{L})\1+/gu, '$1')
}

function mapLeet(s: string): string {
  // Only inside words that mix letters and digits, and never class codes (3b, 4havo) or postcodes.
  if (!/\p{L}/u.test(s) || !/[0-9$]/.test(s)) return s
  if (/^\d+[a-z]{1,5}\d?$/.test(s) || /^\d{4}[a-z]{2}$/.test(s)) return s
  return s.replace(/[013457$]/g, (c) => LEET[c] ?? c)
}

function mapLeetAll(s: string): string {
  return s.toLowerCase().replace(/[013457$]/g, (c) => LEET[c] ?? c)
}

/** Normalise one token's text the way the lexicons expect it. */
export function normWord(raw: string): string {
  const s = raw.normalize('NFC').toLowerCase().replace(/’/g, "'")
  // Handles are names: keep their digits.
  if (s.startsWith('@')) return s.slice(1)
  return squeeze3(mapLeet(s.startsWith('#') ? s.slice(1) : s))
}

/**
 * Tokenise and annotate a post. Runs of 3+ single letters separated by one space are joined into one word,
 * so `v r o u w e n` reads as `vrouwen`.
 */
export function prepare(text: string): Prepared {
  const found: { raw: string; start: number; end: number }[] = []
  // "vr!3s", "n!et": an exclamation mark between letters or digits is a letter i (same length, offsets hold).
  const scan = text.includes('!') ? text.replace(/(?<=[\p{L}\d])!(?=[\p{L}\d])/gu, 'i') : text
  for (const m of scan.matchAll(TOKEN_RE))
    found.push({ raw: m[0], start: m.index, end: m.index + m[0].length })
  const merged: typeof found = []
  for (let i = 0; i < found.length; i++) {
    let j = i
    while (
      j + 1 < found.length &&
      isSingleLetter(found[j].raw) &&
      isSingleLetter(found[j + 1].raw) &&
      found[j + 1].start === found[j].end + 1
    )
      j++
    if (j - i >= 2) {
      const start = found[i].start
      const end = found[j].end
      merged.push({ raw: text.slice(start, end).replace(/ /g, ''), start, end })
      i = j
    } else merged.push(found[i])
  }

  // Three or more leet words ("m3vr0uw", "w33t", "g44t") make "3r" read as "er", not a class code.
  const leetHeavy =
    merged.filter(
      (f) => /\p{L}/u.test(f.raw) && /[0-9]/.test(f.raw) && normWord(f.raw) !== f.raw.toLowerCase()
    ).length >= 3
  const tokens: Token[] = []
  let sentence = 0
  let quoted = false
  for (const f of merged) {
    if (QUOTE_CHARS.has(f.raw)) {
      quoted =
        f.raw === '“' || f.raw === '„' || f.raw === '«'
          ? true
          : f.raw === '”' || f.raw === '»'
            ? false
            : !quoted
      continue
    }
    if (SENTENCE_END.has(f.raw)) {
      sentence++
      continue
    }
    const norm =
      leetHeavy && /^\d[a-z]$/.test(f.raw.toLowerCase()) ? mapLeetAll(f.raw) : normWord(f.raw)
    const kind: Token['kind'] = f.raw.startsWith('@')
      ? 'mention'
      : f.raw.startsWith('#')
        ? 'hashtag'
        : /^\p{Extended_Pictographic}$/u.test(f.raw)
          ? 'emoji'
          : /^[\d.,-]+$/.test(f.raw)
            ? 'number'
            : 'word'
    tokens.push({
      raw: f.raw,
      norm,
      key: lexKey(norm),
      start: f.start,
      end: f.end,
      sentence,
      negated: false,
      negatedAhead: false,
      quoted,
      kind
    })
  }
  // An unclosed straight quote is more likely an apostrophe-like glitch than a quote: undo it.
  if (quoted)
    for (const t of tokens) if (t.quoted && !text.slice(0, t.start).match(/[“„«]/)) t.quoted = false
  for (const [a, b] of singleQuoted(text))
    for (const t of tokens) if (t.start >= a && t.end <= b) t.quoted = true
  markNegation(tokens)

  let normText = ''
  const normOffsets: number[] = []
  let prevSentence = 0
  for (const t of tokens) {
    // A bar between sentences keeps phrase regexes from matching across them.
    if (t.sentence !== prevSentence) normText += ' |'
    prevSentence = t.sentence
    if (normText) normText += ' '
    normOffsets.push(normText.length)
    normText += t.norm
  }
  return { text, tokens, normText, normOffsets }
}

/**
 * Spans inside single quotes ('vieze loser', ‘ga dood’): Dutch writers quote someone else's words this way as
 * often as with double quotes. Contractions ('s nachts, 't, 'n) and in-word apostrophes (zo'n, foto's) are not
 * quotes, so a quote must open at a word start and close at a word end on the same line.
 */
function singleQuoted(text: string): [number, number][] {
  if (!/['‘’]/.test(text)) return []
  const out: [number, number][] = []
  for (const m of text.matchAll(SINGLE_QUOTE)) {
    if (/^(s|t|n|k|m|r)\s/i.test(m[2])) continue
    const a = m.index + m[1].length
    out.push([a, a + m[2].length + 2])
  }
  return out
}

const SINGLE_QUOTE = /(^|[\s([:;,.!?-])['‘]([^'‘’\n]{1,100}?)['’](?=$|[\s.,!?;:)\]…-])/gu

function isSingleLetter(s: string): boolean {
  return s.length === 1 && /\p{L}/u.test(s)
}

/**
 * Dutch puts the negator before the word it negates ("geen sukkel", "niet dom") or at the end of the clause
 * ("ik haat ze niet"). So: the next 3 words are negated, and a clause-final negator negates its whole clause.
 */
function markNegation(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].norm === 'tegenovergestelde' && tokens[i + 1]?.norm === 'van') {
      for (let j = i + 2; j < Math.min(tokens.length, i + 4); j++)
        tokens[j].negated = tokens[j].negatedAhead = true
      continue
    }
    if (!NEGATORS.has(tokens[i].norm)) continue
    // "niets dan minachting", "niets anders dan", "niets erger dan", "niet beter dan": a comparison, not a negation.
    const next = tokens[i + 1]?.norm
    if (next === 'dan' || next === 'anders' || tokens[i + 2]?.norm === 'dan') continue
    const s = tokens[i].sentence
    let j = i + 1
    for (; j < tokens.length && j <= i + 3 && tokens[j].sentence === s; j++) {
      if (CLAUSE_BREAKS.has(tokens[j].norm)) break
      tokens[j].negated = true
      tokens[j].negatedAhead = true
    }
    const clauseFinal = i + 1 >= tokens.length || tokens[i + 1].sentence !== s
    if (clauseFinal) {
      for (let k = i - 1; k >= 0 && tokens[k].sentence === s; k--) {
        tokens[k].negated = true
        if (CLAUSE_BREAKS.has(tokens[k].norm)) break
      }
    }
  }
}

const NL_WORDS = new Set(
  'de het een en van ik je jij is niet dat die op te zijn met voor wat er maar ook als bij nog wel naar heb hij zij ze we wij geen deze dit om uit zo al dan mijn jullie hoe waarom school'.split(
    ' '
  )
)
const EN_WORDS = new Set(
  'the a an and of i you is not that this on to be with for what but also as at still have he she they we no these my your how why are was were it school'.split(
    ' '
  )
)

/** Dutch unless clearly more English function words than Dutch ones. */
export function detectLanguage(tokens: Token[]): 'nl' | 'en' {
  let nl = 0
  let en = 0
  for (const t of tokens) {
    if (NL_WORDS.has(t.norm)) nl++
    if (EN_WORDS.has(t.norm)) en++
  }
  return en > nl + 1 ? 'en' : 'nl'
}
