/**
 * Detectors for personal information (doxxing, pupils' details) and media posted without consent.
 * Patterns run on the raw text so offsets point at exactly what the officer must hide or report.
 */
import { spanOf, type Findings } from './findings.ts'
import { LEX } from './lexicon.ts'
import type { Tag } from './tags.ts'
import type { Prepared } from './text.ts'

/**
 * A Dutch mobile number. With its 06 or +31 prefix the digits may be split by up to three spaces, dots, dashes or
 * slashes ("06 - 98 76 54 32", "06.11.22.33.44"); without the leading 0 only by single spaces or dashes, so a list
 * of grades ("6.1 8.2 7.5 …") is not read as a number.
 */
const MOBILE =
  /(?:(?:\+31|0031)[\s.-]{0,3}\(?0?\)?|(?<![\d+.,])0)6(?:[\s./-]{0,3}\d){8}(?!\d)|(?<![\d+.,])6[\s-]?(?:\d[\s-]?){7}\d(?!\d)/g
const LANDLINE = /(?<![\d+])0[1-9]\d{1,2}[\s-]?\d{6,7}(?!\d)/g
/** A landline written in groups ("036 - 523 45 67", "0320 12 34 56"): ten digits in all, checked in code. */
const LANDLINE_GROUPED = /(?<![\d+])0[1-9]\d{1,2}(?:[\s.-]{1,3}\d{2,4}){2,4}(?!\d)/g
/** A phone number said in words: "nul zes, twee drie vier, ...". */
const DIGIT_WORD = '(nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)'
const PHONE_WORDS = new RegExp(`\\bnul[\\s,.-]+zes(?:[\\s,.-]+${DIGIT_WORD}\\b){6,}`, 'giu')
/** Login details passed on: "wachtwoord van magister van meester jansen is Welkom2024!". */
const CREDENTIAL =
  /\b(wachtwoord|password|passwoord|ww|pincode|inlogcode|inloggegevens|login)\b.{0,40}?(\bis\b|=|:)\s*\S{4,}/iu
/** A street in lower case with a number, said to be where someone lives ("lives at veerkade 8"). */
const HOME_STREET_LOWER =
  /\b(woont|woont op|woont aan|lives at|lives on|adres is|address is|huisadres)\b.{0,15}?\b[a-z][a-z-]+(straat|weg|laan|plein|gracht|dreef|kade|singel|hof|pad|dijk|baan|steeg|park|erf|ring)\s\d{1,4}\b/u
/** A private social account handed out: "insta van de nieuwe stagiaire is @lisa.priv.22, volgen maar". */
const PRIVATE_HANDLE =
  /\b(insta|instagram|snap|snapchat|tiktok|priv[ée]-?(insta|account)|priveaccount|private account)\b (van|of) .{1,40}\b(is|:)\s*@[\p{L}\d_.]+/iu
/** A list or file of pupils' details passed round ("klassenlijst met adressen staat online"). */
const LEAKED_LIST =
  /\b(klassenlijst|adressenlijst|ledenlijst|cijferlijst|telefoonlijst|leerlingdossier|dossier|leerlinglijst|lijst met (alle )?(adressen|nummers|telnrs|telefoonnummers|namen))\b.{0,80}\b(gelekt|online|rond|gedeeld|op (insta|tiktok|snap|twitter|x)|in de (groeps)?app|uitgelekt|openbaar|leaked)\b|\b(gelekt|uitgelekt|leaked)\b.{0,40}\b(klassenlijst|adressenlijst|cijferlijst|dossier|lijst)\b/
/** A full date with a birth year of a pupil's age, said on a birthday. */
const BIRTHDAY_DATE = /\b\d{1,2}[-/.]\d{1,2}[-/.](19[89]\d|20[01]\d)\b/
const BIRTHDAY_WORDS =
  /\b(jarig|verjaardag|gefeliciteerd|hoera|happy birthday|bday|jaar (alweer|oud|geworden))\b/
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/giu
const POSTCODE = /\b[1-9]\d{3}\s?(?!SS|SA|SD)[A-Z]{2}\b/g
const STREET =
  /\b\p{Lu}[\p{L}-]+(?:straat|weg|laan|plein|gracht|dreef|kade|singel|hof|pad|dijk|baan|steeg|park|erf|ring|boulevard|markt)\s\d{1,4}\s?[a-zA-Z]?\b/gu
