/**
 * Hand-written Dutch (and some English) word lists for the rule layer. Entries are written plainly and matched
 * through `lexKey`, so doubled letters, leet and one-letter typos are handled by the matcher, not by the lists.
 */
import stopwordsNl from 'natural/lib/natural/util/stopwords_nl.js'
import { lexKey } from './text.ts'

function words(s: string): string[] {
  return s
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter(Boolean)
}

/** Person insults: fire when aimed at someone (you, him, a name, a group). */
export const INSULTS = words(`
  klootzak klootzakken sukkel sukkels idioot idioten debiel debielen mongool mongolen mongo randdebiel
  kankerlijer teringlijer tyfuslijer klerelijer hoer hoeren slet sletten teef teven trut trutten kutwijf
  lul eikel eikels zakkenwasser loser losers mislukkeling schoft schoften sloerie kneus kneuzen
  dombo domoor oen stommeling lelijkerd dikzak vetzak varken varkens aap apen rat ratten kakkerlak
  kakkerlakken parasiet parasieten tuig uitschot ongedierte afval zwakzinnige achterlijke gestoorde
  stinkerd stinkerds nietsnut nietsnutten psychopaat viespeuk smeerlap smeerlappen etterbak etter pik pikken lutser stoephoer kutkind
  kansenparel kansenparels manwijf manwijven sodomiet sodomieten roetmop roetmoppen cultuurverrijker
  cultuurverrijkers haatbaard haatbaarden kamelenneuker kamelenneukers
  huilbaby huilebalk jankerd janker walvis nijlpaard zeekoe aambeeld
  bitch slut whore asshole idiot moron retard loser dickhead cunt
`)

/** Slurs: aimed by nature, fire without a further target. */
export const SLURS = words(`
  flikker flikkers nicht nichten mietje pot potten neger negers nikker nikkers zwartjoekel niknok niknokken
  kutmarokkaan kutmarokkanen geitenneuker geitenneukers makak makakken spast spasten kreupele kreupelen
  mongool kankerjood kankermongool kankerhomo kankerneger
  faggot nigger tranny spaz
`)

/** Negative attributes that insult when said of a person or group. */
export const NEG_ATTRIBUTES = words(`
  dom dommer stom stomme achterlijk debiel hersenloos walgelijk weerzinwekkend smerig vies vuil gewelddadig wreed
  onbeschaafd verachtelijk lelijk waardeloos minderwaardig inferieur primitief zielig verneukt gestoord
  crimineel irritant onuitstaanbaar onnozel ranzig goor oneerlijk onwetend afstotend misselijkmakend
  ergste domste slechtste achterlijke dommer hersenloze waardeloze gevaarlijk gevaarlijke
  cringe cringy dik dikke dikste lelijkst lelijkerd
  disgusting stupid ugly worthless pathetic dumb fat weird gross
`)

/** Verbs and nouns of hatred and disgust. */
export const HATE_EMOTIONS = words(`
  haat haten hate hekel walg walgen walgt veracht verachten verafschuw verafschuwen minachting woede
  kotsen kots verdoem verdoemd verdoemen despise
`)

/** Dehumanising nouns (also in INSULTS): strong even without a second person. */
export const DEHUMANISING = words(`
  ongedierte afval uitschot kakkerlakken kakkerlak parasieten parasiet ratten kankergezwel plaag beesten
  tuig vuil zwijnen vermin wezens zwermen infesteren infecteren
`)

