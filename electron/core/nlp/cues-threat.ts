/**
 * Phrase cues for threats that the word-level rule (violence word + subject + target) cannot see: Dutch verb
 * order with the person between verb and particle, blows given or received as nouns ("krijgt een klap"),
 * damage to someone's belongings, veiled warnings, hoax warnings about the school, and weapons carried.
 * Each is matched on the normalised text of one sentence (see detect-abuse.ts).
 */

const PERSON_OBJ =
  "(je|jou|jullie|hem|haar|u|m|'m|em|dat kind|dat joch|(die|deze) ((vieze|vuile|kut|kanker|domme|stomme|gore|nieuwe|dikke) )?(gast|jongen|meisje|kind|leraar|lerares|docent|docente|juf|meester|mentor|conciërge|concierge|sukkel|loser|eikel|vent|kerel|griet|wijf|klootzak|mongool|hoer|slet|bitch|lul|mafkees|[a-z]+leraar|[a-z]+lerares))"
const ADVERBS =
  '((wel|zo|straks|morgen|echt|helemaal|nog|gewoon|meteen|persoonlijk|ff|even|eens|een keer|na school|vanavond|vrijdag|maandag) )*'

/**
 * "dan sla ik je", "morgen trap ik hem kapot", "ik steek je": verb, optional subject, the person, then the end
 * of the clause or a word that finishes the blow. "sla je boek open" and "steek je hand op" continue with a noun.
 */
export const HIT_DIRECT = new RegExp(
  '\\b(sla|slaat|mep|mept|ram|ramt|beuk|beukt|schop|schopt|trap|trapt|sloop|sloopt|steek|steekt|knal|knalt|snij|snijd|snijdt|leg|legt|rip|ript|breek|breekt)' +
    "( (ik|we|wij|hij|ze|zij)| (mn|m'n|mijn) [^ ]+)? (jou|hem|jullie|je|haar|m|'m|em)" +
    '( (wel|zo|straks|morgen|echt|helemaal|nog|gewoon|meteen|persoonlijk|ff|even|eens|vanavond))*' +
    "( (kapot|dood|neer|verrot|lens|in elkaar|bont|tot|als|want|hoor|man|bro|jij|sukkel|kankerlijer|mongool|loser|eikel|klootzak|idioot|nek|benen|armen|bek|kaak|neus|vingers|kop|hoofd|tanden|ribben|strot|keel|op (je|zijn|haar|z'n) (bek|muil|smoel|kop))\\b|$)"
)

/** "ik ga je slaan", "we zullen hem eens rammen": an auxiliary, the person, the blow at the end of the clause. */
export const HIT_AUX = new RegExp(
  "\\b(ga|gaan|gaat|zal|zullen|kom|komen|komt|wil|wilt|willen)( (ik|we|wij|ze|zij|hij|jullie)| (mn|m'n|mijn) [^ ]+)? " +
    PERSON_OBJ +
    '( [^ ]+){0,4} (slaan|meppen|rammen|beuken|schoppen|trappen|fucken|slopen|droppen|rippen|neerleggen|platleggen|mollen|koudmaken|afmaken|neersteken|neerknallen|neerschieten|doodslaan|doodsteken|kapotmaken|kapot maken|kapot slaan|kapot trappen|kapotslaan|aftuigen|afrossen|in elkaar slaan)\\b'
)

/** "ik ga je pakken", "we krijgen hem wel": catching someone, with only adverbs between. */
export const CATCH = new RegExp(
  '\\b(ga|gaan|gaat|zal|zullen|kom|komen|komt)( (ik|we|wij|ze|zij))? ' +
    PERSON_OBJ +
    ' ' +
    ADVERBS +
    '(([^ ]+ ){0,2}(zaterdag|zondag|vrijdag|vanavond|zaterdagavond|vrijdagavond|morgen|straks|ff|even) )?(pakken|grijpen|te pakken (nemen|krijgen))\\b|\\bik krijg (je|jou|hem|haar) ((nog|heus|echt|ooit) )*(wel|nog)\\b'
)