const NINE_DIGITS = /(?<![\d-])\d{3}[ .]?\d{3}[ .]?\d{3}(?![\d-])/g
const BIRTH =
  /\b(geboren|geb\.|geboortedatum|jarig op|born)\s*(op|on|:)?\s*(\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (?:19|20)\d{2})/giu
const CLASS_CODE =
  /^(?:[1-6](?:[a-h]\d?|havo|vwo|vmbo|mavo|gym|atheneum|tl|kb|bb|h|v|m)(?:-?[a-h])?\d?|[hvm][1-6][a-h]?|klas)$/i
// normText splits "2,3" into "2 3".
const GRADES =
  /\b(cijfer|cijfers|cijferlijst|onvoldoende|onvoldoendes|gezakt|zakt|blijft zitten|zittenblijver|(een|n) [1-9]( \d)? (voor|op|gemiddeld)|[1-9] \d (voor|op|gemiddeld)|gemiddeld (een )?[1-5]( \d)?|rapport|rapportcijfers?)\b/
/** A number that reads as a school grade (1 to 10, one decimal): what makes "cijfers" specific. */
const GRADE_NUMBER = /\b([1-9]|10) \d (voor|op|gemiddeld)\b|\been [1-5] (voor|op)\b/
/** Saying it for laughs: the grade shared to shame. */
const MOCKING =
  /\b(haha+|hahaha+|lol|lmao|sukkel|dom|dombo|domme|dommerik|loser|mislukt|mislukte|kneus|slechtste|wat een|hopeloos)\b|😂|🤣|💀/u
const MEDICAL =
  /\b(adhd|autisme|autistisch|autist|dyslexie|dyslectisch|depressie|depressief|zwanger|anorexia|boulimia|epilepsie|diabetes|psychose|psychiatrie|psychiatrische|psychiater|opgenomen in (een|de) (kliniek|instelling|ziekenhuis|ggz|jeugdzorg|psychiatrische)|kliniek|ggz|suïcidaal|zelfmoordpoging|snijdt zichzelf|automutilatie|ritalin|concerta|antidepressiva|medicijnen|medicatie|hiv|soa|kanker|chemo|psycholoog|therapie|eetstoornis|burn-?out|rugzakje|pgb|pregnant|depressed|depression|autism|autistic|cancer|rehab|eating disorder|self-harm|self harm|in therapy|on meds)\b/
/** "Noah is opgenomen": admitted to hospital or care, not recorded, and not taken into a team or a list. */
const ADMITTED =
  /(?:^|[\s,.!?])(hij|zij|ze|[\p{L}]+) (is|wordt|werd|ligt) (weer |al |nu |sinds kort )?opgenomen\b(?! in (het|de|ons|onze) (team|selectie|elftal|koor|band|programma|rooster|lijst|boek|archief))/u
/** Care, youth-protection and justice details: as private as a diagnosis when said of a named pupil. */
const CARE_LEGAL =
  /\b(jeugdzorg|jeugdzorginstelling|gesloten (jeugd)?(zorg)?instelling|jeugdinrichting|jeugdgevangenis|gevangenis|tbs|pleeggezin|pleegzorg|pleegouders|pleegkind|uit huis geplaatst|uithuisplaatsing|ondertoezichtstelling|onder toezicht|jeugdreclassering|reclassering|voogd|voogdij|uit de ouderlijke macht|enkelband|taakstraf|jeugdbescherming|veilig thuis|schuldhulp|voedselbank)\b/
const CONTACT_OWN =
  /^(info|administratie|receptie|contact|secretariaat|noreply|no-reply|roosters?|verzuim|ziekmelding|ouders|leerlingzaken|examens?|mediatheek|planning|zorg|bestuur)@|@almerecollege\.nl$/i
const HELPLINE =
  /\b(bel|bellen|belt|bereikbaar|receptie|administratie|secretariaat|kantooruren|informatie|info|verzuimlijn|verzuim|ziekmelding|ziekmeldingen|ziekte|telefonisch|afmelden|mail naar|mailen naar)\b/