/** Violence verbs for threats. */
export const VIOLENCE = words(`
  vermoorden vermoord vermoordt doden dood doodmaken afmaken neersteken steken neersteek neerschieten
  doodschieten doodgeschoten schieten schiet neerknallen afknallen ophangen opgehangen wurgen wurg martelen
  verkrachten verkracht doodslaan opblazen ontvoeren executeren geëxecuteerd
  doorsnijden doorgesneden breken lijden sterven afslachten kapotmaken gedood vermoord uitgeroeid uitroeien
  uitmoorden slachten neerschiet neerschieten vergassen vergast beëindigen neergeschoten opgehangen gewurgd gemarteld verbrand verbranden
  kapotslaan kapotgeslagen kapottrappen inelkaarslaan inelkaartrappen doodtrappen doodsteken neerslaan
  aftuigen afrossen lekprikken doodsteken doodknuppelen neerknuppelen koudmaken
  kill murder shoot stab rape hang strangle
`)

/** Weapons and attack nouns. */
export const WEAPONS = words(`
  mes messen pistool geweer wapen wapens bom bommen vuurwerkbom granaat schietpartij aanslag knuppel
  honkbalknuppel knuppels boksbeugel stiletto vlindermes zakmes keukenmes slagersmes steekwapen machete
  bijl hakbijl vuurwapen vuurwapens blaffer pistolen geweren kalasjnikov jachtgeweer taser pepperspray
  molotov molotovcocktail brandbom explosieven springstof
  afgezaagde shotgun jachtgeweer uzi glock
  gun guns knife knives bomb shooting pistol rifle machete
`)

/**
 * Words of harm that are not violence verbs themselves: damage, injury, revenge, warnings, fire and blasts.
 * They tag tokens for the learned layer (with who is addressed), never fire a rule alone.
 */
export const HARM = words(`
  kapot eraan knallen knal fik brand hens stenen steen baksteen ruit ruiten bloed bloeden ziekenhuis graf
  kist begrafenis pijn klappen klap dreun slaag verdwijnen oppassen uitkijken waarschuwing gewaarschuwd wraak
  afrekenen vergelding spijt boeten bezuren cobra cobra's vuurwerk verrot lens gebroken breken rammen slopen
  sloop opwachten achtervolgen afpersen ontploffen ontploft exploderen kogel kogels knokken matten tanden
  vuist kopstoot stomp beuken trappen schoppen meppen slaan sla slaat mishandelen afmaken aanpakken
  revenge regret hurt pain blood hospital grave burn fire explode warning warned payback
`)

/** Nouns and verbs that cast a group as a danger ("een bedreiging voor onze samenleving"). */
export const MENACE = words(`
  bedreiging gevaar ruïneren ruineren verpesten vernietigen infesteren plaag kankergezwel overnemen
`)

/** Profanity that is not an insult by itself (`kut, ik heb de bus gemist`). */
export const PROFANITY = words(`
  kut kanker tering tyfus kolere klere godverdomme verdomme fuck fucking shit kak pleur pleuris
  pissig oprotten rot rotbek tyfe shit damn rotzooi godverdomme verdomde verdomd
`)

/** Identity groups (HateCheck's seven and their Dutch relatives, plus school groups). */
export const IDENTITY = words(`
  vrouw vrouwen meisje meisjes transgender transgenders transvrouw transman homo homo's homoseksueel
  homoseksuele homoseksuelen lesbienne lesbiennes lhbti queer zwarten gehandicapte gehandicapten
  gehandicapt invalide invaliden immigrant immigranten migrant migranten vluchteling vluchtelingen
  asielzoeker asielzoekers allochtoon allochtonen buitenlander buitenlanders moslim moslims islamiet
  islamieten marokkaan marokkanen turk turken surinamer surinamers antilliaan antillianen jood joden
  women gays muslims immigrants blacks
`)
/** Multi-word identity terms, matched on key text. */
export const IDENTITY_PHRASES = [
  /\bzwarte? (?:persoon|personen|mensen|man|vrouw|jongens?|meisjes?)\b/,
  /\bblack people\b/,
  /\btrans (?:people|persoon|personen|mensen)\b/,
  /\bgay people\b/,
  /\bdisabled people\b/
]

