/**
 * Sparse features for the learned layer: Dutch stems (natural's Porter stemmer) marked for negation and quotes,
 * stem bigrams, the tags present and the rule ids that fired. Rules as features let the model learn when to
 * trust them (a slur inside counter-speech, an insult in game talk).
 */
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_nl.js'
import type { Tag } from './tags.ts'
import type { Prepared } from './text.ts'

const stemCache = new Map<string, string>()

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
  for (const r of rules) out.add('r:' + r)
  out.add('bias')
  return [...out]
}