/** A person the details could belong to: someone named, he/she, you, or words that say someone lives there. */
const LIVES =
  /\b(woont|wonen|woonde|thuisadres|huisadres|ga maar langs|privénummer|prive ?nummer|privé ?nummer|privéadres|prive ?adres|privé ?adres|(zijn|haar|z'n|d'r|hun) (vaste |eigen |mobiele )?(huis|adres|nummer|telefoonnummer|mail|mailadres|e-mail))\b/
/** The address is a venue: the school's own, an event, a shop, a meeting point. */
const VENUE =
  /\b(ons adres|onze school|onze locatie|locatie|(adres|locatie|gebouw) van (de|het|onze) (school|college)|schooladres|schoolgebouw|open dag|markt|kerstmarkt|kraam|parkeren|ingang|gebouw|hoofdgebouw|bezoekadres|postadres|kom langs|welkom|aula|sporthal|expositie|tentoonstelling|voorstelling|bijeenkomst|informatieavond|ouderavond)\b/
/** Praise that names a pupil: ordinary school news, not a leak ("Emma uit 2A heeft gewonnen, gefeliciteerd"). */
const CONGRATS =
  /\b(gefeliciteerd|proficiat|felicitaties|feliciteren|gewonnen|winnaar|winnares|trots|knap|goed gedaan|top gedaan|eerste plaats|geselecteerd|kampioen|bravo|applaus|well done|congrats|congratulations)\b/

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

/** Digits only for phone numbers, lower case without spaces for the rest: how contact details are compared. */
function contactKey(s: string): string {
  const digits = s.replace(/\D/g, '')
  return digits.length >= 9 && !/\p{L}{3}/u.test(s) ? digits : s.toLowerCase().replace(/\s+/g, '')
}

/** True when a found detail is one of the school's own public contact details (or on its domain). */
function isSchoolContact(found: string, own: string[]): boolean {
  const k = contactKey(found)
  return own.some((o) => {
    const ok = contactKey(o)
    if (!ok) return false
    // "almerecollege.nl" covers every address on the school's domain.
    if (!ok.includes('@') && ok.includes('.') && !/^\d+$/.test(ok))
      return k.endsWith('@' + ok) || k === ok
    return k === ok || (/^\d+$/.test(k) && k.endsWith(ok.replace(/^0/, '')) && ok.length >= 9)
  })
}

/**
 * Personal information: phone, e-mail, address, BSN, birth date, name + class, grades, medical details.
 * `schoolContact` lists the school's own public address, phone numbers and e-mail domain: never a leak.
 */
