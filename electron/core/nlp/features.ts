/**
 * Sparse features for the learned layer: Dutch stems (natural's Porter stemmer) marked for negation and quotes,
 * stem bigrams, the tags present and the rule ids that fired. Rules as features let the model learn when to
 * trust them (a slur inside counter-speech, an insult in game talk).
 */
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_nl.js'
import type { Tag } from './tags.ts'
import type { Prepared } from './text.ts'

const stemCache = new Map<string, string>()

/**
 * Cues that veiled threats share without sharing words: time ahead, a condition, knowing where someone is, their
 * places and people, and the polite emoji that make it menacing. Combined with who is addressed, they give the
 * learned layer something to generalise from ("hoop voor je dat je goed kan zwemmen 🙂").
 */
const FUTURE =
  /^(gaat|gaan|ga|zal|zullen|straks|morgen|binnenkort|vanavond|vannacht|maandag|dinsdag|woensdag|donderdag|vrijdag|weekend|will|gonna|tomorrow|tonight|soon|next)$/
const CONDITION = /^(als|anders|tenzij|zodra|voordat|if|unless|else|or)$/
const KNOW = /^(weet|weten|ken|kennen|know|knows|zag|gezien|saw)$/
const PLACE =
  /^(huis|huisje|straat|adres|deur|voordeur|route|fiets|auto|scooter|kluisje|zus|zusje|broer|broertje|moeder|vader|oma|hond|kat|werk|school|house|street|car|sister|brother|mom|dog|home)$/
const POLITE_MENACE = /🙂|😇|😘|😉|😈|👀|🤫|😏|⚰️|🔪|🔥/u

function stem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = /^\p{L}+$/u.test(word) && word.length > 3 ? stemmer.stem(word) : word
    if (stemCache.size < 100_000) stemCache.set(word, s)
  }
  return s
}

/** Feature names for one post (duplicates removed). */
export function featuresOf(p: Prepared, tags: Set<Tag>[], rules: Iterable<string>): string[] {
  const out = new Set<string>()
  let prev = ''
  let prevSentence = -1
  const present = new Set<Tag>()
  p.tokens.forEach((t, i) => {
    if (t.kind === 'number') return
    const mark = t.quoted ? 'q:' : t.negated ? 'n:' : 'w:'
    const s = stem(t.norm)
    out.add(mark + s)
    if (!t.quoted) {
      if (prev && prevSentence === t.sentence) out.add('b:' + prev + '_' + s)
      for (const tag of tags[i]) present.add(tag)
      if (!t.negated) for (const tag of tags[i]) out.add('tag:' + tag)
    }
    prev = s
    prevSentence = t.sentence
  })
  const targets = ['identity', 'second', 'third', 'name'] as const
  const cues = [
    'insult',
    'attr',
    'hate',
    'dehum',
    'violence',
    'profanity',
    'harm',
    'weapon'
  ] as const
  for (const a of targets)
    if (present.has(a)) for (const c of cues) if (present.has(c)) out.add('x:' + a + '+' + c)
  const norms = p.tokens.filter((t) => !t.quoted).map((t) => t.norm)
  const has = (re: RegExp) => norms.some((w) => re.test(w))
  const target = present.has('second') || present.has('third') || present.has('name')
  const future = has(FUTURE)
  const condition = has(CONDITION)
  const know = has(KNOW)
  const place = has(PLACE)
  const menace = POLITE_MENACE.test(p.text)
  const harm = present.has('harm') || present.has('violence') || present.has('weapon')
  if (target && future) out.add('c:target+future')
  if (target && condition) out.add('c:target+condition')
  if (target && menace) out.add('c:target+menace')
  if (know && place) out.add('c:know+place')
  if (know && target) out.add('c:know+target')
  if (target && harm && (future || condition)) out.add('c:target+harm+when')
  if (menace && harm) out.add('c:menace+harm')
  if (place && target && (future || condition)) out.add('c:place+target+when')
  for (const r of rules) out.add('r:' + r)
  out.add('bias')
  return [...out]
}