/** Someone else coming for the person: "mn neven komen je wel halen", "ze komen hem zo opzoeken". */
export const FETCH = new RegExp(
  "\\b(komen|komt|gaan|gaat|sturen|stuur)( (ze|zij|die|mijn [^ ]+|mn [^ ]+|m'n [^ ]+))? (je|jou|hem|haar|jullie) " +
    ADVERBS +
    '(halen|opzoeken|opwachten|vinden|bezoeken|op bezoek|langs)\\b'
)
/** Picking someone up kindly. */
export const PICKUP =
  /\b(station|trein|bus|vliegveld|schiphol|lift|feest|feestje|training|oma|opa|ophalen|verjaardag|etentje|uit school|van school|dokter|tandarts|ziekenhuis|met de auto)\b/

/** Blows as nouns, given or received: "krijgt een klap met een honkbalknuppel", "geef hem een dreun". */
const BLOW =
  '(klap|klappen|dreun|dreunen|mep|meppen|hengst|oplawaai|opdoffer|lel|kopstoot|knietje|pak slaag|pak rammel|kogel|kogels|messteek|messteken|schop|trap|vuist|beuk|tik|tikken|knal|optater|stomp|stompen)'
export const BLOW_RECEIVE = new RegExp(
  '\\b(krijgt|krijg|krijgen|kan|kun|kunt|kunnen)( [^ ]+){0,3} ((een|de|nog|wel|gewoon|echt|flinke|harde|paar|zo|ook|meteen) )*' +
    BLOW +
    '\\b'
)
export const BLOW_GIVE = new RegExp(
  '\\b(geef|geeft|geven|verkoop|verkoopt|verkopen|verkocht)( [^ ]+){0,3} ((een|de|nog|wel|gewoon|echt|flinke|harde|paar|zo|ook|meteen) )*' +
    BLOW +
    '\\b(?! op (de|zijn|haar|je) schouder)'
)

/** Someone's belongings: "je auto", "de fiets van die mentor". */
const OWNED =
  "((je|jouw|zijn|z'n|zn|haar|d'r|hun|jullie) ((nieuwe|mooie|dure|lieve) )?(auto|wagen|huis|fiets|scooter|brommer|motor|ramen|ruit|ruiten|deur|voordeur|tuin|schuur|brievenbus|banden|band|spullen|kluisje|telefoon|hond|kat|caravan)|(auto|huis|fiets|scooter|brommer|ramen|ruit|deur|banden|kluisje|lokaal|deuren) van (die|de|dat|je|jouw|meneer|mevrouw|juf|het baken|almere college|het gebouw|school))"
const RUINED =
  '(in de fik|in brand|in de hens|afgefikt|afgebrand|lek|kapot|ingegooid|ingeslagen|eruit|gesloopt|bekrast|beklad|vernield|opgeblazen|uitgebrand|in puin|doorgesneden|beschadigd|nog heel (blijft|blijven|is))'
export const PROPERTY = new RegExp(
  `\\b${OWNED}\\b.{0,70}\\b${RUINED}\\b|\\b${RUINED}\\b.{0,20}\\b${OWNED}\\b`
)
/** The writer's own things broken ("want die van mij is lek"): a reason, not a threat to someone else's. */
export const OWN_RUINED = new RegExp(
  `\\b(van mij|van ons|mijn|mn|m'n|onze|ons)\\b[^.!?]{0,25}\\b(is|was|zijn|waren|ging|gingen|raakte)( [^ ]+)? ${RUINED}\\b`
)
/** The mock-innocent frame of a threat to property: "zou zonde zijn als", "moet niet raar opkijken als". */
export const IRONIC =
  /\b(zou (toch |wel )?(zonde|jammer|vervelend|pech|balen|sneu)|zonde als|jammer als|raar (op)?kijken|benieuwd hoe lang|(morgen|vannacht|straks|vanavond|binnenkort|dit weekend|snel) ((al|wel|nog) )?(in de fik|in brand|kapot|weg|lek)|(staat|ligt|is|zijn|staan) (morgen|vannacht|straks|vanavond|binnenkort|dit weekend)|kan zomaar|zomaar (eens|een keer|ineens|opeens)|wel eens (gebeuren|voorkomen)|per ongeluk|ongelukje|je weet (maar )?nooit|wat als|stel je voor)\b/