export function detectPersonalInfo(
  p: Prepared,
  tags: Set<Tag>[],
  sentiment: number,
  f: Findings,
  schoolContact: string[] = []
): void {
  const t = p.text
  const lower = p.normText
  const helpline = HELPLINE.test(lower)
  const own = (m: RegExpMatchArray) => {
    if (!isSchoolContact(m[0].trim(), schoolContact)) return false
    f.note('school_contact')
    return true
  }
  // Whose details these are: without a person in sight, an address or landline is a venue or an office.
  // The street itself is capitalised and so tagged as a name: it is not the person.
  const places = [...t.matchAll(STREET), ...t.matchAll(POSTCODE)].map(span)
  const inPlace = (i: number) =>
    places.some((x) => p.tokens[i].start >= x.start && p.tokens[i].end <= x.end)
  const person =
    tags.some((s, i) => (s.has('name') || s.has('third') || s.has('second')) && !inPlace(i)) ||
    LIVES.test(lower)
  const venue = VENUE.test(lower) && !LIVES.test(lower)
  const addressConf = venue ? 0.2 : person ? 0.8 : 0.35
  for (const m of t.matchAll(MOBILE))
    if (!own(m)) f.add('personal_info', 0.85, 'phone_mobile', [span(m)])
  for (const m of t.matchAll(LANDLINE))
    if (!own(m))
      f.add('personal_info', helpline ? 0.25 : person ? 0.6 : 0.4, 'phone_landline', [span(m)])
  for (const m of t.matchAll(LANDLINE_GROUPED)) {
    const digits = m[0].replace(/\D/g, '')
    if (digits.length !== 10 || digits.startsWith('06') || own(m)) continue
    if (/^0[1-9]\d{1,2}[\s-]?\d{6,7}$/.test(m[0])) continue // already read as LANDLINE
    f.add('personal_info', helpline ? 0.25 : person ? 0.6 : 0.4, 'phone_landline', [span(m)])
  }
  for (const m of t.matchAll(PHONE_WORDS)) f.add('personal_info', 0.8, 'phone_words', [span(m)])
  const cred = CREDENTIAL.exec(t)
  // A guest wifi password on a poster is not someone's login.
  if (cred && !/\b(wifi|wi-fi|gastnetwerk|netwerk|gastaccount)\b/i.test(t))
    f.add('personal_info', 0.75, 'credential', [span(cred)])
  const homeStreet = HOME_STREET_LOWER.exec(t)
  if (homeStreet) f.add('personal_info', 0.78, 'street_address', [span(homeStreet)])
  const handle = PRIVATE_HANDLE.exec(t)
  if (handle) f.add('personal_info', 0.6, 'private_handle', [span(handle)])
  const leak = LEAKED_LIST.exec(lower)
  if (leak) f.add('personal_info', 0.75, 'leaked_list', phraseSpan(p, leak[0]))
  const bday = BIRTHDAY_DATE.exec(t)
  if (bday && BIRTHDAY_WORDS.test(lower)) f.add('personal_info', 0.6, 'birth_date', [span(bday)])
  for (const m of t.matchAll(EMAIL))
    if (!own(m)) f.add('personal_info', CONTACT_OWN.test(m[0]) ? 0.2 : 0.7, 'email', [span(m)])
  // The postcode that follows the school's own street is part of the school's address.
  const ownStreets = [...t.matchAll(STREET)].filter((m) =>
    isSchoolContact(m[0].trim(), schoolContact)
  )
  for (const m of t.matchAll(POSTCODE)) {
    const afterOwn = ownStreets.some((o) => m.index > o.index && m.index - o.index < 40)
    if (afterOwn) f.note('school_contact')
    if (afterOwn || own(m)) continue
    const near = t.slice(Math.max(0, m.index - 40), m.index + m[0].length + 15)
    const houseNumber = /\b\d{1,4}\s?[a-z]?\b/.test(near.replace(m[0], ''))
    f.add('personal_info', houseNumber ? addressConf : 0.45 * addressConf, 'postcode', [span(m)])
  }
  for (const m of t.matchAll(STREET))
    if (!own(m)) f.add('personal_info', addressConf, 'street_address', [span(m)])
  for (const m of t.matchAll(NINE_DIGITS)) {
    if (!isValidBsn(m[0])) continue
    const said = /\b(bsn|burgerservicenummer|sofi)/i.test(t)
    f.add('personal_info', said ? 0.95 : 0.6, 'bsn', [span(m)])
  }
  for (const m of t.matchAll(BIRTH)) f.add('personal_info', 0.75, 'birth_date', [span(m)])

  const namedPerson = tags.some((s) => s.has('name') || s.has('staff'))
  // Praise counts unless the post also carries abuse (sarcastic "gefeliciteerd, loser").
  const abusive = ['bullying', 'threat', 'harassment'].some((c) => f.conf.has(c as 'threat'))
  const congrats = CONGRATS.test(lower) && (sentiment >= 0 || !abusive)
  const thirdPerson = tags.some((s) => s.has('third'))
  // A grade is personal only when it is said of a person in the same sentence; "de inspectie beoordeelt de
  // kwaliteitszorg als onvoldoende" is about the school.
  const grade = GRADES.exec(lower)
  const gradeSpan = grade ? phraseSpan(p, grade[0]) : []
  // "cijfers aangepast" without a grade or a pupil is an accusation about staff, not a pupil's result.
  const specificGrade =
    GRADE_NUMBER.test(lower) ||
    /\b([1-9]|10)[.,]\d\b/.test(t) ||
    /\b(rapport|cijferlijst)\b/.test(lower)
  if (grade && gradeSpan.length && !INSTITUTIONAL.test(sentenceOf(p, gradeSpan[0].start))) {
    const g = p.tokens.findIndex((t) => t.start === gradeSpan[0].start)
    const near = (tag: 'name' | 'staff' | 'third') =>
      tags.some(
        (s, j) =>
          s.has(tag) && p.tokens[j].sentence === p.tokens[g].sentence && Math.abs(j - g) <= 8
      )
    const pupil = near('name')
    const named = pupil || (near('staff') && specificGrade)
    // A good result praised in public ("hoogste cijfer van de klas, knap gedaan") is school news, not a leak.
    if (congrats) f.note('grades_praise')
    else if (named || (near('third') && specificGrade)) {
      const mocked = MOCKING.test(lower + ' ' + t)
      f.add('personal_info', named ? (mocked ? 0.72 : 0.62) : 0.45, 'grades', gradeSpan)
      // Shared to laugh at: the pupil is being shamed, not only exposed.
      if (mocked && pupil) f.add('bullying', 0.6, 'grades_mocked', gradeSpan)
    }
  }
  // Only a pronoun or a known first name is admitted somewhere; "de les is opgenomen" was recorded.
  const admM = ADMITTED.exec(t)
  const adm =
    admM && (/^(hij|zij|ze)$/.test(admM[1]) || LEX.names.has(admM[1].toLowerCase())) ? admM : null
  const med = MEDICAL.exec(lower) ?? adm
  const fundraiser =
    /\b(kwf|fundraiser|sponsorloop|inzamel|actie voor|onderzoek naar|strijd tegen|alpe d)/.test(
      lower
    )
  const curse = med?.[0] === 'kanker' && /\b(de kanker|krijg|krijgen|kanker op)\b/.test(lower)
  if (med && (namedPerson || thirdPerson) && !curse && !(med[0] === 'kanker' && fundraiser))
    f.add(
      'personal_info',
      namedPerson ? 0.66 : 0.45,
      'medical',
      med === adm ? [span(med)] : phraseSpan(p, med[0])
    )
  // Youth care and justice only with a named person: "zit in de gevangenis" alone may be about anyone.
  const care = CARE_LEGAL.exec(lower)
  const pupilNamed = tags.some((s) => s.has('name'))
  if (care && (pupilNamed || (thirdPerson && /\b(uit|van) (klas )?[1-6]/.test(lower))))
    f.add('personal_info', pupilNamed ? 0.68 : 0.5, 'care_legal', phraseSpan(p, care[0]))
  // A pupil's first name next to a class code ("Sanne uit 3B", "Mo (2c)"): on its own ordinary school news
  // ("Gefeliciteerd Sanne uit 3B"), serious next to other details or in a hostile post.
  const otherPi = (f.conf.get('personal_info') ?? 0) >= 0.3
  const hostile = (sentiment < -0.2 && !congrats) || abusive
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
        // Praise is a feature for the learned layer, not a finding.
        if (congrats && nameClassConf === 0.38) {
          f.note('name_class_praise')
          break
        }
        f.add('personal_info', nameClassConf, 'name_class', [
          spanOf(toks.slice(a, Math.min(b, toks.length - 1) + 1))
        ])
        break
      }
    }
  }
}

