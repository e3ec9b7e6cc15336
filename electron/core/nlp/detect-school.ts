/**
 * Detectors that need to know about the school: staff conduct (guideline §3.2/§3.3) and negative press (§2).
 */
import type { Findings } from './findings.ts'
import { phraseSpan } from './detect-privacy.ts'
import type { Prepared } from './text.ts'

/** Known staff and the school's own accounts, passed in by the host. */
export interface StaffRegister {
  staff: { name: string; handles: string[] }[]
  schoolAccounts: string[]
  /** The school's own public contact details (address, phone numbers, e-mail domain): never personal info. */
  schoolContact?: string[]
  /** The names the schools go by; "Almere College" is always known. */
  schoolNames?: string[]
}

/** Whether the post names one of the register's schools ("Het Baken"), in normalised text. */
function namesSchool(lower: string, reg: StaffRegister | undefined): string | null {
  for (const n of reg?.schoolNames ?? []) {
    const k = n.toLowerCase().trim()
    if (k && (` ${lower} `.includes(` ${k} `) || lower.includes(k.replace(/\s+/g, '')))) return k
  }
  return null
}

/** "Almere" alone is a city (and a football club); only these name the school itself. */
const SCHOOL =
  /\b(almere college|almerecollege|ac almere|onze school|deze school|die school|mijn school|de school|school|rector|schoolleiding|directie|docenten|leraren|collega's|leerlingen|mentoren)\b/
const OTHER_ALMERE = /\balmere (city|buiten|haven|stad|poort|pampus|duin)\b|\bacfc\b/
const DISCLOSED =
  /\b(ik werk (op|bij|aan)|als (docent|leraar|lerares|mentor|medewerker|conciërge|teamleider)|werkzaam (op|bij)|medewerker van|mijn (leerlingen|collega's|klas|school)|ik geef les)\b/
const DISCLAIMER =
  /\b(persoonlijke titel|eigen mening|mijn mening|persoonlijke mening|privé|niet namens|op eigen titel|own opinion)\b/
const OPINION =
  /\b(ik vind|vind ik|volgens mij|mijns inziens|persoonlijk|walgelijk|belachelijk|schandalig|idioot|slecht beleid|stem op|stemmen op|die partij|pvv|vvd|d66|glpvda|bbb|fvd)\b/
/**
 * A political stance taken in the school's name ("Het Almere College is tegen de nieuwe moskee"): a position
 * word together with a political subject. "Wij zijn tegen pesten" is the school's own mission, not politics.
 */
const STANCE =
  /\b((is|zijn|staat|staan) (fel |mordicus |faliekant |absoluut )?(tegen|voor|achter)|wij (vinden|steunen)|vinden wij|(steunt|steunen) .{0,40}niet|nooit (had|hadden) mogen|had nooit mogen|moet(en)? (opstappen|aftreden|verboden|weg)|(vindt|vinden) dat|(moeten|moet) (worden )?(opgepakt|opgesloten|uitgezet|verboden|gestraft|weg)|(opgepakt|opgesloten|uitgezet|verboden) (moeten|moet) worden)\b/
const POLITICAL =
  /\b(moskee|moskeeën|kerk|azc|asiel\p{L}*|vluchteling\p{L}*|migrant\p{L}*|immigratie|partij|verkiezingen|politiek|kabinet|regering|minister|burgemeester|wethouder|gemeenteraad|gemeente|staking|israël|israel|gaza|palestina|oekraïne|rusland|abortus|pvv|vvd|d66|cda|bbb|fvd|sp|glpvda|wilders|demonstrant\p{L}*|demonstratie\p{L}*|klimaat\p{L}*|stikstof|boerenprotest|palestijn\p{L}*|zionis\p{L}*|islam|lhbti\p{L}*|gender|pride|zwarte piet|vaccin\p{L}*|oorlog|links|linkse|rechts|rechtse|kiezen|stemmen|stemwijzer)\b/u
const STUDENT_CONTACT =
  /\b(volg (me|mij) (op|via) (snap|snapchat|insta|instagram|tiktok)|voeg (me|mij) toe|volg (je|jou) terug|vriendschapsverzoek|stuur (me|mij) ((maar|gerust|gewoon|even|ff) )*(een )?(dm|pb|berichtje|appje|privébericht)|dm me|app me|snap me|add me|mijn snap|mijn insta|privé ?bericht|mijn (privé)?nummer|bel me (maar )?(privé|thuis))\b/
/** Secrecy asked of a pupil: the strongest grooming signal in guideline §3.1. */
const SECRECY =
  /\b(hoeft niemand te weten|niemand hoeft (het|dit|dat) te weten|tussen ons|ons (kleine )?geheimpje|(niet|nooit) (tegen|aan) (je|jullie) (ouders|vader|moeder|mentor) (te )?(zeggen|vertellen)|(don'?t|do not) tell (your|ur) (parents|mum|mom|dad)|(between|just between) (us|you and me)|niet verder vertellen|zeg (het )?tegen niemand|vertel (het )?(aan|tegen) niemand)\b/
/** Pupils asked to the teacher's home, out drinking or partying. */
const PRIVATE_INVITE =
  /\b(samen (koffie|iets drinken|eten|lunchen|afspreken)|zin om .{0,20}(af te spreken|koffie|te chillen)|(grab|get) (a )?(coffee|drink|drinks) (with me|together)|come (over )?to my (place|house)|bij (mij|me) (thuis|langs)|naar (mijn|m'n|mn) huis|bij mij komen|mijn huis|(mee )?(stappen|borrelen|de kroeg|uitgaan|drinken|zuipen|een biertje|biertjes|een drankje)|🍻|🍺|🍷|🥂)/u
const PUPILS =
  /\b(kids|students|pupils|class|year|zag je story|je story|leerlingen|leerling|meiden|jongens|mentorklas|mijn klas|brugklassers|examenklas|mentorleerlingen|klas|[1-6] ?[a-z]{1,3})\b/
/** A teacher putting down a class or pupils. */
const PUTDOWN =
  /\b(hersenloos|hersenloze|apen|stelletje|beesten|wilden|dumbest|stupidest|idiots|morons|lazy|hopeless|useless|brainless|animals|sukkel|sukkels|dom|dommer|domste|dombo'?s|hopeloos|hopeloze|idioot|idioten|stom|stomme|stomste|achterlijk|achterlijke|lui|luie|luiste|tuig|debiel|debielen|waardeloos|waardeloze|rampklas|apenkooi|dierentuin|verloren zaak|kansloos|kansloze|niks waard|nergens goed voor|tel de dagen)\b/
/** A teacher talking about a pupil's grades, punishment or health in public. */
const PUPIL_MATTER =
  /\b(cijfer|cijfers|onvoldoende|geschorst|schorsing|incident|gevecht|vechtpartij|ruzie|gestraft|straf|nablijven|eruit gestuurd|verwijderd|thuissituatie|thuisproblemen|adhd|add|dyslexie|autisme|diagnose|medicijnen|zittenblijven|blijft zitten|gezakt)\b/
/** Voting advice or party politics from a teacher. */
const CAMPAIGN =
  /\b((stem|stemmen|kies) ((gewoon|vooral|vooral niet|niet|nooit|toch|allemaal|maar) )*op|(linkse|rechtse|linkse?|rechtse?) (partijen|partij|rakkers|kerk|gekkies|hobby)|dat zeg ik ook in de (klas|les)|in (de|mijn) (klas|les|lessen) (zeg|vertel|leer) ik)\b/
const COMPLAINT =
  /\b(klacht|klachten|schandalig|schande|slecht|slechte|belabberd|chaos|lesuitval|uitval|onveilig|onveiligheid|inspectie|zeer zwak|misstanden|misstand|ophef|boos|boze|woedend|petitie|protest|staking|kritiek|wantrouwen|onacceptabel|geen reactie|reageren niet|doen niets|doet niets|nooit meer|afraden|niet aan te raden|wordt niet aangepakt|pestprobleem|rel|rellen|incident|ontslag|fraude|bezuiniging|bezuinigingen|wachtlijst|lerarentekort|excuses|(slaan|slaat|sloegen) alarm|alarmerend|noodkreet|ziekmeldingen (onder|van|bij) (docenten|personeel|leraren|medewerkers)|(hoog|hoge) ziekteverzuim|uitgevallen|werkdruk|onrust|(veel|meer|steeds meer|tientallen|honderden|talloze) (klachten|meldingen|ziekmeldingen|ouders|leerlingen)|klachten over|zorgen over|bezorgd|onder vuur|in opspraak|onder druk|datalek|hack|gehackt|geschorst|schorsing|vechtpartij|steekpartij|politie (ingezet|ingegrepen|opgeroepen|moest)|aangifte (gedaan|tegen)|misbruik|tekortschiet|schiet tekort|rommelt|crisis|conflict|wanorde|opgestapt|exodus|leegloop|boos|woede|verontwaardiging|angry|complaints|criticism|fails|failure|scandal|chaos|schandaal|schandalen|rechtszaak|rechter|aangeklaagd|dagvaarding|onderzoek (naar|tegen)|beschuldigd|beschuldiging|beschuldigingen|gelekt|uitgelekt|(lagen|liggen|lag) op straat|intimidatie|grensoverschrijdend|wangedrag|sluiting|dreigt (te )?(sluiten|dicht)|bedreigd|mishandeling|examenfraude|examenschandaal|klokkenluider|affaire|beboet|angstcultuur|pesterijen|pestcultuur|zorgwekkend|kritisch rapport|vernietigend|faalt|falen|gefaald|nalatig|nalatigheid|verzwegen|doofpot|accused|bullying|inaction|lawsuit|sued|investigation|closure|shortage|failing|stabbing|outrage|criticised|criticized|under fire|leaked|probe|neglect|negligence|zonder [a-z]*les|(al )?(weken|maanden) zonder|zwijgt|zwijgen|blijft stil|hult zich in stilzwijgen|geschrapt|schrappen|waarom zou je je kind|stuur je kind daar niet)\b/
/** Good news told with the old bad words: a verdict lifted, a problem solved. */
const RECOVERED =
  /\b(van tafel|opgeheven|(weer |nu )?(als )?voldoende|weer op orde|opgelost|verbeterd|verbetering|van zeer zwak naar|uit de gevarenzone|afgewend|teruggedraaid|back on track|lifted|resolved|improved)\b/
const NEWS =
  /\b(nos|rtl|omroep flevoland|almere deze week|ad|telegraaf|volkskrant|nu\.nl|dichtbij|meldt|bericht van|volgens bronnen|journalist|persbericht)\b/

/** Private, after-hours socialising with pupils (guideline §3.1: staff do not become 'friends' with pupils). */
const SOCIALISING =
  /\b(gegamed|gamen|gamede|game|gechat|chatten|geappt|appen|gesnapt|snappen|feestje|gechilld|chillen)\b/
const WITH_PUPILS =
  /\b(leerlingen|leerling|mijn klas|van hen|paar van hen|brugklassers|examenklas)\b|\b\d ?[a-z]{1,4}['-]?ers\b/
const LATE = /('s|\bs) nachts|\btot (1|2|3|4|een|één|twee|drie|vier) uur\b|midden in de nacht/

/**
 * The ways an author string can name an account: "Jeroen (@meesterjeroen@flevo.social)" is the display name,
 * the full handle and the bare handle; "/u/naam" is "naam".
 */
export function authorKeys(author: string): Set<string> {
  const out = new Set<string>()
  const add = (x: string) => {
    const k = x
      .trim()
      .toLowerCase()
      .replace(/^@/, '')
      .replace(/^\/?u\//, '')
    if (k) out.add(k)
  }
  add(author)
  const display = author.replace(/\s*\(.*\)\s*$/, '')
  if (display !== author) add(display)
  for (const m of author.matchAll(/@([\p{L}\p{N}_.-]+)(@[\p{L}\p{N}_.-]+)?/gu)) {
    add(m[1])
    if (m[2]) add(m[1] + m[2])
  }
  return out
}

/** Staff conduct: a known staff account on the school without saying so, private opinion as the school's. */
export function detectStaffConduct(
  p: Prepared,
  author: string | undefined,
  reg: StaffRegister | undefined,
  f: Findings
): void {
  if (!reg || !author) return
  const keys = authorKeys(author)
  const is = (h: string) => keys.has(h.toLowerCase().replace(/^@/, ''))
  const lower = p.normText
  // The words that put the post on the school: one of its names, or a school word.
  const schoolWord =
    namesSchool(lower, reg) ?? (OTHER_ALMERE.test(lower) ? null : SCHOOL.exec(lower)?.[0])
  const isSchool = reg.schoolAccounts.some(is)
  if (isSchool) {
    const op = OPINION.exec(lower) ?? (POLITICAL.test(lower) ? STANCE.exec(lower) : null)
    if (op) f.add('staff_conduct', 0.6, 'school_account_opinion', phraseSpan(p, op[0]))
    return
  }
  const member = reg.staff.find((s) => is(s.name) || s.handles.some(is))
  if (!member) return
  const contact = STUDENT_CONTACT.exec(lower)
  if (contact) f.add('staff_conduct', 0.8, 'staff_student_contact', phraseSpan(p, contact[0]))
  const secret = SECRECY.exec(lower)
  if (secret) f.add('staff_conduct', 0.8, 'staff_secrecy', phraseSpan(p, secret[0]))
  const invite = PRIVATE_INVITE.exec(lower) ?? PRIVATE_INVITE.exec(p.text)
  if (invite && PUPILS.test(lower))
    f.add('staff_conduct', 0.72, 'staff_private_invite', phraseSpan(p, invite[0]))
  const putdown = PUTDOWN.exec(lower)
  if (putdown && PUPILS.test(lower))
    f.add('staff_conduct', 0.7, 'staff_putdown', phraseSpan(p, putdown[0]))
  const campaign = CAMPAIGN.exec(lower)
  if (campaign) f.add('staff_conduct', 0.66, 'staff_campaign', phraseSpan(p, campaign[0]))
  // A named pupil (a name with a class code, or "die jongen") and their grades or punishment.
  const matter = PUPIL_MATTER.exec(lower)
  if (
    matter &&
    /\b(uit|van) [1-6] ?[a-z]{1,3}\b|\b(die|dat|deze) (jongen|meisje|leerling|knul|meid)\b/.test(
      lower
    )
  )
    f.add('staff_conduct', 0.66, 'staff_pupil_matter', phraseSpan(p, matter[0]))
  const raw = p.text.toLowerCase()
  const social = SOCIALISING.exec(lower)
  if (social && (WITH_PUPILS.test(raw) || WITH_PUPILS.test(lower)) && (LATE.test(raw) || contact))
    f.add('staff_conduct', 0.8, 'staff_student_private', phraseSpan(p, social[0]))
  if (!schoolWord) return
  const disclosed = DISCLOSED.test(lower)
  const disclaimer = DISCLAIMER.test(lower)
  const op = OPINION.exec(lower)
  if (!disclosed) f.add('staff_conduct', 0.55, 'staff_undisclosed', phraseSpan(p, schoolWord))
  if (op && !disclaimer)
    f.add('staff_conduct', 0.62, 'staff_opinion_no_disclaimer', phraseSpan(p, op[0]))
}

/** Negative press and complaints about the school (not about Almere City FC or the city). */
export function detectNegativePress(
  p: Prepared,
  sentiment: number,
  f: Findings,
  reg?: StaffRegister
): void {
  const lower = p.normText
  const named = namesSchool(lower, reg)
  const school = SCHOOL.exec(lower)
  if (!named && (!school || (OTHER_ALMERE.test(lower) && !/almere ?college/.test(lower)))) return
  const complaints = [...lower.matchAll(new RegExp(COMPLAINT.source, 'g'))]
  if (!complaints.length) return
  // "Het 'zeer zwak' van vorig jaar is van tafel": the complaint words report a recovery.
  if (RECOVERED.test(lower) && sentiment >= 0) return
  const news = NEWS.test(lower)
  let conf =
    0.38 + 0.1 * Math.min(3, complaints.length) + (news ? 0.1 : 0) + (sentiment < -0.2 ? 0.05 : 0)
  if (named || /almere ?college/.test(lower)) conf += 0.05
  const spans = complaints.flatMap((m) => phraseSpan(p, m[0])).slice(0, 4)
  f.add('negative_press', Math.min(0.8, conf), news ? 'press_news' : 'press_complaint', spans)
}