/** First names that often appear in Dutch school posts (for "Sanne uit 3B"). */
export const FIRST_NAMES = words(`
  sanne emma julia tess sophie zoë zoe lotte lisa eva anna fleur lieke noor sara sarah fatima yasmina ayla
  amira nora lara mila sven daan lucas sem levi finn bram thijs jesse ruben luuk mo mohammed mohamed
  youssef ilias adam omar ahmed ibrahim kevin dennis mark jan piet kees anja ingrid petra marieke
  ricardo dylan jayden kenji mees noah liam milan jasper tim tom niels robin kim sem jamal priya
  sam jade femke yusuf ruben thijs bas lars stijn jens gijs max olivia mila isa saar roos sophie yara
  jayden luca nina lina hanna iris zara amber demi esmee marloes tess vera wouter joris koen hamza
`)

/** Real words one swap away from a lexicon word ("slet" → "stel"): never treated as typos. */
const COMMON = new Set(
  [
    ...stopwordsNl.words,
    ...words(`stel ster lust rots knie doen gaan staan zien geven maken komen laten leven lezen horen halen
      dood dode doet deden gedaan lijden leiden steken stuk staken slaap slapen boden bode moeder vader
      haar hart harten zoals soort kant kanten dingen dinge stem stemmen wonen woorden breed bred reken
      ratten raten gebroken broken enge dom dan dat wat pak pakken hang hangen bank
      beste even zwemmen mensen eerste besten eersten nichtje nichtjes neefje neefjes
      verrassen verrast verrassing verrassingen schoot schoten schot breuk breuken`)
  ].map((w) => lexKey(w))
)

function keys(list: string[]): Set<string> {
  return new Set(list.map((w) => lexKey(w.toLowerCase())))
}

export interface Lexicon {
  has(key: string): boolean
  /** The lexicon entry a token key matches, allowing one deletion, insertion or swap for long words. */
  match(key: string): string | null
}

/** Build a matcher that forgives one typo in words of 5+ letters (`vermorden`, `wrugen`, `maretlen`). */
export function lexicon(list: string[]): Lexicon {
  const exact = keys(list)
  const fuzzy = new Map<string, string>()
  for (const w of exact) {
    if (w.length < 4) continue
    for (let i = 0; i < w.length; i++) {
      const del = w.slice(0, i) + w.slice(i + 1)
      if (w.length >= 5 && !exact.has(del) && !fuzzy.has(del)) fuzzy.set(del, w)
      if (i + 1 < w.length) {
        const swap = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
        if (!exact.has(swap) && !fuzzy.has(swap) && !COMMON.has(swap)) fuzzy.set(swap, w)
      }
    }
  }
  return {
    has: (k) => exact.has(k),
    match(k) {
      if (exact.has(k)) return k
      if (k.length < 4 || COMMON.has(k)) return null
      const f = fuzzy.get(k)
      if (f) return f
      if (k.length >= 6) {
        for (let i = 0; i < k.length; i++) {
          const del = k.slice(0, i) + k.slice(i + 1)
          if (exact.has(del)) return del
        }
      }
      return null
    }
  }
}

export const LEX = {
  insult: lexicon(INSULTS),
  slur: lexicon(SLURS),
  attr: lexicon(NEG_ATTRIBUTES),
  hate: lexicon([...HATE_EMOTIONS, 'hata']),
  dehum: lexicon(DEHUMANISING),
  violence: lexicon(VIOLENCE),
  weapon: lexicon(WEAPONS),
  profanity: lexicon(PROFANITY),
  identity: lexicon(IDENTITY),
  menace: lexicon(MENACE),
  harm: lexicon(HARM),
  names: new Set(FIRST_NAMES)
}

/** Function words a glued token may start or end with ("eenneger", "ikhaat", "verdoemalle"). */
export const GLUE_WORDS = words(
  'een ik je jij we wij ze de het te veel zoveel alle al die deze zo gewoon enorm echt dan zijn moeten aan zou'
)