/** Veiled warnings and hired help; "niet meer zo stoer" carries its own negator on purpose. */
export const VEILED_MORE =
  /\b((ik|we|wij) (weet|weten) (je|jou|jullie|hem|haar) (wel |heus |echt )?te vinden|je weet niet wat (je|jou|jullie) (te wachten staat|boven het hoofd hangt)|(dat|dit) (ga|gaat|zal|zul|zult) (je|jij|jullie) (nog )?(bezuren|berouwen|duur betalen)|(je|jij|jullie) (gaat|gaan|zal|zult|zullen) (hier |daar |nog )*(spijt van krijgen|ervoor boeten|ervoor betalen|het (nog )?(bezuren|berouwen))|(krijg|krijgt|krijgen) (je|jij|jullie|hij|ze) (hier |daar )?(nog )?((heel )?veel )?spijt van|(je|jij|jullie) (bent|zijn) (hierbij )?gewaarschuwd|(dit|dat) is (je|jouw|jullie) laatste waarschuwing|(je|jouw|zijn|haar) dagen zijn geteld|(je|jij|hij|zij) leeft niet (heel )?lang meer|slaap (maar |lekker )?(niet te rustig|met één oog open)|(ben|bent|is|zijn) (je|jij|hij|zij|ze|jullie) (niet meer|nooit meer) zo (stoer|grappig|groot|cool|brutaal|dapper)|(lach|lacht|lachen) (je|jij|hij|ze|jullie) (straks )?niet meer|(piep|piept|piepen|praat|praten) (je|jij|hij|ze|jullie) wel anders|kijk (jij |jullie )?maar uit|kijk uit (jij|jullie)\b|ik zou (maar )?(uitkijken|oppassen|opletten) als ik (jou|jullie|hem|haar) was|pas op je tellen|(kom|komt) (hier|er) niet (heel|ongeschonden|levend|heelhuids) (vanaf|uit|weg)|(niet|nooit meer) (veilig|heelhuids|levend) (thuis|naar huis)|you('ll| will| are gonna|'re gonna| re gonna) regret|i know where you live|you('re| are) (so )?(done|finished)|i('ll| will) find you|(see|meet) (me|you) after school|you won'?t see it coming|(this is your )?last warning|you('d| had) better watch|(i'm|im|we're|were|we are|i am) (gonna|going to) get (you|u|him|her)|sleep with one eye open|count your days|(ben|bent|is|zijn) (je|jij|hij|zij|ze|jullie) (er )?geweest|(je|jij|hij|zij|ze|jullie) (bent|is|zijn) er geweest|waar (je|jij|hij|zij) ook (bent|is|woont|zit|gaat|heen gaat)|(zal|zullen) (je|jou|hem|haar) (wel |heus |echt )?(vinden|krijgen)( (wel|hoor|jij|sukkel|nog))*$|(je|jouw|zijn|haar) (graf|begrafenis|doodskist|testament)|in een (kist|lijkzak|doodskist)|(laten|doen) verdwijnen|(je|jij|hij|zij|ze) (ligt|liggen|lig) (straks |morgen |dan |zo )?in het ziekenhuis|(naar het|in het) ziekenhuis (slaan|trappen|schoppen|rammen|helpen)|you('re| are) dead meat|dead meat|(gaat|gaan) (je|jij|hij|zij|jullie)? ?bloeden|(je|jij|hij|zij|jullie) (gaat|gaan) bloeden|(is|are|'s) (gonna get|getting) it|gets what'?s coming|(gonna|will|i'll|ill) (key|slash|smash|torch|burn) (his|her|your|ur|their|every|all the|the) (car|cars|tires|tyres|house|windows|bike)|(daden|acties) (hebben|heeft) gevolgen|(don'?t|dont) say i (didn'?t|didnt) warn (you|u|ya)|gonna get (real |really )?interesting|(lijst|lijstje)\b.{0,40}\b(aan de beurt|dood|afrekenen)|(jij|je) staat (bovenaan|als eerste)|(you'?re|you are|ur) (at the top of|first on|on) (my|the) (list|hit ?list)|hit ?list|dodenlijst|rip (?!(opa|oma|papa|mama|mijn|mn|m'n|onze)\b)[^ ]+ alvast|(krijg|krijgt|krijgen) (dat|het|je|jullie) (ooit |nog |heus )+terug|(you'll|you will|u will|ull) pay for (this|that)|betaal je (nog )?(duur|zwaar)|(gaat|gaan|zal|zullen) (het|dat) (nog )?(merken|bezuren|berouwen)|(gaat|zal|loopt) (niet goed|slecht|verkeerd) (aflopen|af) (met|voor) (jou|je|hem|haar|jullie|u|m)|(weet|weten) niet wat (er )?(met (haar|hem|jou|je|jullie|u) )?(gaat|zal|staat te) (gebeuren|komen)|(denk|denkt|denken) (maar |echt |nou )?(niet )?dat (je|jij|jullie|hij|zij|ze|u) (hier |daar |nog )?veilig (bent|is|zijn)|think again|(watch|mind) (your|ur|his|her|their) back|(your|ur|his|her) [^ ]+( [^ ]+)? (is|are) next|we know (where|which [^ ]+) (he|she|you|u|they) (lives?|goes|go|works?|trains?)|(kom|komen) (ik |we )?terug met (een plan|iets|mijn|mn|m'n|wapens?|vrienden)|(komen|kom) (we|ik) met (\\d+|tien|twintig|dertig|een paar|veel|al mijn|de hele) (man|jongens|gasten|boys|mensen)|kijk (jij |jullie |u )?maar (goed |heel goed )?uit|let (jij |jullie |u )?maar (goed )?op (als|wanneer|met)|(let|kijk) ([^ ]+ ){0,3}op (je|jouw|uw|zijn|haar) (auto|autoruiten|ruiten|ramen|fiets|scooter|spullen|huis|hond|kat|kinderen|dochter|zoon)\b|(denk|denkt) (je|jij|jullie|u) (echt|nou) dat (je|jij|jullie|u) (hier |daar |nu )?veilig (bent|is|zijn)|(kom|komt) (ik|we) terug en (dan )?(gaat|gaan|zal|zullen)|if (you|u) (wanna|want to) (live|stay alive)|als (je|jij|jullie) (wil|wilt|willen) (blijven )?leven|als (je|jij) van je leven houdt)\b/
