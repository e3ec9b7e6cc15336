/**
 * Sentiment from natural's Dutch pattern lexicon (Cornetto polarities), read directly from its JSON so the
 * analyzer module (which loads every language and natural's index helpers) stays out of the engine.
 */
import dutchPattern from 'natural/lib/natural/sentiment/Dutch/pattern-sentiment-nl.json' with { type: 'json' }
import type { Tag } from './tags.ts'
import type { Prepared } from './text.ts'

const POLARITY = new Map<string, number>()
for (const [word, entry] of Object.entries(dutchPattern as Record<string, { polarity: string }>)) {
  const v = Number(entry.polarity)
  if (v) POLARITY.set(word.toLowerCase(), v)
}
// Cornetto reads "trots" as haughty; in school posts it is nearly always pride in someone.
for (const [w, v] of [
  ['trots', 0.6],
  ['geselecteerd', 0.4],
  ['gefeliciteerd', 0.7]
] as const)
  POLARITY.set(w, v)
const EMOJI: Record<string, number> = {
  '😡': -0.8,
  '🤬': -0.9,
  '🤮': -0.8,
  '😢': -0.5,
  '😭': -0.5,
  '💩': -0.6,
  '🔪': -0.6,
  '😍': 0.8,
  '❤️': 0.8,
  '❤': 0.8,
  '👍': 0.5,
  '🎉': 0.7,
  '😂': 0.2,
  '🙏': 0.4,
  '💪': 0.5,
  '🏆': 0.7,
  '🥇': 0.7
}
const TAG_VALUE: Partial<Record<Tag, number>> = {
  insult: -0.8,
  slur: -0.9,
  hate: -0.8,
  dehum: -0.9,
  violence: -0.7,
  attr: -0.5,
  profanity: -0.3,
  weapon: -0.4
}

/** Sentiment -1..1: mean polarity of the words that carry any, flipped inside a negation scope. */
export function sentimentOf(p: Prepared, tags: Set<Tag>[]): number {
  let sum = 0
  let n = 0
  p.tokens.forEach((t, i) => {
    if (t.quoted) return
    let v = POLARITY.get(t.norm) ?? EMOJI[t.raw] ?? 0
    for (const tag of tags[i]) v = Math.min(v, TAG_VALUE[tag] ?? 0)
    if (!v) return
    sum += t.negated ? -v * 0.5 : v
    n++
  })
  if (!n) return 0
  return Math.max(-1, Math.min(1, sum / Math.sqrt(n)))
}
