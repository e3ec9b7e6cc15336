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
const CONDITION = /^(anders|tenzij|zodra|voordat|if|unless|else|or)$/
/** "als" opens a condition when a subject follows ("als je nog één keer…"), not in "als buurvrouw". */
const ALS_SUBJECT = /^(je|jij|u|ik|hij|ze|zij|we|wij|jullie|die|dat|het|er|iemand|m|ie)$/
const FIRST_PERSON = /^(ik|k|we|wij|i|we've|ive|i've)$/
const KNOW = /^(weet|weten|ken|kennen|know|knows|zag|gezien|saw)$/
const PLACE =
  /^(huis|huisje|straat|adres|deur|voordeur|route|fiets|auto|scooter|kluisje|zus|zusje|broer|broertje|moeder|vader|oma|hond|kat|werk|school|house|street|car|sister|brother|mom|dog|home)$/
const POLITE_MENACE = /🙂|😇|😘|😈|👀|🤫|😏|⚰️|🔪|🔥/u

/**
 * Function words carry no risk on their own; as single-word features they let a small model learn its writers'
 * style ("maar" and "hele" were threat words after training on short written threats, lifting an ordinary
 * inspection post to middel). They stay in the bigrams ("wacht maar", "let maar op"), and the person words
 * threats need (ik, je, jij, u, hem …) stay as words.
 */
const FUNCTION_WORDS = new Set(
  (
    'aan af al alles als altijd andere bij daar dan dat de der deze die dit doch door dus een eens en er ' +
    'geweest had heb hebben heeft het hier hoe iemand iets in is ja kan kon kunnen maar meer men met moet ' +
    'na naar nog nu of om omdat ook op over reeds te toch toen tot uit van veel voor want waren was wat wel ' +
    'werd wezen wil worden zal zei zelf zich zo zou hele heel even gewoon nou hoor eigenlijk ' +
    'the a an and but or to of in on at for with is are was be so just it this that'
  ).split(' ')
)

/**
 * Being addressed or named is no risk on its own ("Ken jij een goede wiskundedocent?" scored 0.91 as a threat
 * when "jij" and the second-person tag were features by themselves: most written threats address someone,
 * most written negatives do not). Who is targeted reaches the model only combined with what is said: the
 * bigrams ("maak je", "jij bent") and the x:/c: cue pairs below.
 */
const PERSON_TAGS = new Set<Tag>(['second', 'third', 'name'])
const PERSON_WORDS = new Set(
  'je jij jou jouw u uw jullie hem haar hij zij ze m ie you your u ur him her he she they them'.split(
    ' '
  )
)

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
    if (!FUNCTION_WORDS.has(t.norm) && !PERSON_WORDS.has(t.norm)) out.add(mark + s)
    if (!t.quoted) {
      if (prev && prevSentence === t.sentence) out.add('b:' + prev + '_' + s)
      for (const tag of tags[i]) present.add(tag)
      if (!t.negated) for (const tag of tags[i]) if (!PERSON_TAGS.has(tag)) out.add('tag:' + tag)
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
  const condition =
    has(CONDITION) || norms.some((w, i) => w === 'als' && ALS_SUBJECT.test(norms[i + 1] ?? ''))
  // Knowing needs a first-person knower ("ik weet waar je woont", "weet ik"): "Ken jij een goede docent?" asks.
  const know = norms.some(
    (w, i) =>
      KNOW.test(w) &&
      (FIRST_PERSON.test(norms[i - 1] ?? '') || FIRST_PERSON.test(norms[i + 1] ?? ''))
  )
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
