/**
 * Per-token tags the detectors reason over: which lexicon a word belongs to and what kind of target it names.
 */
import { GLUE_WORDS, IDENTITY_PHRASES, LEX, type Lexicon } from './lexicon.ts'
import { matchKeys } from './findings.ts'
import { lexKey, type Prepared } from './text.ts'

export type Tag =
  | 'insult'
  | 'slur'
  | 'attr'
  | 'hate'
  | 'dehum'
  | 'violence'
  | 'weapon'
  | 'profanity'
  | 'menace'
  | 'harm'
  | 'identity'
  | 'second'
  | 'third'
  | 'self'
  | 'name'
  | 'staff'
  | 'firstSubject'

const SECOND = new Set([
  'je',
  'jij',
  'jou',
  'jullie',
  'u',
  'you',
  'your',
  "je'",
  'jouw',
  'ur',
  "you're",
  'youre'
])
const THIRD = new Set([
  'hij',
  'zij',
  'ze',
  'hem',
  'haar',
  'hun',
  'hen',
  'he',
  'she',
  'him',
  'her',
  'they',
  'them',
  "he's",
  "she's",
  "they're",
  // chat forms: "sleep m achter de gymzaal", "denkt dat ie erbij hoort"
  'm',
  "'m",
  'em',
  'ie'
])
const SELF = new Set(['ik', 'k', 'me', 'mij', 'mijn', 'i', 'my', 'me'])
const FIRST_SUBJECT = new Set(['ik', 'k', 'we', 'wij', "i'll", 'i', 'we'])
const STAFF_TITLES = new Set([
  'meneer',
  'mevrouw',
  'mevr',
  'mr',
  'juf',
  'meester',
  'docent',
  'docente',
  'leraar',
  'lerares',
  'mentor',
  'rector',
  'conrector',
  'directeur',
  'directrice',
  'conciërge',
  'teamleider',
  'gymleraar',
  'teacher'
])
/** Capitalised words that are places, brands or organisations, not people. */
const NOT_NAMES = new Set(
  'almere college city fc buiten haven stad poort ajax psv feyenoord fortnite minecraft roblox fifa valorant instagram tiktok snapchat youtube facebook whatsapp kwf nos rtl omroep flevoland nederland amsterdam utrecht lelystad god jezus allah engels duits frans nederlands wiskunde biologie geschiedenis aardrijkskunde economie scheikunde natuurkunde latijn grieks spaans havo vwo vmbo mavo kerst pasen ramadan suikerfeest maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(
    ' '
  )
)
const WORDLIKE_NAMES = new Set([
  'max',
  'roos',
  'iris',
  'jade',
  'amber',
  'mees',
  'bas',
  'kim',
  'mark',
  'sem'
])
const SUFFIXES = new Set(['je', 'te', 'de', 'al', 'zo'])
const MESSAGING = /^(ge)?app(en|t|te|ten|je|jes|jen|ie|s)?$/
const GLUE = GLUE_WORDS.map((w) => lexKey(w))
const LEXICAL: [Tag, Lexicon][] = [
  ['slur', LEX.slur],
  ['insult', LEX.insult],
  ['dehum', LEX.dehum],
  ['hate', LEX.hate],
  ['violence', LEX.violence],
  ['weapon', LEX.weapon],
  ['attr', LEX.attr],
  ['profanity', LEX.profanity],
  ['menace', LEX.menace],
  ['harm', LEX.harm],
  ['identity', LEX.identity]
]

/** Lexical tags of one token key, trying the glued forms "eenneger", "ikhaat", "verdoemalle". */
function lexicalTags(key: string): Tag[] {
  const out: Tag[] = []
  for (const [tag, lex] of LEXICAL) if (lex.match(key)) out.push(tag)
  // Compound weapons: "gaspistool", "alarmpistool", "luchtbuks", "honkbalknuppel" (keys: doubled letters cut).
  if (
    !out.length &&
    key.length > 7 &&
    /(pistol|gewer|knupel|revolver|buks|machete|stiletjo)$/.test(key)
  )
    out.push('weapon')
  if (out.length || key.length < 5) return out
  for (const g of GLUE) {
    // "-je" at the end is the Dutch diminutive (nichtje, potje), "-te"/"-de" an inflection (meeste, beste):
    // never a glued word.
    const rest = key.startsWith(g)
      ? key.slice(g.length)
      : key.endsWith(g) && !SUFFIXES.has(g)
        ? key.slice(0, -g.length)
        : null
    if (!rest || rest.length < 3) continue
    for (const [tag, lex] of LEXICAL) if (lex.has(rest)) out.push(tag)
    if (out.length) {
      if (g === 'ik' || g === 'we' || g === 'wij') out.push('firstSubject', 'self')
      return out
    }
  }
  return out
}

const cache = new Map<string, Tag[]>()

/** Tags for every token of a prepared post, index-aligned with `p.tokens`. */
export function tagTokens(p: Prepared): Set<Tag>[] {
  const tags = p.tokens.map((t, i) => {
    const s = new Set<Tag>()
    if (t.kind === 'emoji' || t.kind === 'number') return s
    // "appen" (to text) collapses to the key of "apen" (apes), one letter from "wapen".
    if (MESSAGING.test(t.norm)) return s
    let lexical = cache.get(t.key)
    if (!lexical) {
      lexical = lexicalTags(t.key)
      if (cache.size < 50_000) cache.set(t.key, lexical)
    }
    for (const x of lexical) s.add(x)
    if (SECOND.has(t.norm)) s.add('second')
    if (THIRD.has(t.norm)) s.add('third')
    if (SELF.has(t.norm)) s.add('self')
    if (FIRST_SUBJECT.has(t.norm)) s.add('firstSubject')
    if (STAFF_TITLES.has(t.norm) || /(leraar|lerares|docent|docente)$/.test(t.norm)) s.add('staff')
    if (t.kind === 'mention') s.add('name')
    const prev = p.tokens[i - 1]
    const capitalised = /^\p{Lu}\p{Ll}/u.test(t.raw)
    // Chat is written in lower case: a known first name opening a sentence is still a name ("fleur zit in ..."),
    // unless it is also an everyday word (max, roos, jade).
    const opensSentence = !prev || prev.sentence !== t.sentence
    if (LEX.names.has(t.norm) && (capitalised || (opensSentence && !WORDLIKE_NAMES.has(t.norm))))
      s.add('name')
    else if (
      capitalised &&
      prev &&
      prev.sentence === t.sentence &&
      prev.kind !== 'mention' &&
      !s.size &&
      !NOT_NAMES.has(t.norm)
    ) {
      // A capitalised word inside a sentence is most likely a name, unless it is an identity term (Moslims).
      s.add('name')
    }
    return s
  })
  for (const re of IDENTITY_PHRASES)
    for (const m of matchKeys(p, re)) for (let i = m.from; i <= m.to; i++) tags[i].add('identity')
  return tags
}