/**
 * Mock concern aimed at someone: "zou zonde zijn toch", "hoop voor je dat je goed kan zwemmen", "would be a shame
 * if she got lost". Needs a person addressed or named and no schoolwork or praise in the post (see detect-abuse).
 */
export const MOCK_CONCERN =
  /\b(zou (toch |wel |best |echt |wel echt )?(zonde|jammer|sneu|vervelend|balen|pech) (zijn|wezen|toch|he|hè)|hoop voor (je|jou|jullie|hem|haar|u) dat|(het )?is (dan )?niet meer mijn probleem wat er met (je|jou|hem|haar|jullie|u)|(dit|dat) (wordt|is) (je|jouw|zijn|haar) laatste (week|dag|jaar|maand)|je laatste (week|dag) (op|bij|in)|(je|jij|jullie) (hebt|heeft|hebben) tot .{0,25} om|(zien|laten zien) wie (hier )?de baas is|would be a (shame|pity) if|(not|isn'?t|ain'?t) making it to|(won'?t|will not) make it to|hope (you|u|she|he) (can )?(swim|run|are fast)|lelystad is \d+ min|(is|zijn) maar \d+ (min|minuten) (met|op|fietsen|rijden))\b/
/** A relative's school, route or club named to the person: "je kleine broertje zit toch op de Regenboog?". */
export const KIN_WHEREABOUTS =
  /\b(je|jouw|zijn|haar|uw) (kleine )?(broertje|zusje|broer|zus|dochter|zoon|moeder|vader|kinderen|vriendin|vriend) (zit|zitten|werkt|werken|woont|wonen|loopt|fietst|traint|danst) (toch |nog steeds )?(op|bij|in|naar|langs)\b|\b(his|her|your) (daughter|son|sister|brother|mom|mum|dad|kids?) (walks|goes|works|lives|looks)\b/

/** A short warning that is the whole sentence: "wacht maar jij", "jij bent de volgende". */
export const WARNING_ALONE =
  /^(wacht (maar )?((jij|jullie)( maar)?|(sukkel|kankerlijer|loser|eikel|mongool|klootzak|idioot|lul))|(jij|je|jullie|hij|zij|ze) (bent|is|zijn) (echt )?(de volgende|next)( (jij|hoor|man|bro))?)( (sukkel|kankerlijer|loser|eikel|mongool|klootzak|idioot|lul|\p{Extended_Pictographic}))*$/u
/** Wishing someone dead or hurt: "ik hoop dat je doodgaat", "ik wens je kanker toe". */
export const WISH_HARM =
  /\b((ik )?(hoop|hoopte|wens|wou|wil) (dat|echt dat) (je|jij|hij|zij|ze|jullie|die [^ ]+) .{0,30}\b(dood ?gaat|doodgaan|sterft|sterven|overlijdt|verongelukt|kanker krijgt|een ongeluk krijgt|onder een (bus|trein|auto|tram) komt|verdrinkt|creperen|crepeert)|(wens|wensen) (je|jou|hem|haar|jullie) .{0,20}\b(kanker|de dood|een ongeluk|tering|tyfus|pest) toe|i hope you (die|get hit|get cancer|rot))\b/
/** Objects thrown at someone's home, or a crew brought to it: "ik gooi een steen door je raam". */
export const AT_HOME =
  /\b(steen|stenen|baksteen|molotov|vuurwerk|eieren|verf|zwaar vuurwerk|cobra'?s?) (door|tegen|naar|in|op) (je|jouw|zijn|haar|z'n|d'r|hun) (raam|ruit|ramen|deur|voordeur|huis|auto|brievenbus|gevel)\b|\b((kom|komen|komt|ga|gaan|gaat) (ik |we )?met (mn|m'n|mijn|de|onze|al mijn) (jongens|boys|maten|matties|vrienden|neven|broers|gang|familie)|met (mn|m'n|mijn|de|onze|al mijn) (jongens|boys|maten|matties|vrienden|neven|broers|gang|familie) (kom|komen|ga|gaan) (ik|we)) (naar|bij|langs|voor) (je|jouw|zijn|haar|z'n|d'r) (huis|deur|voordeur|flat|adres|straat|huisje|ouders|werk)\b/

/**
 * Help arranged for the violence: "ik ken wel mensen die dat doen", "dat regel ik". Not a threat alone ("dat regel
 * ik wel" is an errand); it is the frame that makes a wish for violence an announcement.
 */
export const HIRED =
  /\b((ik|we) (ken|kennen|heb|hebben) (wel |genoeg |een paar )?(mensen|jongens|gasten|types|lui|vrienden|neven|broers) die|(dat|het) (regel|laat|fix) (ik|we)|laat (ik|we) (regelen|doen|fixen)|(ik|we) (regel|regelen|fix|fixen) (dat|het))\b/

/** Recruiting others for the violence ("wie doet mee?") or ordering it ("pak die kleine", "sleep m ..."). */
export const RECRUIT =
  /\b(wie (doet|doen|gaat|wil|komt) (er )?mee|who'?s (in|with me)|wie helpt|wie durft|who dares)\b/
export const IMPERATIVE =
  /^(pak|sla|trap|schop|ram|sleep|maak|steek|grijp|geef|sloop|mep|beuk|pakt|grab|jump|beat)\b/
/** "ik maak je af 😂❤️ (grapje schat)": an explicit joke marker between people who like each other. */
export const JOKE = /\b(grapje|geintje|grapjes|just kidding|jk|(is|was) (maar )?een grap(je)?)\b/
/** "jk jk… unless? 👀": the joke taken back. */
export const UNJOKE =
  /\b(unless|of toch|of niet|of wel|misschien ook niet|geen grap|serieus)\b.{0,5}(\?|👀)|👀|\bgeen grap\b/u

/** A future or conditional subject other than the writer: "iemand gaat hem ...", "ze zullen je ...". */
export const FUTURE_OTHER =
  /\b(iemand|ze|zij|mensen|jongens|hij|er) (gaat|gaan|zal|zullen)\b|\bwie\b.{0,60}\b(krijgt|gaat|is)\b/

/** Hoax warnings about the school: "blijf morgen maar thuis", "morgen gebeurt er iets ergs op school". */
export const HOAX =
  /\b((blijf|blijven) (morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|overmorgen|vandaag|straks) ((maar|liever|beter|echt|allemaal) )*(thuis|weg|uit de buurt)|(kom|komen) (morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|overmorgen) ((maar|liever|beter|echt|allemaal) )*niet naar school|(er gaat|gaat er|er zal|zal er|gebeurt er) ((morgen|vandaag|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|binnenkort) )*iets (ergs|heftigs|vreselijks|gruwelijks|ernstigs|kwaads|ergers) (gebeuren|op|in|bij)|(school|kantine|aula|gymzaal|gebouw|almere college) (opblazen|in de fik|in brand|afbranden|platbranden|neerknallen)|(opblazen|in de fik steken|in brand steken|afbranden|platbranden) .{0,20}\b(school|kantine|aula|gymzaal|gebouw)|school ?shooting|shoot up (the|our|this) school|bomb threat|(don'?t|dont) come to school|i have what i need|make sure (nobody|no one|everyone) (forgets|remembers)|(bringing|bring) something to (school|almere college|het baken)|(ligt|zit|staat|hangt) iets (in|onder|bij|achter) .{0,30}\b(dat|wat) .{0,20}\b(afgaat|ontploft|ontploffen|knalt)|(bom|bommen|explosieven) (in|op|bij) (de |het |onze )?(school|kantine|aula|gebouw))\b/
/** "morgen gaat het knallen in de kantine, wie weg kan moet weggaan": a blast announced with a warning to leave. */
export const BLAST =
  /\b((gaat|zal) (het|er iets)|er (gaat|zal) iets) (knallen|ontploffen|afgaan|exploderen)\b|\b(gaat|zal) er iets af\b|\bgonna (shoot up|blow up|bomb)\b/
export const LEAVE_WARNING =
  /\b(niemand (komt|gaat) .{0,20}\b(naar|op) (school|het baken|almere college|de aula|de kantine)|ik zeg het (maar )?(1x|een keer|één keer|1 keer)|wie weg kan|ga(at|an)? weg|weggaan|blijf(t|en)? weg|blijf(t|en)? ((maar|gewoon|lekker|allemaal) )?thuis|(niet )?zeggen dat ik (je|jullie|u) niet (heb )?gewaarschuwd|gewaarschuwd|evacueer|run)\b/
/** Reasons to stay home that are not a threat. */
export const HOAX_BENIGN =
  /\b(ziek|koorts|griep|corona|verkouden|sneeuw|storm|ijzel|gladheid|code (rood|oranje)|staking|vrij|vrije dag|studiedag|lesvrij|roostervrij|vakantie|uitval|hitte|thuiswerken|online les)\b/

/** Carrying a weapon: "neem een mes mee", "heb een mes bij me", "zit in mijn tas". */
export const CARRY =
  /\b(mee ?nemen|neem|neemt|meenemen|mee naar|bij me|bij mij|bij zich|op zak|in (mijn|m'n|mn|zijn|z'n) (tas|jas|zak|kluisje)|gekocht|besteld|geregeld|bring|bringing|brought)\b/
/** Knives in a kitchen or at a party table. */
export const FOOD =
  /\b(taart|brood|appel|ui|uien|groente|fruit|kaas|worst|vlees|kip|vis|fijnsnijden|fijnhakken|hakken|snipperen|marineren|bakken|pan|oven|chefs?|kookclub|pompoen|houtsnijden|knutselen|snijplank|koken|kookles|recept|keuken|snijden|aansnijden|snijd|smeren|boter|pizza|meloen|tomaat|komkommer|vork|lepel|bestek|cake|cook|cooking|bread)\b/

/** Mocking or menacing emoji that turn a message at a person into a threat. */
export const THREAT_EMOJI = /🔪|🔫|💣|🩸|⚰️|⚰|☠️|☠|🪓|🗡️|🗡/u

/**
 * Negators just before or inside a threat phrase: "ik ga je echt niet slaan", "we gaan hem heus niet pakken".
 */
export function negatedMatch(text: string, m: RegExpExecArray | null): boolean {
  if (!m) return true
  const before = text.slice(0, m.index).split(' ').slice(-3).join(' ')
  return /\b(niet|nooit|geen|never|not|don'?t|won'?t)\b/.test(before + ' ' + m[0])
}
