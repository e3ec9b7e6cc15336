/**
 * Detectors for personal information (doxxing, pupils' details) and media posted without consent.
 * Patterns run on the raw text so offsets point at exactly what the officer must hide or report.
 */
import { spanOf, type Findings } from './findings.ts'
import type { Tag } from './tags.ts'
import type { Prepared } from './text.ts'

const MOBILE = /(?:\+31|0031|(?<![\d+]))[\s-]?\(?0?\)?6[\s-]?(?:\d[\s-]?){7}\d(?!\d)/g
const LANDLINE = /(?<![\d+])0[1-9]\d{1,2}[\s-]?\d{6,7}(?!\d)/g
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/giu
const POSTCODE = /\b[1-9]\d{3}\s?(?!SS|SA|SD)[A-Z]{2}\b/g
const STREET =
  /\b\p{Lu}[\p{L}-]+(?:straat|weg|laan|plein|gracht|dreef|kade|singel|hof|pad|dijk|baan|steeg|park|erf|ring|boulevard|markt)\s\d{1,4}\s?[a-zA-Z]?\b/gu
const NINE_DIGITS = /(?<![\d-])\d{3}[ .]?\d{3}[ .]?\d{3}(?![\d-])/g
const BIRTH =
  /\b(geboren|geb\.|geboortedatum|jarig op|born)\s*(op|on|:)?\s*(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (?:19|20)\d{2})/giu
const CLASS_CODE = /^(?:[1-6](?:[a-h]\d?|havo|vwo|vmbo|mavo|gym|atheneum|tl|kb|bb|h|v|m)\d?|klas)$/i
const GRADES =
  /\b(cijfer|cijfers|onvoldoende|gezakt|zakt|blijft zitten|zittenblijver|een [1-5]([.,]\d)? voor|rapport)\b/
const MEDICAL =
  /\b(adhd|autisme|autist|depressie|depressief|zwanger|anorexia|boulimia|epilepsie|diabetes|psychose|psychiatrie|opgenomen in|suïcidaal|zelfmoordpoging|snijdt zichzelf|ritalin|hiv|soa|kanker|chemo|psycholoog|eetstoornis|burn-?out)\b/
const CONTACT_OWN =
  /^(info|administratie|receptie|contact|secretariaat|noreply|no-reply)@|@almerecollege\.nl$/i
const HELPLINE =
  /\b(bel|bereikbaar|receptie|administratie|secretariaat|kantooruren|informatie|info)\b/

const INSTITUTIONAL =
  /\b(inspectie|inspectierapport|kwaliteitszorg|aanbod|lesaanbod|locatie|afdeling|onderwijskwaliteit|oordeel|beoordeelt|beoordeeld|examenresultaten|slagingspercentage)\b/

/** Normalised text of the sentence that contains a character offset. */
function sentenceOf(p: Prepared, offset: number): string {
  const t = p.tokens.find((x) => x.start === offset)
  if (!t) return ''
  return p.tokens
    .filter((x) => x.sentence === t.sentence)
    .map((x) => x.norm)
    .join(' ')
}

/** BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function isValidBsn(digits: string): boolean {
  const d = digits.replace(/\D/g, '')
  if (d.length !== 9 || /^0+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i)
  sum -= Number(d[8])
  return sum % 11 === 0
}

/** Personal information: phone, e-mail, address, BSN, birth date, name + class, grades, medical details. */
export function detectPersonalInfo(
  p: Prepared,
  tags: Set<Tag>[],
  sentiment: number,
  f: Findings
): void {
  const t = p.text
  const lower = p.normText
  const helpline = HELPLINE.test(lower)
  for (const m of t.matchAll(MOBILE)) f.add('personal_info', 0.85, 'phone_mobile', [span(m)])
  for (const m of t.matchAll(LANDLINE))
    f.add('personal_info', helpline ? 0.25 : 0.6, 'phone_landline', [span(m)])
  for (const m of t.matchAll(EMAIL))
    f.add('personal_info', CONTACT_OWN.test(m[0]) ? 0.2 : 0.7, 'email', [span(m)])
  for (const m of t.matchAll(POSTCODE)) {
    const near = t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 15)
    const houseNumber = /\b\d{1,4}\s?[a-z]?\b/.test(near.replace(m[0], ''))
    f.add('personal_info', houseNumber ? 0.8 : 0.45, 'postcode', [span(m)])
  }
  for (const m of t.matchAll(STREET)) f.add('personal_info', 0.8, 'street_address', [span(m)])
  for (const m of t.matchAll(NINE_DIGITS)) {
    if (!isValidBsn(m[0])) continue
    const said = /\b(bsn|burgerservicenummer|sofi)/i.test(t)
    f.add('personal_info', said ? 0.95 : 0.6, 'bsn', [span(m)])
  }
  for (const m of t.matchAll(BIRTH)) f.add('personal_info', 0.75, 'birth_date', [span(m)])

  const person = tags.some((s) => s.has('name') || s.has('staff'))
  const thirdPerson = tags.some((s) => s.has('third'))
  // A grade is personal only when it is said of a person in the same sentence; "de inspectie beoordeelt de
  // kwaliteitszorg als onvoldoende" is about the school.
  const grade = GRADES.exec(lower)
  const gradeSpan = grade ? phraseSpan(p, grade[0]) : []
  if (grade && gradeSpan.length && !INSTITUTIONAL.test(sentenceOf(p, gradeSpan[0].start))) {
    const g = p.tokens.findIndex((t) => t.start === gradeSpan[0].start)
    const near = (tag: 'name' | 'staff' | 'third') =>
      tags.some(
        (s, j) =>
          s.has(tag) && p.tokens[j].sentence === p.tokens[g].sentence && Math.abs(j - g) <= 8
      )
    const named = near('name') || near('staff')
    if (named || near('third')) f.add('personal_info', named ? 0.62 : 0.45, 'grades', gradeSpan)
  }
  const med = MEDICAL.exec(lower)
  const fundraiser =
    /\b(kwf|fundraiser|sponsorloop|inzamel|actie voor|onderzoek naar|strijd tegen|alpe d)/.test(
      lower
    )
  const curse = med?.[0] === 'kanker' && /\b(de kanker|krijg|krijgen|kanker op)\b/.test(lower)
  if (med && (person || thirdPerson) && !curse && !(med[0] === 'kanker' && fundraiser))
    f.add('personal_info', person ? 0.66 : 0.45, 'medical', phraseSpan(p, med[0]))
  // A pupil's first name next to a class code ("Sanne uit 3B", "Mo (2c)"): on its own ordinary school news
  // ("Gefeliciteerd Sanne uit 3B"), serious next to other details or in a hostile post.
  const otherPi = f.conf.has('personal_info')
  const hostile =
    sentiment < -0.2 || ['bullying', 'threat', 'harassment'].some((c) => f.conf.has(c as 'threat'))
  // In a hostile post without other details the name and class make the pupil a target: the abuse is the
  // finding and the class code stays second (below any abuse category).
  const abuse = Math.max(
    ...(['bullying', 'threat', 'harassment'] as const).map((c) => f.conf.get(c) ?? 0)
  )
  const nameClassConf = otherPi
    ? 0.78
    : hostile
      ? abuse > 0
        ? Math.min(0.5, abuse - 0.1)
        : 0.5
      : 0.38
  const toks = p.tokens
  for (let i = 0; i < toks.length; i++) {
    if (!CLASS_CODE.test(toks[i].norm)) continue
    if (toks[i].norm === 'klas' && !(toks[i + 1] && /^[1-6]/.test(toks[i + 1].norm))) continue
    for (let j = Math.max(0, i - 4); j <= Math.min(toks.length - 1, i + 4); j++) {
      if (j !== i && tags[j].has('name') && toks[j].sentence === toks[i].sentence) {
        const a = Math.min(i, j)
        const b = Math.max(i, j) + (toks[i].norm === 'klas' ? 1 : 0)
        f.add('personal_info', nameClassConf, 'name_class', [
          spanOf(toks.slice(a, Math.min(b, toks.length - 1) + 1))
        ])
        break
      }
    }
  }
}

const RECORD_STRONG =
  /\b(stiekem|kleedkamer|kleedkamers|douche|douches|toilet|wc|zonder toestemming|naakt|naaktfoto'?s?|nudes|upskirt|onder de rok|omkleden)\b/
const RECORD_WEAK =
  /\b(gefilmd|filmen|filmde|gefotografeerd|foto|foto's|fotootje|filmpje|filmpjes|video|opname|opgenomen|screenshot|kijk wat|van de klas|in de les|tijdens de les|snap|story)\b/
const CONSENT =
  /\b(met toestemming|toestemming (gegeven|gevraagd)|mogen gebruiken|beeldrecht geregeld|ouders akkoord)\b/

/** Media without consent: a media item together with recording words; strong cues also fire without media. */
export function detectMedia(p: Prepared, media: boolean, tags: Set<Tag>[], f: Findings): void {
  const lower = p.normText
  const strong = RECORD_STRONG.exec(lower)
  const weak = RECORD_WEAK.exec(lower)
  if (!strong && !weak) return
  const consent = CONSENT.test(lower) ? 0.3 : 1
  const person = tags.some((s) => s.has('name') || s.has('staff') || s.has('third'))
  const boost = person ? 0.1 : 0
  const hit = (strong ?? weak) as RegExpExecArray
  const spans = phraseSpan(p, hit[0])
  if (media) {
    const base = strong ? 0.82 : 0.42
    f.add(
      'media_without_consent',
      (base + boost) * consent,
      strong ? 'media_recording_strong' : 'media_recording',
      spans
    )
  } else if (strong && weak) {
    f.add('media_without_consent', (0.6 + boost) * consent, 'recording_text', spans)
  }
}

function span(m: RegExpMatchArray): { start: number; end: number } {
  const lead = m[0].length - m[0].trimStart().length
  return { start: (m.index ?? 0) + lead, end: (m.index ?? 0) + m[0].trimEnd().length }
}

/** Span of the first tokens whose norms spell out a phrase found in normText. */
export function phraseSpan(p: Prepared, phrase: string): { start: number; end: number }[] {
  const words = phrase.split(' ')
  for (let i = 0; i + words.length <= p.tokens.length; i++) {
    if (words.every((w, k) => p.tokens[i + k].norm === w))
      return [{ start: p.tokens[i].start, end: p.tokens[i + words.length - 1].end }]
  }
  return []
}