/** Filmed or photographed without the person knowing. */
const COVERT =
  /\b(stiekem|zonder toestemming|zonder (dat|da) (ze|hij|zij|die|hun|hem|haar) (het )?(wist|weet|wisten|weten|doorhad|doorhadden|merkte|merkten|zag)|(had|hadden|heeft|hebben) (het|dat) niet door|(weet|wist|weten|wisten) (het )?niet dat (ik|we|wij) (film|filmde|filmen|opnam|opneem|opnemen|foto|fotografeer)|niet door dat|denkt dat niemand (kijkt|het ziet)|heimelijk|verborgen camera|undercover|secretly|without (her|his|their|my) (consent|permission|knowing))\b/
/** Places and states where a recording is private by nature. */
const PRIVATE =
  /\b(kleedkamer|kleedkamers|douche|douches|onder de douche|toilet|toiletten|wc|naakt|naaktfoto'?s?|nudes|upskirt|onder de rok|omkleden|omkleedt|omkleedde|in (haar|zijn) ondergoed)\b/
const RECORD =
  /\b(gefilmd|filmen|filmde|gefotografeerd|foto|foto's|fotootje|filmpje|filmpjes|video|opname|opgenomen|opnam|geluidsopname|screenshot|story|vastgelegd|filmed|recorded|photo|video|pic)\b/
/** Where a recording of a person becomes a lesson or school moment rather than a public event. */
const SETTING =
  /\b(in de les|tijdens de les|van de klas|in de klas|in het lokaal|gymles|tijdens gym|in de pauze|in class|in de gang|in de kantine)\b/
/** Showing someone off for laughs or passing it round. */
const SHOW =
  /\b(kijk wat|kijk hoe|moet je zien|delen|deel dit|doorsturen|haha+|lol|lmao)\b|💀|😂|🤣/u
/** A fight only happens between people: a video of one shows identifiable pupils. */
const FIGHT = /\b(ruzie|gevecht|vechtpartij|knokpartij|matpartij|klappen|fight)\b/
/** People the picture could show ("die gast", "de stagiaire"), beyond names and pronouns. */
const PERSON_NOUN =
  /\b(die |deze |dat |de |het |that |this |the )?(gast|jongen|meisje|leerling|leerlingen|klasgenoot|klasgenoten|docent|leraar|lerares|juf|meester|mentor|stagiaire|stagiair|conciërge|kind|kinderen|vriendin|vriend|brugklasser|meneer|mevrouw|klas|teacher|girl|boy|student|students)\b/
/** Things, places and events a picture can show, which "hij" or "zij" may then refer to. */
const THING =
  /\b(aula|gebouw|schoolgebouw|sporthal|gymzaal|kantine|lokaal|plein|schoolplein|bank|fiets|scooter|auto|bus|telefoon|laptop|taart|boom|tuin|kunstwerk|muurschildering|schilderij|poster|zonsondergang|lucht|regenboog|website|trofee|beker|bord|kluisje|bibliotheek|mediatheek|podium|decor|zaal|school|vlag|hond|kat)\b/
const CONSENT =
  /\b(met toestemming|toestemming (gegeven|gevraagd|gaven|geven|hebben gegeven)|(gaven|gaf|geven|heeft|hebben) (allemaal )?toestemming|mogen gebruiken|mocht van|mochten van|mag van|beeldrecht geregeld|ouders akkoord|akkoord van|die toestemming)\b/

/**
 * Media without consent: a recording of a person in a private setting or filmed covertly, or a person
 * recorded in class and shown for laughs. A picture of a thing, a place or an event, or one taken with
 * consent, is ordinary school life.
 */
export function detectMedia(p: Prepared, media: boolean, tags: Set<Tag>[], f: Findings): void {
  const lower = p.normText
  const covert = COVERT.exec(lower)
  const priv = PRIVATE.exec(lower)
  const rec = RECORD.exec(lower)
  const show = SHOW.test(lower + ' ' + p.text)
  const fight = FIGHT.test(lower)
  if (!covert && !priv && !(media && (rec || show || fight))) return
  const consent = CONSENT.test(lower) && !/\bzonder toestemming\b/.test(lower)
  const noun = PERSON_NOUN.exec(lower)
  // "Filmpje van de nieuwe aula, wat is hij mooi geworden": hij/zij after a thing and no person is the thing.
  const thingBefore = (i: number) => {
    const before = p.tokens
      .slice(0, i)
      .map((x) => x.norm)
      .join(' ')
    return (
      THING.test(before) &&
      !PERSON_NOUN.test(before) &&
      !tags.slice(0, i).some((s) => s.has('name') || s.has('staff'))
    )
  }
  const identifiable =
    tags.some((s, i) => s.has('name') || s.has('staff') || (s.has('third') && !thingBefore(i))) ||
    fight ||
    (noun !== null &&
      noun[1] !== undefined &&
      !/^(klas|leerlingen|kinderen|students)$/.test(noun[2]))
  const person = identifiable || noun !== null
  const hit = covert ?? priv ?? rec
  const spans = hit ? phraseSpan(p, hit[0]) : []
  const damp = consent ? 0.3 : 1
  if (media) {
    let conf = 0
    let rule = 'media_recording'
    if (covert || priv) {
      conf = 0.82 + (person ? 0.1 : 0)
      rule = 'media_recording_strong'
    } else if (identifiable && (fight || show || (rec && SETTING.test(lower)))) conf = 0.55
    else if (person && rec) conf = 0.35
    if (!conf) {
      f.note('media_no_person')
      return
    }
    f.add('media_without_consent', conf * damp, rule, spans)
  } else if ((covert || priv) && rec) {
    f.add('media_without_consent', (0.6 + (person ? 0.1 : 0)) * damp, 'recording_text', spans)
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
