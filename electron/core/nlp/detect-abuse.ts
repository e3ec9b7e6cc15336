/**
 * Rule detectors for threat, bullying (including group hate), harassment and defamation.
 * Each works per sentence on tagged tokens and skips cues that are negated, quoted, or part of counter-speech.
 */
import {
  AT_HOME,
  BLAST,
  BLOW_GIVE,
  BLOW_RECEIVE,
  CARRY,
  CATCH,
  FETCH,
  FOOD,
  FUTURE_OTHER,
  HIRED,
  HIT_AUX,
  HIT_DIRECT,
  HOAX,
  HOAX_BENIGN,
  IMPERATIVE,
  IRONIC,
  JOKE,
  KIN_WHEREABOUTS,
  LEAVE_WARNING,
  MOCK_CONCERN,
  negatedMatch,
  PICKUP,
  OWN_RUINED,
  PROPERTY,
  RECRUIT,
  THREAT_EMOJI,
  UNJOKE,
  VEILED_MORE,
  WARNING_ALONE,
  WISH_HARM
} from './cues-threat.ts'
import { spanOf, type Findings } from './findings.ts'
import type { Tag } from './tags.ts'
import type { Prepared } from './text.ts'

const GAME =
  /\b(fortnite|minecraft|roblox|fifa|valorant|call of duty|cod|gta|among us|apex|warzone|clash|brawl stars|potje|gesniped|gesnipet|sniped|snipen|headshot|gekilled|respawnen|game|games|gamen|gamer|gaming|lobby|respawn|1v1|squad|ranked|controller|ps5|xbox|twitch|discord|in het spel|mario ?kart|smash ?bros|super smash|rocket league|overwatch|league|lol-potje|fall guys|schaak|schaken|dammen|monopoly|uno|pingpong|tafeltennis|padel)\b/
const SPORT =
  /\b(wedstrijd|toernooi|finale|match|voetbal|hockey|basketbal|volleybal|korfbal|handbal|waterpolo|rugby|inmaken|scoren|thuiswedstrijd|uitwedstrijd|op het veld|sportpark|sportdag|keeper|doelpunt|competitie|derby|uitduel|thuisduel|paintball|paintballen|lasergamen|lasergame|trefbal|slagbal|tennis|judo|boksen|kickboksen|schaakbord|scheidsrechter)\b/
/** Stories, plays and lessons: violence that is told, acted or taught, not announced. */
const FICTION =
  /\b(toneel|toneelstuk|macbeth|hamlet|shakespeare|musical|voorstelling|akte|scène|personage|horror|horrorfilm|thriller|detective|(in|uit) (de|het|die|dat) (film|serie|boek|roman|hoofdstuk|leesboek)|game of thrones|squid game|geschiedenisles|tweede wereldoorlog|wereldoorlog|romeinen|middeleeuwen|biologieles|natuurdocumentaire)\b/
/** Figures of speech about dying, killing and hitting: cold, laughing, fright, exams, praise. */
const IDIOM =
  /\b((vries|verveel|lach|schrik|werk|zweet|schaam|schrok|lachte|verveelde) (me|mij|ons|je|zich) (dood|rot|kapot|een ongeluk|het apelazarus)|dood ?(van|aan) (de )?(kou|honger|dorst|verveling|het lachen|schaamte|de slaap|vermoeidheid)|(kill|killen|sloop|slopen|rock|rocken) (je|jij|die|dat|het|jullie) (examen|toets|toetsen|presentatie|tentamen|mondeling|auditie|optreden|wedstrijd)|(je|jij|jullie) (gaat|gaan) (het|die|dat) ([^ ]+ )?(killen|slopen|rocken|afmaken)|(die|de|het) (toets|examen|tentamen|proefwerk|les) (was|is) (echt )?(moord|een moord|mijn dood|killing)|(ik |je |we )?(vries|vriezen|bevries) (bijna |echt |gewoon |hier )?dood|ik ontplof|een bom (aan|geld|huiswerk)|bom aan huiswerk|(mijn|m'n|mn) (moeder|vader|ouders|ma|pa) (gaat|gaan|vermoordt|vermoorden|maakt|slaat) (me|mij)|ik ga (echt )?dood (van|aan)|(ik )?lig (echt |gewoon |half )?dood (onder|van|op|in)|i'm dead|im dead|i'm dying|dying of laughter|killed it|kill it)\b/
const META_SPEECH =
  /\b(noemen|noemt|noem|zeggen|zegt|zei|zeg|gezegd|beweren|beweert|volhouden|uitspraken?|opmerkingen?|berichten|roepen|riep|schrijven|schreef|posten|post|minachting|genoemd|uitgescholden|scheldwoorden|te lezen|calling|saying|said)\b/
const CONDEMN =
  /\b(niet oke|niet oké|niet ok|moet(en)? (nu )?(stoppen|ophouden)|stop met|stoppen met|ophouden|consequenties|verschrikkelijk|kwetsend|discriminerend|racistisch|walgelijk|schandalig|onacceptabel|verwijderd|geblokkeerd|gerapporteerd|gemeld|hatelijk|niet normaal|not ok|unacceptable|gaat te ver|respectloos|praat niet met|niet tolereren|tolereren we niet|hoort hier niet|hoort nergens( thuis)?|hoort niet thuis|(dat|dit|zulk|zulke) (soort )?taal|zulke (berichten|woorden|opmerkingen)|praat erover|moet(en)? (je|jullie|zich) schamen|dit is (gewoon )?pesten)\b/

const COUNTER_STRONG =
  /\b(uitspreken tegen|spreek(t|en)? .{0,20}uit tegen|haat (jegens|tegen|tegenover)|openlijke haat|misleid|schaam (je|jij)|verloor .{0,20}respect|respect .{0,20}verloren|kan toch niet (echt )?geloven|tegen (racisme|discriminatie|haat|pesten)|intolerant|discriminerende|kortzichtig|zegt veel over|niet .{0,10}respecteren)\b/
const PROHIBITION =
  /\b((we|wij|je|jullie|men) (mogen|moeten|mag|moet) (nooit|niet|geen)|(mogen|moeten|mag|moet) (we|wij|jullie|je) (nooit|niet|geen)|nooit (gezegd|beweerd|gedacht)|niet (gezegd|beweerd)|(nooit|niet) (toestaan|accepteren|tolereren|goedkeuren)|(ik|we|wij) (zou|zouden|zal|zullen) (nooit|niet|geen))\b/
const NEGATOR_WORD = /\b(nooit|niet|geen)\b/
const EXCLAIM =
  /\b(wat een|nog zo'n|zo'n|typisch (gedrag )?voor|voor mij ben je|uiteraard was|natuurlijk was)\b/
const POSITIVE = new Set(
  'intelligent slim slimmer aantrekkelijk mooi eerlijk betrouwbaar waardevol gelijkwaardig normaal goed capabel bekwaam competent menselijk gelijk'.split(
    ' '
  )
)
const COPULA = new Set([
  'ben',
  'bent',
  'is',
  'zijn',
  'was',
  'waren',
  'word',
  'wordt',
  'worden',
  'lijkt',
  'blijft',
  'are',
  'am',
  'were'
])
/** "die eikel", "die vieze loser": a demonstrative makes the insult point at someone. */
const DEMONSTRATIVE = new Set(['die', 'deze', 'dat', 'that', 'this'])
/** A pronoun with its copula glued on: "you're so ugly". */
const CONTRACTED = new Set(["you're", 'youre', "he's", "she's", "they're"])
const HATE_PHRASES =
  /\b((niets|niks|geen (kut|reet|moer|cent|ene moer|zak|donder)) waard|doen er niet toe|geen recht (om|op) (te )?(leven|bestaan)|verdienen (het )?niet (om )?te leven|niet waard|geen (ruimte|plaats) (op|in|voor)|geen (echte )?mensen|horen niet (op|in|thuis|hier)|(moeten|mogen) niet (op|in|naar) (school|ons land|onze school|hier)|(be)?horen in (een|de) (dierentuin|kooi|hok)|niets anders dan|menselijk afval|onder mijn schoen|slimmer dan|waardevoller dan|liever .{0,40} dan|grootste fout|dierenarts|terug naar (je|jullie|hun) (eigen )?land|niet (kan |kunnen )?uitstaan|maken me (zo )?ziek|ben het zat|vullen me met|niets erger dan|niks erger dan|mindere wezens|maakt me (zo )?(boos|ziek|woedend|misselijk)|maken me (zo )?(boos|woedend|misselijk)|(niet|niets) beter dan|stortplaats|opgesloten in kooien|mensenrechten|zo (dom|gewelddadig|wreed)|typisch (gedrag )?voor|vertrouw nooit|zit in de aard|(de )?kanker krijgen|krijg de (kanker|tering|tyfus|klere)|kanker op|tering op|tyfus op)\b/
const VIOLENT_PHRASES =
  /\b(in ?elkaar( [^ ]+){0,2} (slaan|trappen|rammen|beuken|schoppen|meppen|slaat|sla|ram|trap|geslagen|getrapt)|(sla|slaat|slaan|trap|trapt|trappen|ram|ramt|rammen|schop|schopt|schoppen|beuk|beukt|beuken|mep|mept|meppen) .{0,25}(in ?elkaar|verrot|bont en blauw|tot moes|het ziekenhuis in)|(verrot|bont en blauw|tot moes) (slaan|trappen|schoppen|meppen)|kapot ?(slaan|maken|sla|trappen|schoppen|meppen)|een klap geven|op je (bek|muil|smoel)|(bek|benen|nek|nekken) breken|keel doorsnijden|kelen .{0,30}doorsnijden|de keel doorgesneden|op de brandstapel|laten lijden|zien lijden|in de fik steken|neer ?steken|af ?knallen|een einde maken aan|pijn doen|(trap|sla|schop|ram) (je|jouw|zijn|haar|hun) (hoofd|kop|gezicht|tanden|smoel) in|ontdoen van|van .{0,25} ontdoen|leven .{0,25} beëindigen|uit de weg ruimen|afrekenen met|tanden (eruit|uit (je|jouw|zijn|haar|z'n|zn|d'r) (bek|mond|muil|smoel|kop))|(neus|kaak|ribben|botten|armen|arm|vingers|knieën|poten|schedel) (breken|brijzelen|verbrijzelen)|(gezicht|smoel|kop|bek|muil|harses) (verbouwen|inslaan|openslaan|openhalen|inrammen|intrappen)|(laten|gaan|ga|zal|zullen) bloeden|blauw(e)? ogen? (slaan|geven|bezorgen)|in (een|de) rolstoel|(een )?kogel (door|in) (je|jouw|zijn|haar|z'n|zn|d'r|hun) (kop|hoofd|lijf|knie|knieën|been|benen)|vuist (in|op|tegen) (je|jouw|zijn|haar|z'n|d'r) (gezicht|bek|smoel|kop|muil)|koud ?(maken|gemaakt)|(een )?lesje (leren|geleerd)|pak (slaag|rammel|op (je|zijn|haar|z'n|d'r) (donder|lazer|flikker|sodemieter))|op (je|zijn|haar|z'n|d'r) (donder|lazer|flikker|sodemieter|kanis|harses) (geven|krijgen|slaan)|door elkaar rammelen|kapot (steken|snijden|schieten)|(hoofd|kop|kanis|harses) (eraf|van je romp))\b/
/** Dutch separable verbs put the particle at the end: "steek ik hem neer", "slaan hem vrijdag in elkaar". */
const SEPARABLE =
  /\b(steek|steekt|steken|schiet|schieten|sla|slaat|slaan|knal|knalt|knallen|trap|trapt|trappen|ram|rammen|mep|meppen|maak|maakt)\b( [^ |]+){0,5} (neer|dood|kapot|in elkaar|lens|overhoop)\b/
/**
 * Damage to someone's things announced together with the person: "ik ga zijn scooter slopen en hem ook",
 * "trap zijn auto in elkaar en hem erbij", "daarna is hij zelf aan de beurt".
 */
const DAMAGE =
  /\b(slopen|sloop|sloopt|kapotmaken|kapot maken|maak .{0,20}kapot|in elkaar (trappen|trap|trapt)|(trap|trapt|trappen) .{0,25}in elkaar|lek (steken|steek|steekt)|(steek|steekt|steken) .{0,25}lek|in de fik|in brand (steken|steek)|(ruit|ruiten|ramen) .{0,15}(ingooien|ingooi|in gooien|kapot)|bekrassen)\b/
const AND_PERSON =
  /\b(en (hem|haar|jou|je|jullie|die gast|die leraar|die docent) (ook|erbij|meteen|daarna|zelf)|(hem|haar|jou|jullie) (erbij|er ook bij)|(daarna|dan|vervolgens) (is|ben|zijn|bent) (hij|zij|ze|jij|je|jullie|die) (zelf )?(aan de beurt|de volgende)|(he|she|you)('s| is|'re| are) next)\b/
/** Lying in wait for someone: "ik wacht die gast vrijdag op bij het fietsenhok", "we staan hem op te wachten". */
const LIE_IN_WAIT =
  /\b(wacht|wachten|wachtte|wachtten) (ik |we |wij |ze |zij |jullie |hij )?(die|deze|dat|jou|je|hem|haar|jullie|hen)\b( [^ ]+){0,5} op( (bij|na|voor|aan|om|morgen|vrijdag|maandag|dinsdag|woensdag|donderdag|straks|vanavond)\b|$)|\b(die|deze|jou|je|hem|haar|jullie|hen)( [^ ]+){0,3} (op te wachten|opwachten)\b/
/** Meeting someone kindly at the door is not lying in wait. */
const WELCOME = /\b(welkom|ontvangen|gezellig|koffie|taart|verrassing|feest|bloemen|ophalen)\b/
/**
 * Blackmail and sextortion: exposing chats, pictures or secrets unless the person complies, or posting
 * intimate pictures ("anders laat ik iedereen die chat zien", "i'll post your nudes in the class group").
 */
const EXPOSE =
  /\b(((laat|laten) (ik|we)|(ik|we) (laat|laten)) (iedereen|de hele (klas|school)|je ouders|jullie ouders)( [^ ]+){0,4} zien|((zet|zetten|post|gooi|gooien|stuur|deel|verspreid|verspreiden) (ik|we)|(ik|we) (zet|zetten|post|gooi|gooien|stuur|deel|verspreid|verspreiden)) ([^ ]+ ){0,6}(online|op insta|op tiktok|op snap|in de (klassen)?(app|groep|groepsapp|klassenapp)|rond|door|naar iedereen)|(vertel|vertellen) (ik|we) (het )?(iedereen|aan iedereen|je ouders)|(i'll|i will|ill|gonna) (post|share|send|show|leak) (your|ur|those|these|the) (nudes|pics|pictures|photos|chat|messages|video)|(i'll|i will|ill|gonna) show everyone|(post|share|leak)(ed)? (your|ur) (nudes|pics)|(show|tell) everyone (at school )?what you)\b/
const UNLESS =
  /\b(anders|of ik|of we|or i'll|or i will|or else|if you don'?t|if u don'?t|als je (niet|geen)|tenzij)\b|(stuur|geef|betaal|maak|unblock) .{0,40}\b(of|or)\b/
const INTIMATE =
  /\b(nudes|naaktfoto'?s?|naakt|pics|foto'?s van jou|je foto'?s|die foto'?s|die chat|onze chat|je berichten)\b/
/** Laughing at someone's distress or mishap: "kijk hoe ze huilt", "haha hij valt van zijn stoel". */
const MOCK_CUE = /\b(kijk (hoe|wat)|moet je zien|haha+|hahaha+|lol|lmao|wat een baby)\b/
const DISTRESS =
  /\b(huilt|huilen|huilde|jankt|janken|jankte|valt|viel|struikelt|struikelde|pist|plast|kotst|in (zijn|haar|z'n) broek|schaamt|bloost|trilt|crying|cries|falls)\b/
/** Likening someone to an animal or a smell: "net een pinguïn", "ruikt altijd naar zweet". */
const LIKENED =
  /\b(net (een|zo'n)|lijkt (wel )?op (een|zo'n)|ziet eruit als (een|zo'n)|looks like (a|an)|als een) (pinguïn|pinguin|aap|varken|walvis|olifant|koe|nijlpaard|giraf|kikker|paard|ezel|geit|rat|mol|hond|beer|gorilla|chimpansee|bulldog|mopshond|vogelverschrikker|heks|trol|zombie|lijk|skelet|bejaarde|baby|kabouter|pig|cow|whale|monkey|rat|troll)\b/
const SMELL =
  /\b(ruikt|ruik|ruiken|stinkt|stink|stinken|meurt|smells|stinks) (altijd |echt |zo |weer |nog steeds |gewoon )*(naar (zweet|pis|stront|vis|kots|poep|knoflook|uien|zure melk|oksels?|rotte eieren|mest)|als een|uit (zijn|haar|z'n|d'r) (bek|mond|muil))\b/
/** Mocking how someone walks, talks or looks: "kijk hoe Priya loopt". */
const MOCK_WAY =
  /\b(kijk|moet je zien) (nou |eens |dan )?(hoe|wat) ([^ ]+ ){0,3}(loopt|praat|eet|danst|rent|zingt|lacht|kijkt|ruikt|eruit ?ziet|beweegt|gooit|schrijft)\b/

/** English exclusion aimed at a person: "no wonder nobody talks to you", "no one likes you". */
const EXCLUSION_EN =
  /\b(nobody|no one|noone|no1) ((in|at|from|on) (this |my |our |the |your )?[^ ]+ )?(likes|wants|talks to|cares about|loves|sits with|would date) (you|u|him|her)\b|\bno wonder (nobody|no one)\b|\bnobody wants you\b/
const NORMATIVE =
  /\b(moeten|moet|zou(den)? (moeten|graag)|verdienen|verdient|verdien|iemand zou|wou dat|wilde dat|hoop dat|wens|laten we|wat als we|als iemand maar|graag zien|hopen dat|in het belang van|moeten worden|genadeloos|door mijn handen|i'll|gonna|should)\b/
const DESERVE_DEATH = /\b(verdien|verdienen|verdient)\b.{0,25}\b(sterven|lijden|de dood|dood)\b/
const AFMAKEN =
  /\b(maak|maken|maakt) (ik |we )?(je|jou|jullie|hem|haar|ze|die|u) ((helemaal|echt|gewoon|nog|morgen|straks|vandaag) )*af\b/
/**
 * "maak die leraar (van Almere College) morgen af": a person noun or "meneer X" as the object, up to five words
 * before the particle. Objects like "je huiswerk" are not persons, so "maak je huiswerk af" stays harmless.
 */
const AFMAKEN_PERSON =
  /\b(maak|maken|maakt) (ik |we |wij )?((die|deze|de|dat|jullie|onze|jouw|je|zijn|haar|hun) ((vieze|vuile|kut|kanker|domme|stomme|gore|achterlijke|vette|lelijke) )?(leraar|lerares|docent|docente|juf|juffrouw|meester|mentor|conciërge|concierge|directeur|directrice|rector|teamleider|leerling|jongen|meisje|gast|vent|wijf|kerel|sukkel|loser|mongool|hoer|slet|bitch|eikel|klootzak|lul|kankerlijer)|(meneer|mevrouw|mevr|dhr|juf|meester) [^ ]+)( [^ ]+){0,5} af\b/
const WHERE_YOU_LIVE =
  /\b(weet|weten|ken|ik ken) ((allemaal|echt|heus|precies|heel goed|wel) )?(waar|je adres|jouw adres)\b(.{0,20}\b(woont|wonen|woon|adres|huis|slaapt|werkt|sport|traint|zit|fietst)\b|$)|\b(weet|weten|ken|kennen) (waar|wanneer) (je|jouw|zijn|haar|z'n|d'r) (moeder|vader|zus|zusje|broer|broertje|ouders|familie|oma|opa|vriendin|vriend|kinderen) (woont|wonen|werkt|werken|zit|zitten|traint|sport)\b|\b(ik )?(ken|weet) (haar|zijn|jouw|je|z'n|d'r) (straat|adres|huis|deur)\b/
const VEILED =
  /\b(pas maar op|pas (jij|jullie) (maar )?op|pas op (jij|jullie)|wacht (maar )?(af|tot)|(ben|bent|is|zijn) (jij |je |hij |zij |ze |die )?(echt )?(de|het) (lul|sjaak|klos|pineut)|(gaat|gaan|ga) ((jij|je|hij|zij|ze|die|jullie) )?eraan(?! (werken|beginnen|denken|doen|toe|vast|mee|twijfelen|herinneren|wennen|meedoen|bijdragen|deelnemen))|(kan|kun|kunt|kunnen) (jij |je |hij |ze |zij |die )?(maar )?beter (uitkijken|oppassen)|(lig|ligt|liggen) (je|jij|hij|zij|ze) in het ziekenhuis|(jij bent|je bent|ben je) (echt |zo |helemaal )?dood(?! (goed|leuk|gewoon|moe|eng|ziek|normaal|stil|serieus|op))|(hij|zij) is (echt )?dood (als|na|straks|morgen)|(you're|you are|he's|he is|she's|she is|ur) (so |literally )?dead|dan pak ik (je|jou|hem|haar)|ik pak (je|jou|hem|haar) (wel|straks|na school|morgen|later)(?! op\b)|^ga (maar |toch )?dood|ga toch dood|kom (je|jou|hem|haar) (halen|opwachten)|wacht (je|jou|hem|haar) op|na school (pakken|wachten|opwachten)|we zien (je|elkaar) (na school|straks|morgen)|(ligt|lig|liggen) (je|jij|ie|hij|ze|zij) (gewoon |meteen )?(plat|neer|op de grond|knock ?out|ko)\b|(moet|moeten|kan|kunnen) (maar |eens |goed |wel )*om (zich|je|zijn|haar) heen kijken|(niet|nooit) meer alleen (naar huis|over straat|fietsen|lopen)|stenen liggen (al )?klaar|let maar op|(staan|staat|sta|wachten|wacht) (we|wij|ik|ze) (je|jou|hem|haar) (straks |morgen |maandag |vrijdag )?op te wachten|(je|hem|haar) opwachten)\b/
const SCHOOL_CONTEXT =
  /\b(school|klas|les|pauze|aula|kantine|schoolplein|morgen|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|mentoruur)\b/
const MASS_VIOLENCE = /\b(schietpartij|aanslag|bommelding|bloedbad|school (opblazen|shooten))\b/
const HARASS =
  /\b(ik (zie|volg|bespied|observeer) (je|jou)|ik hou (je|jou) in de gaten|je (ontkomt|ontsnapt) (me |mij )?niet|waarom (reageer|antwoord) je (nou )?niet|stuur (me|mij) ((nou|nu|die|je|een|wat|ff|gewoon) )*(nudes|naaktfoto'?s?|foto'?s?|pics)|nudes|naaktfoto'?s?|lekker ding|wil je (met me )?(neuken|seks)|geile?|je (tieten|borsten|kontje)|ik sta( [^ ]+){0,3} (voor|bij) (je|jouw|uw|haar|zijn) (deur|huis|voordeur|raam)|ik blijf (je|jou) (volgen|berichten|appen|bellen)|ik weet waar (je|jij|ze|hij) (woont|wonen|zit)|(ben|heb) (ik )?(haar|hem|je|jou) (gewoon |weer |stiekem )?(gevolgd|achtervolgd)|(weet|ken) (precies )?(hoe laat|wanneer) (ze|hij|je|jij) .{0,40}(komt|vertrekt|thuis|klaar)|welke auto (ze|hij|je|jij) (heeft|rijdt))\b/
const ACCUSE =
  /\b(pedo|pedofiel|kinderlokker|aanrander|misbruikt|misbruik|aangerand|betast|zit (gewoon |echt |altijd |steeds )?aan (leerlingen|meisjes|kinderen|jongens)|verkoopt (wiet|drugs|coke|pillen|xtc)|iets met een leerling|relatie met een leerling|steelt|dief|fraude|fraudeert|verduistert|verduisterd|corrupt|liegt|leugenaar|dealt|dealer|drugs|dronken|racist|discrimineert|mishandelt|slaat leerlingen|strafblad|gearresteerd|opgepakt|gaat vreemd|chanteert|omkoping|steekpenningen|vervalst|vervalsen|vervalste|sjoemelt|sjoemelen|gesjoemeld|gestolen|jat|jatten|heeft .{0,30}(cijfers|punten|uitslagen|resultaten) .{0,20}(aangepast|veranderd|verhoogd|opgekrikt|vervalst)|(cijfers|punten) (aangepast|veranderd|verhoogd) (voor|van)|in (zijn|haar|z'n|zn|d'r|hun) (eigen )?zak (gestoken|gestopt|steekt|steken|stak)|(geld|kas|schoolgeld|ouderbijdrage|reisgeld|subsidie)\b.{0,30}\b(gestolen|verduisterd|gejat|achterovergedrukt|ingepikt)|achterovergedrukt|(sliep|slaapt|slapen|sliepen|naar bed|seks|een relatie|verkering|zoende|zoent) (met|gehad met|heeft met) (een |de )?(leerling|leerlingen|scholier|scholieren|meisje|meisjes|minderjarige|minderjarigen|student|studentes?)|(ontslagen|geschorst|weggestuurd|op staande voet) .{0,40}\b(omdat|wegens|vanwege|na) .{0,40}\b(leerling|leerlingen|meisje|meisjes|geld|drugs|drank|seks|geweld|geslagen|sliep)|doofpot|(heeft|had|hebben) ([^ ]+ ){0,5}(geslagen|mishandeld|misbruikt|betast|aangerand|bedreigd|verkracht|bestolen|opgelicht)|arrested|stealing|steals|stole|embezzl\w*|fired for|slept with|sleeping with|molest\w*|abused|hit (a|his|her) (student|kid|pupil|child)|affair with|drunk (in|at|during) (class|school|work)|deal(s|ing) drugs|pervert|perv|straalbezopen|bezopen|stomdronken|onder invloed|rommelt met|rommelen met|gerommeld met|(spuugt|spuwt|plast|pist|spoog) (expres |gewoon |stiekem )?in|afgeperst|afpersing|chantage|fired (from [^ ]+( [^ ]+){0,3} )?for|touching (students|kids|girls|boys|pupils)|groped|grooming)\b/
/** Shutting someone out ("niemand wil naast haar zitten") and passing it round ("stuur door"). */
const EXCLUSION =
  /\b(niemand (wil|wilt|gaat|mag|vindt) (met|naast|bij) (hem|haar|jou|je)|niemand (wil|gaat) met (hem|haar|jou|je) (praten|zitten|spelen|lunchen)|niemand (mag|vindt|moet) (hem|haar|jou|je)|niemand( [^ ]+){1,4} (moet|mag|vindt) (hem|haar|jou)|(zit|zat|zitten|eet|staat) (weer )?(helemaal )?alleen|heeft (weer eens )?niemand( om)?|geen vrienden|hoort er (niet|nooit) (meer )?bij|(kom|ga|zit|sta|ga maar) (niet|nooit) (meer )?(naast|bij|met) (hem|haar|die [^ ]+|dat [^ ]+)( [^ ]+)? (zitten|staan|praten|lopen|eten|lunchen|spelen)|(praat|praten|speel|spelen|ga|gaan|ga maar) (niet|nooit) (meer )?met (hem|haar|die [^ ]+)( [^ ]+)? (om|praten|spelen)?|(negeer|negeren|ontvolg|ontvolgen|unfollow|blokkeer|blokkeren) (hem|haar|die [^ ]+)\b|(doe|doen) alsof (hij|zij|ze) (er niet is|lucht is|niet bestaat)|(iedereen|wie) die ([^ ]+ ){1,3}(nog )?(volgt|spreekt|uitnodigt|helpt|aanneemt) (wordt|is|ligt|mag)|(niet|nooit) (meer )?(uitnodigen|uitgenodigd)|(mag|mogen) niet (meer )?(mee ?doen|mee)|niemand (wil|wilt) (hem|haar|jou|je) (erbij|in)|nobody (sits|talks|hangs) with|niemand (wil |gaat )?met (hem|haar|jou|je) (wil |gaat )?(praten|zitten|spelen|lunchen|samenwerken|omgaan|afspreken|in een groepje)|denkt dat (ie|hij|ze|zij) erbij hoort)\b/
const PASS_ON = /\b(stuur door|deel (maar )?door|doorsturen|delen maar|deel dit)\b/
/** A curse wished on whoever is the subject: "kok kan de klere krijgen". */
const CURSE =
  /\b(kan|mag|moet|kunnen|mogen) (van mij )?(de|het) (kanker|tering|tyfus|klere|kolere|pest|pleuris) (krijgen|krijge)\b/
/** The post says the story is false: the accusation it repeats is the thing being denied. */
const DENIAL =
  /\b(niet waar|onzin|nepnieuws|fake news|klopt niet|klopt helemaal niet|gelogen|verzonnen|ontkent|ontkennen|geen sprake van|niets van waar|niks van waar|geen bewijs|niks gevonden|niets gevonden|is niet (ontslagen|opgepakt|gearresteerd|geschorst)|stop (met )?(die|de|deze) (roddels|geruchten))\b/
/** "Meneer X is niet ontslagen": the denial is the whole story. */
const DENIED_FACT = /\bis niet (ontslagen|opgepakt|gearresteerd|geschorst)\b/
/** Talk about a rumour, which only clears the accusation when it is also denied or condemned. */
const RUMOUR = /\b(roddel|roddels|gerucht|geruchten|verhaal|verhalen|praatjes)\b/

/**
 * Someone else doing the violence on the writer's behalf ("mijn neef ramt hem in elkaar", "m'n broers komen je
 * halen"): the relative or friend is the subject, so there is no first-person frame, but the writer is behind it.
 */
const ALLY =
  /\b(mijn|m'n|mn|onze|ons) (grote |oudere |kleine )?(neef|neven|broer|broers|broertje|vader|pa|oom|ooms|vrienden|vriend|maten|matties|jongens|boys|familie|zus|zussen|neefjes|homies|gang)\b/
/**
 * Violence announced without a subject who wants it: "krijgt een kogel als ...", "er gaat iemand gestoken
 * worden". Passive future or "krijgt" + weapon is a threat however it is phrased.
 */
const WEAPON_RECEIVE =
  /\b(krijgt|krijg|krijgen) (een |de )?(kogel|kogels|mes|messteek|lading hagel|kopstoot)\b/
const PASSIVE_VIOLENCE =
  /\b(gaat|gaan|zal|zullen)\b( [^ ]+){0,6} (gestoken|neergestoken|doodgestoken|neergeschoten|doodgeschoten|vermoord|afgemaakt|in elkaar geslagen|in elkaar getrapt|verrot geslagen|opgeblazen|gedood) (worden|gaan)?\b/
/** Veiled threats to someone's home: "kun je je ramen beter dichtspijkeren", "doe de voordeur maar op slot". */
const HOME_THREAT =
  /\b(ramen|ruiten|deur|voordeur|deuren|luiken|huis)\b.{0,30}\b(beter|maar)\b.{0,25}\b(dichtspijkeren|dichttimmeren|barricaderen|op slot|verzekeren)\b|\b(beter|maar)\b.{0,15}\b(ramen|ruiten|voordeur|deur|luiken)\b.{0,20}\b(dichtspijkeren|dichttimmeren|barricaderen)\b/
/** A street address in the post ("Lindenlaan 14"), which turns "ga er maar eens langs" into a visit threat. */
const ADDRESS =
  /\b[a-z]+(straat|laan|weg|plein|gracht|singel|kade|dreef|hof|pad|dijk|steeg|park)\s+\d{1,4}\b/
/** The address is someone's home, not a shop or the school's own open-day address. */
const HOME_OF = /\b(woont|wonen|(zijn|haar|z'n|hun|jouw|je|zn) adres|adres van)\b/
const VISIT =
  /\b((ga|gaan|gaat|kom|komen|komt) (er|daar|d'r) ((maar|eens|vanavond|vannacht|even|morgen|allemaal|gewoon) )*(langs|heen|op bezoek)|(er|daar) ((maar|eens|vanavond|vannacht|even|morgen) )*(langsgaan|langskomen|heen gaan))\b/
/** English threats of bodily harm with a first-person or group subject. */
const THREAT_EN =
  /\b((i'll|i will|ill|i'm gonna|im gonna|i'm going to|gonna|we'll|we will|we're gonna|we are gonna) ([^ ]+ ){0,2}(smash|break|beat|punch|hurt|kick|stab|shoot|kill|wreck|bash|jump|end)\b.{0,25}\b(you|u|him|her|them|his|your|ur|their|face|head)\b|smash (his|her|your|ur|their) (face|head) in|watch (your|ur) back|(we're|we are|they're|they are|i'm|im) coming for (you|u|him|her)|put (you|u|him|her) in (the |a )?(hospital|grave|ground))\b/
/** Superlative put-downs for ranking people in a poll: "wie is de lelijkste van 2E". */
const POLL =
  /\b(wie (is|zijn|vindt|vind|vinden) |who('s| is| are) |rate |stem(men)? |vote |poll )([^ ]+ ){0,5}(de |het |the )?(lelijkste?|dikste?|domste?|vieste|smerigste|stomste|raarste|zieligste|vetste|irritantste|ergste|kleinste|stinkendste|ugliest|fattest|dumbest|weirdest|grossest|biggest loser)\b/
/** Emoji that mock a person when stacked on them (clowns, pigs, vomit). */
const MOCK_EMOJI = /🤡|🤢|🤮|💩|🐷|🐖|🐀|🐒|🦍|🙈|🐄|🐋/gu
/** Calling on others to pile on: "zet allemaal een 🤢 onder", "tag hem allemaal", "spam haar insta vol". */
const PILE_ON =
  /\b(zet|zetten|reageer|reageren|tag|taggen|spam|spammen) ((allemaal|iedereen|maar|jullie|hem|haar|een|even|massaal|die) ){0,4}([^ ]+ )?(onder|allemaal|vol|massaal)\b|\b(iedereen|allemaal) ((ff|even|maar|nu) )?(liken|like|retweeten|rt|delen|taggen)\b/
/** Shutting someone out of a group chat: "nieuwe groepsapp zonder Bas", "gooi hem uit de klassenapp". */
const GROUP_SHUTOUT =
  /\b(groepsapp|groep|klassenapp|app|chat|groepschat|gc|groupchat|group chat)\b.{0,30}\bzonder\b|\b(gooi|gooien|kick|kicken|verwijder|verwijderen|zet|zetten|haal|halen) ([^ ]+ ){0,3}uit de (groep|app|klassenapp|groepsapp|chat|groepschat|gc)\b|\b(kick|remove) ([^ ]+ ){0,2}from the (group|gc|chat|groupchat)\b/
/** Harassment through new or fake accounts and persistent messaging. */
const EVASION =
  /\b((nieuwe?|nep|fake|extra|andere|tweede|\d+) ?-?(accounts?|accs?|nepaccounts?|nummers?|profielen?)|nepaccounts?)\b.{0,40}\b(blijven|taggen|volgen|appen|stalken|spammen|berichten|dm'?en|tot)\b|\b(blijven|blijf) ([^ ]+ ){0,3}(taggen|spammen|stalken)\b|\b(i'll|i will|ill|gonna|im gonna|i'm gonna) (just )?keep (on )?(messaging|texting|calling|dming|following|tagging|messaging) (you|u|her|him)\b/
const RECIPIENT =
  /\b(je|jij|jou|hij|zij|ze|jullie|u|die|hem|haar|gast|jongen|meisje|kind|joch|leraar|lerares|docent|juf|meester|mentor|conciërge|klootzak|sukkel|loser|eikel|you|he|she)\b/
/** Thanks and help: "we weten je te vinden als we hulp nodig hebben, dank je!". */
const KIND = /\b(hulp|dank|bedankt|thanks|thank you|fijn|graag|lief|liefs)\b|❤️|😊|🙏/u
/** Schoolwork and admin: what a teacher warns about or a pupil asks a photo of. */
const SCHOOLWORK =
  /\b(rooster|huiswerk|opdracht|opdrachten|bord|aantekeningen|uitslag|klassenfoto|schoolfoto|deadline|inleveren|toets|toetsen|examen|examens|leren|oefenen|profielwerkstuk|pws|aanmelden|opgeven|werkstuk|boek|boeken|samenvatting|cijferlijst)\b/
const OFFER =
  /\b(als (je|jij|u|jullie) (dat |het )?(wil|wilt|willen)|geen probleem|met plezier|graag gedaan)\b/
/** Counting the messages someone ignores, or telling them they cannot: persistence after silence. */
const PERSIST =
  /\b(denk (je|jij) (echt|nou) dat (je|jij) van (me|mij) af bent|je komt (nooit|niet) van (me|mij) af|ik blijf (je |jou |u )?(mailen|appen|bellen|berichten|dm'?en|spammen|sturen) tot|(mijn|m'n|mn|dit is (al )?(mijn|m'n|mn)) (\d+(e|ste|de)|tiende|twintigste|dertigste|vijftigste|honderdste|zoveelste) (bericht|berichtje|appje|app|dm|mail|mailtje|poging|keer)|(\d{2,}|twintig|dertig|veertig|vijftig|honderd) (berichten|appjes|mails|e-mails|mailtjes|sms'?jes|dm'?s|keer (gebeld|geappt|ge-?sms't)|gemiste oproepen)|(je|jij|u) (kan|kunt) (me|mij) niet (blijven |eeuwig |voor altijd )?(negeren|ontlopen|ontwijken|blokkeren)|you can'?t (ignore|avoid|block|escape) me|why (won'?t|don'?t) you (answer|reply|text back|respond))\b/
const NUDGE =
  /\b((antwoord|reageer) (nou|nu|dan|toch) (eens|eindelijk|gewoon)|(antwoord|reageer) (eens|eindelijk))\b/
/** Following or waiting for someone day after day: "loop ik achter je aan", "wait for you at the station every morning". */
const STALK =
  /\b(loop|liep|fiets|fietste) (ik )?(elke dag |iedere dag |steeds )?achter (je|jou|haar|hem|u) aan|(zag|zie|merk) (je|jij|u) me (al|niet|nooit)\b.{0,40}\b(omkijken|achter)|vaker omkijken|(wait|waiting|wacht|wachten|sta|staan) (for you |op je |op jou |op haar )?.{0,30}\b(every|elke|iedere) (morning|day|night|ochtend|dag|avond|middag)|(every|elke|iedere) (morning|day|ochtend|dag|avond) .{0,30}\b(wait|wacht|sta|volg|follow)|ik weet (precies )?(wanneer|hoe laat) (je|jij|u|ze|hij) .{0,30}\b(gaat|komt|loopt|fietst|sport|traint)\b/
/** Pretending to be someone: a fake profile in their name or with their photos. */
const IMPERSONATE =
  /\b((fake|nep|tinder|insta|tiktok|snap)[- ]?(account|acc|profiel)s? .{0,30}\b(op naam van|met (jouw|je|haar|zijn) (naam|foto'?s?|gezicht|profielfoto))|(jouw|je|haar|zijn) (naam|foto'?s?|profielfoto|gezicht) (en [^ ]+ )?(gebruikt|misbruikt|geleend)|(doe|doet|deed|doen) (me |mij )?voor als|pretend(ing)? to be|(fake|catfish) (account|profile) (of|as|with) (you|her|him|your))\b/
/** Remarks on a body: "mooie benen vandaag", "lekker kontje". */
const BODY_REMARK =
  /\b(mooie|lekkere|sexy|geile|strakke|dikke|leuke) (benen|kont|kontje|borsten|tieten|lijf|lichaam|billen|heupen|lippen)\b|\b(nice|hot|sexy) (legs|ass|body|butt|boobs)\b/
/** Asking someone for pictures of themselves with a wink or kiss: sexual attention. */
const PHOTO_ASK =
  /\bstuur( (me|mij|je|jij))?( (me|mij))? ((eens|nou|ff|even|nu|dan|maar|gewoon|snel|nog) )*(een |wat |nog |die |de )?(foto'?s?|pic'?s?|selfie'?s?|plaatje|filmpje)( van (jou|je|jezelf|haar|hem|je lijf|je lichaam|je benen|je kont))?/
const SUGGESTIVE =
  /😘|😏|😍|🍑|🍆|🔥|😉|😜|💋|🥵|🤤|😛|👅|\b(sexy|lekker|geil|geile|bikini|ondergoed|badpak|naakt|alleen|van (jou|jezelf|haar))\b/u
/** A role noun takes the place of a name: "die stagiair", "de decaan". */
const ROLE =
  /\b(die|de|deze|onze|dat|that|the|our|ons|mijn|my) (nieuwe |new |oude |old |vorige )?([a-z]+ )?(stagiair|stagiaire|decaan|conrector|rector|directeur|directrice|mentor|mentrix|conciërge|concierge|teamleider|coördinator|coordinator|zorgcoördinator|invaller|vervanger|leraar|lerares|docent|docente|juf|meester|[a-z]+leraar|[a-z]+lerares|[a-z]+docent|[a-z]+juf|[a-z]+dame|[a-z]+meester|administratie|administrateur|conrectrix|teacher|principal|coach|trainer)\b|\b(deze|die) (man|vrouw|gast|vent)\b/
/** Accusations about drinking on the job, said of staff. */
const ACCUSE_DRINK =
  /\b(drinkt|zuipt) ([^ ]+ ){0,3}(voor|tijdens|onder) (de|het|elke) (les|lessen|werk|school)|alcoholist|ruikt (gewoon )?naar (alcohol|drank|bier)\b/

const IDIOM_AFTER_SHOOT =
  /^((me|mij|je|hem|haar|ons|ze) )?(in de (lach|stress|paniek|kramp|problemen|rats|slaap|wortel)|tekort|te binnen|wortel|raak|voorbij|omhoog|vol|uit (de|het) (startblokken|slof|bocht)|op(?! (je|jou|hem|haar|jullie|die))|overeind|wakker)\b/

interface Sentence {
  idx: number[]
}

function sentences(p: Prepared): Sentence[] {
  const out: Sentence[] = []
  p.tokens.forEach((t, i) => {
    ;(out[t.sentence] ??= { idx: [] }).idx.push(i)
  })
  return out.filter(Boolean)
}

/** Run the abuse detectors on a prepared post. */
export function detectAbuse(p: Prepared, tags: Set<Tag>[], f: Findings): void {
  const text = p.normText
  const game = GAME.test(text)
  const sport = SPORT.test(text)
  const counter =
    ((META_SPEECH.test(text) || p.tokens.some((t) => t.quoted)) && CONDEMN.test(text)) ||
    COUNTER_STRONG.test(text)
  if (counter) f.note('counter_speech')
  if (game) f.note('game_context')
  // Post-wide facts, read once: an explicit joke marker ("grapje schat"; "geen grap" undoes it), a kitchen, help
  // arranged or recruited for violence ("ik ken mensen die ...", "wie doet mee").
  const joking = JOKE.test(text) && !UNJOKE.test(text + ' ' + p.text)
  if (joking) f.note('joke_context')
  // "Die roddels zijn niet waar", or a rumour named and condemned ("stop met die geruchten, schandalig").
  const denied = DENIAL.test(text) || (RUMOUR.test(text) && CONDEMN.test(text))
  if (denied && (RUMOUR.test(text) || ACCUSE.test(text) || DENIED_FACT.test(text)))
    f.note('rumour_denied')
  if (sport) f.note('sport_context')
  const food = FOOD.test(text)
  if (food) f.note('food_context')
  const helpArranged = HIRED.test(text) || RECRUIT.test(text)
  const fiction = FICTION.test(text)
  if (fiction) f.note('fiction_context')
  const idiomatic = IDIOM.test(text)
  if (idiomatic) f.note('idiom_context')
  const live = (i: number) => !p.tokens[i].quoted && !p.tokens[i].negated
  const has = (i: number, t: Tag) => tags[i].has(t)

  // A group named in one sentence is what "ze" or "hen" refers to in the next ("... Ik haat ze.").
  const postIdentity = p.tokens.some((t, i) => !t.quoted && tags[i].has('identity'))
  // Exclusion needs a person somewhere in the post and some hostility (an insult, mockery, passing it on).
  const postTarget = p.tokens.some(
    (t, i) => !t.quoted && (tags[i].has('name') || tags[i].has('third') || tags[i].has('second'))
  )
  const postHostile =
    PASS_ON.test(text) ||
    p.tokens.some(
      (t, i) => !t.quoted && !t.negated && (tags[i].has('insult') || tags[i].has('slur'))
    ) ||
    /\b(haha+|hahaha+|lol|lmao)\b|😂|🤣/u.test(text + ' ' + p.text)
  // Emoji pile-ons are read on the raw post: a stack of clowns or pigs under a person, or a call to add them.
  const mockEmoji = (p.text.match(MOCK_EMOJI) ?? []).length
  const pileOn = PILE_ON.test(text)
  // "Ilse uit 2A": a name with a class reference is a person even when the name list does not know it.
  const someone = postTarget || /\b(uit|van) [1-6] ?[a-z]{1,3}\b/.test(text)
  if (!counter && someone && (mockEmoji >= 2 || (pileOn && (mockEmoji || postHostile))))
    f.add('bullying', 0.7, 'emoji_pile_on', [])
  if (!counter && postTarget && pileOn && /\b(spam|spammen|dm|dms)\b/.test(text))
    f.add('harassment', 0.65, 'harass_pile_on', [])
  for (const s of sentences(p)) {
    const alive = s.idx.filter((i) => !p.tokens[i].quoted)
    const any = (t: Tag) => alive.filter((i) => has(i, t))
    const pronounGroup = postIdentity
      ? alive.filter((i) => ['ze', 'zij', 'hen', 'hun', 'jullie'].includes(p.tokens[i].norm))
      : []
    const identity = [...any('identity'), ...pronounGroup]
    const second = any('second')
    const third = any('third')
    const named = [...any('name'), ...any('staff')]
    const personTargets = [...second, ...third, ...named]
    const hasTarget = identity.length > 0 || personTargets.length > 0
    const sentenceText = alive.map((i) => p.tokens[i].norm).join(' ')
    if (counter) continue
    // "We mogen nooit ... laten lijden", "Ik heb nooit gezegd dat ...": the sentence rejects what it mentions.
    // Every prohibition holds nooit/niet/geen; the cheap check spares the long alternation on most sentences.
    if (NEGATOR_WORD.test(sentenceText) && PROHIBITION.test(sentenceText)) {
      f.note('prohibition')
      continue
    }
    const self = any('self').length > 0
    const exclaim = EXCLAIM.test(sentenceText) && !self
    // "jij bent dom", "is hij dom": a copula next to the person, so "je kapotte platen zijn waardeloos" stays quiet.
    const predicated = personTargets.some(
      (j) =>
        COPULA.has(p.tokens[j + 1]?.norm ?? '') ||
        COPULA.has(p.tokens[j - 1]?.norm ?? '') ||
        CONTRACTED.has(p.tokens[j].norm)
    )

    for (const i of alive) {
      const tok = p.tokens[i]
      const noun = has(i, 'slur') || has(i, 'insult') || has(i, 'dehum')
      if (noun ? tok.negatedAhead : tok.negated) continue
      if (has(i, 'slur')) f.add('bullying', 0.8, 'slur', [tok])
      else if (has(i, 'dehum') && hasTarget) f.add('bullying', 0.82, 'dehumanising', [tok])
      else if (has(i, 'insult')) {
        if (identity.length) f.add('bullying', 0.8, 'insult_group', [tok])
        else if (named.length) f.add('bullying', 0.75, 'insult_named', [tok])
        else if (
          second.length ||
          third.length ||
          exclaim ||
          i === s.idx[0] ||
          (i === s.idx[1] && has(s.idx[0], 'attr')) ||
          /\b(uit|van) [1-6] ?[a-z]{1,3}\b/.test(sentenceText) ||
          postIdentity ||
          DEMONSTRATIVE.has(p.tokens[i - 1]?.norm ?? '') ||
          DEMONSTRATIVE.has(p.tokens[i - 2]?.norm ?? '')
        )
          f.add('bullying', 0.62, 'insult_person', [tok])
        // "kok is een sukkel", "vieze klootzak is het": the insult is said of someone.
        else if (
          !self &&
          (alive.some((j) => COPULA.has(p.tokens[j].norm)) ||
            /=\s*$/.test(p.text.slice(0, tok.start)))
        )
          f.add('bullying', 0.6, 'insult_predicate', [tok])
        else f.note('insult_untargeted')
      } else if (has(i, 'attr')) {
        const before = (list: number[]) => list.some((j) => j < i && i - j <= 5)
        if (identity.length) f.add('bullying', 0.72, 'attribute_group', [tok])
        else if ((predicated && before(personTargets)) || exclaim)
          f.add('bullying', 0.55, 'attribute_person', [tok])
      } else if (has(i, 'hate')) {
        if (identity.length) f.add('bullying', 0.8, 'hate_group', [tok])
        else if (named.length || second.length) f.add('bullying', 0.6, 'hate_person', [tok])
        else f.note('hate_untargeted')
      }
      if (has(i, 'menace') && identity.length) f.add('bullying', 0.72, 'menace_group', [tok])
      if (has(i, 'profanity')) {
        if (identity.length) f.add('bullying', 0.62, 'profanity_group', [tok])
        else if (!hasTarget) f.note('profanity_untargeted')
      }
    }
    // "Vrouwen zijn nooit intelligent": a negated compliment about a group is a put-down.
    if (identity.length)
      for (const i of alive)
        if (p.tokens[i].negated && POSITIVE.has(p.tokens[i].norm))
          f.add('bullying', 0.68, 'negated_positive_group', [p.tokens[i]])

    // Phrase rules: judged on the whole sentence; a phrase that carries its own negator ("niets waard") counts.
    const hateHit = HATE_PHRASES.exec(sentenceText)
    if (hateHit && hasTarget) {
      const toks = alive.filter((i) => hateHit[0].includes(p.tokens[i].norm))
      const spans = toks.length ? [spanOf(toks.map((i) => p.tokens[i]))] : []
      if (identity.length) f.add('bullying', 0.75, 'hate_phrase_group', spans)
      else f.add('bullying', 0.55, 'hate_phrase_person', spans)
    }

    // Threats: a violent act, a subject or norm that wants it, and someone to do it to.
    // "mijn telefoon is dood": dead said of a thing is not violence; "jij bent dood" keeps a person subject.
    const deadThing = (i: number) =>
      p.tokens[i].norm === 'dood' &&
      COPULA.has(p.tokens[i - 1]?.norm ?? '') &&
      !/^(je|jij|hij|zij|ze|jullie|u|you|he|she)$/.test(p.tokens[i - 2]?.norm ?? '') &&
      !tags[i - 2]?.has('name') &&
      !tags[i - 2]?.has('staff')
    // "ik schiet in de lach", "schiet tekort", "het schoot me te binnen": idioms, not shots.
    const idiom = (i: number) =>
      /^(schiet|schieten|schoot|schoten)$/.test(p.tokens[i].norm) &&
      IDIOM_AFTER_SHOOT.test(
        p.tokens
          .slice(i + 1, i + 5)
          .map((t) => t.norm)
          .join(' ')
      )
    // "mn broertje zegt dat hij me vermoordt": the writer is the one threatened, reporting it.
    const aimedAtWriter = (i: number) => {
      const near = p.tokens.slice(Math.max(0, i - 2), i + 3).map((t) => t.norm)
      return (
        near.some((w) => w === 'me' || w === 'mij') &&
        !near.some((w) => /^(je|jou|hem|haar|jullie|u)$/.test(w))
      )
    }
    const violent = alive.filter(
      (i) => live(i) && has(i, 'violence') && !deadThing(i) && !idiom(i) && !aimedAtWriter(i)
    )
    const violentPhrase =
      VIOLENT_PHRASES.exec(sentenceText) ??
      (/\bhanden\b/.test(sentenceText) ? null : SEPARABLE.exec(sentenceText))
    const firstSubject = any('firstSubject').length > 0
    const ally = ALLY.test(sentenceText)
    const frame =
      firstSubject ||
      NORMATIVE.test(sentenceText) ||
      ally ||
      helpArranged ||
      FUTURE_OTHER.test(sentenceText) ||
      IMPERATIVE.test(sentenceText)
    const threatTarget =
      hasTarget ||
      alive.some(
        (i) =>
          (has(i, 'insult') || has(i, 'slur')) && DEMONSTRATIVE.has(p.tokens[i - 1]?.norm ?? '')
      ) ||
      /\b(iedereen|ze|jullie|them|mensen|leerlingen|docenten|leraren|kinderen|kelen|keel|nek|nekken|kop|hoofd|gast|jongen|meisje|kind|joch|knul|griet|meid|vent|kerel|leerling|klasgenoot|conciërge|scheids|scheidsrechter|buurjongen|leraar|lerares|docent|juf|meester|mentor)\b/.test(
        sentenceText
      )
    const damp = game || sport || fiction || idiomatic ? 0.15 : joking ? 0.35 : 1
    if ((violent.length || violentPhrase) && frame && threatTarget) {
      const spans = violent.map((i) => p.tokens[i])
      f.add(
        'threat',
        0.85 * damp,
        violentPhrase ? 'threat_violence_phrase' : 'threat_violence',
        spans.length ? spans : sentSpan(p, s)
      )
    }
    if (AFMAKEN.test(sentenceText) || AFMAKEN_PERSON.test(sentenceText))
      f.add('threat', 0.95 * damp, 'threat_afmaken', sentSpan(p, s))
    if (DESERVE_DEATH.test(sentenceText) && hasTarget)
      f.add('threat', 0.8, 'threat_deserve_death', sentSpan(p, s))
    if (VEILED.test(sentenceText)) f.add('threat', 0.62 * damp, 'threat_veiled', sentSpan(p, s))
    if (LIE_IN_WAIT.test(sentenceText) && !WELCOME.test(text))
      f.add('threat', 0.66 * damp, 'threat_lie_in_wait', sentSpan(p, s))
    if (DAMAGE.test(sentenceText) && AND_PERSON.test(sentenceText))
      f.add('threat', 0.8 * damp, 'threat_damage_and_person', sentSpan(p, s))
    // Blackmail needs the exposure and either a condition or intimate material; game damping does not apply.
    if (EXPOSE.test(sentenceText) && (UNLESS.test(text) || INTIMATE.test(sentenceText))) {
      f.add('harassment', 0.8, 'harass_blackmail', sentSpan(p, s))
      f.add('threat', 0.72, 'threat_blackmail', sentSpan(p, s))
    }
    if (MOCK_CUE.test(text + ' ' + p.text) && DISTRESS.test(sentenceText) && personTargets.length)
      f.add('bullying', 0.55, 'mock_distress', sentSpan(p, s))
    if (EXCLUSION_EN.test(sentenceText))
      f.add(
        'bullying',
        postHostile || any('attr').length ? 0.72 : 0.55,
        'exclusion_en',
        sentSpan(p, s)
      )
    // "Mees" is a name whose key collides with "mes".
    const weapons = alive.filter((i) => live(i) && has(i, 'weapon') && !has(i, 'name'))
    if (
      weapons.length &&
      !food &&
      (SCHOOL_CONTEXT.test(text) || threatTarget) &&
      (firstSubject || ally || NORMATIVE.test(sentenceText) || CARRY.test(sentenceText))
    )
      // A knife held in a school play or a gun in a game is damped like any other threat cue.
      f.add(
        'threat',
        0.85 * damp,
        'threat_weapon',
        weapons.map((i) => p.tokens[i])
      )
    // A weapon received or violence in the passive future needs no first-person frame to be a threat.
    if (WEAPON_RECEIVE.test(sentenceText) && threatTarget)
      f.add('threat', 0.8 * damp, 'threat_weapon_receive', sentSpan(p, s))
    if (PASSIVE_VIOLENCE.test(sentenceText))
      f.add('threat', 0.75 * damp, 'threat_passive', sentSpan(p, s))
    if (HOME_THREAT.test(sentenceText)) f.add('threat', 0.7 * damp, 'threat_home', sentSpan(p, s))
    // "ga er maar eens langs" is harmless alone; after a street address it sends people to a door.
    if (VISIT.test(sentenceText) && HOME_OF.test(text) && ADDRESS.test(text))
      f.add('threat', 0.68 * damp, 'threat_visit_address', sentSpan(p, s))
    if (THREAT_EN.test(sentenceText)) f.add('threat', 0.8 * damp, 'threat_en', sentSpan(p, s))
    if (POLL.test(sentenceText)) f.add('bullying', 0.72, 'bully_poll', sentSpan(p, s))
    if (GROUP_SHUTOUT.test(sentenceText))
      f.add('bullying', postTarget ? 0.72 : 0.6, 'exclusion_group_chat', sentSpan(p, s))
    if (EVASION.test(sentenceText)) f.add('harassment', 0.75, 'harass_evasion', sentSpan(p, s))
    if (PERSIST.test(sentenceText)) f.add('harassment', 0.72, 'harass_persist', sentSpan(p, s))
    if (STALK.test(sentenceText)) f.add('harassment', 0.72, 'harass_stalk', sentSpan(p, s))
    if (IMPERSONATE.test(sentenceText))
      f.add('harassment', 0.72, 'harass_impersonate', sentSpan(p, s))
    if (
      BODY_REMARK.test(sentenceText) &&
      !/\b(model|schilderij|kunst|anatomie|biologie)\b/.test(text)
    )
      f.add('harassment', 0.62, 'harass_body_remark', sentSpan(p, s))
    else if (NUDGE.test(sentenceText) && (named.length || PERSIST.test(text)))
      f.add('harassment', 0.45, 'harass_nudge', sentSpan(p, s))
    if (
      PHOTO_ASK.test(sentenceText) &&
      SUGGESTIVE.test(sentenceText + ' ' + p.text) &&
      !SCHOOLWORK.test(text)
    )
      f.add('harassment', 0.7, 'harass_photo_request', sentSpan(p, s))
    // Appearance and smell put-downs need a person: a name, a pronoun, a class reference, "die nieuwe".
    const someoneHere =
      personTargets.length > 0 ||
      /\b(uit|van) [1-6] ?[a-z]{1,3}\b/.test(sentenceText) ||
      /\b(die|dat|deze) (nieuwe|jongen|meisje|gast|kind|joch|griet|wijf|vent)\b/.test(sentenceText)
    // "kijk naar die schoenen van Thijs 😂😂😂", "meme van ruben ... stuur door 🐷": laughter or a meme passed on.
    const laughs = (p.text.match(/😂|🤣|💀|😭/gu) ?? []).length
    if (
      someoneHere &&
      ((laughs >= 3 && /\b(kijk|moet je zien|check|look at)\b/.test(sentenceText)) ||
        (PASS_ON.test(text) && (mockEmoji > 0 || /\bmeme\b/.test(text))))
    )
      f.add('bullying', 0.62, 'bully_laughing_stock', sentSpan(p, s))
    if (someoneHere && (LIKENED.test(sentenceText) || SMELL.test(sentenceText)))
      f.add('bullying', postHostile || mockEmoji ? 0.7 : 0.6, 'bully_likened', sentSpan(p, s))
    else if (
      someoneHere &&
      MOCK_WAY.test(sentenceText) &&
      (postHostile || mockEmoji || /[🐧🐒🐷🐄🐘🦛]/u.test(p.text))
    )
      f.add('bullying', 0.62, 'bully_mock_way', sentSpan(p, s))
    if (MASS_VIOLENCE.test(sentenceText) && SCHOOL_CONTEXT.test(text))
      f.add('threat', 0.8, 'threat_mass', sentSpan(p, s))
    threatCues(p, s, sentenceText, text, {
      damp,
      frame,
      threatTarget,
      person: personTargets.length > 0 || postTarget,
      food,
      f
    })

    if (WHERE_YOU_LIVE.test(sentenceText) && (second.length || third.length)) {
      f.add('harassment', 0.8, 'harass_address', sentSpan(p, s))
      f.add('threat', 0.6, 'threat_address', sentSpan(p, s))
    }
    // "ik blijf je berichten sturen als je dat wil": an offer, not pursuit.
    const harass = HARASS.exec(sentenceText)
    const photoForSchool = /foto|pics/.test(harass?.[0] ?? '') && SCHOOLWORK.test(text)
    if (harass && !OFFER.test(text) && !photoForSchool)
      f.add('harassment', 0.72, 'harass_pattern', sentSpan(p, s))
    if (CURSE.test(sentenceText)) f.add('bullying', 0.6, 'curse_person', sentSpan(p, s))
    // Exclusion is read on the raw sentence: "niemand" is a negator, but here it is the point, not a denial.
    const excl = EXCLUSION.exec(sentenceText)
    if (excl && (personTargets.length || postTarget))
      f.add('bullying', postHostile ? 0.72 : 0.5, 'exclusion', sentSpan(p, s))

    const accusation = ACCUSE.exec(sentenceText) ?? ACCUSE_DRINK.exec(sentenceText)
    // "demonstranten moeten opgepakt worden" wishes an arrest; it does not report one.
    const wished =
      /\b(moeten|moet|zouden|zou) (worden )?(opgepakt|gearresteerd|opgesloten)\b|\b(opgepakt|gearresteerd|opgesloten) (moeten|moet|zouden|zou) worden\b/.test(
        sentenceText
      )
    if (accusation && !denied && !wished) {
      const accTok = alive.filter((i) => p.tokens[i].norm === accusation[0].split(' ')[0])
      const negated = accTok.some((i) => p.tokens[i].negated)
      const selfOnly = any('self').length > 0 && !personTargets.length && !ROLE.test(sentenceText)
      if (!negated && !selfOnly) {
        const spans = accTok.map((i) => p.tokens[i])
        if (named.length) f.add('defamation', 0.75, 'accuse_named', spans)
        else if (
          third.length ||
          /\b(school|rector|directie|docenten|leraren|schoolleiding)\b/.test(sentenceText)
        )
          f.add('defamation', 0.5, 'accuse_person', spans)
        // "die stagiair verkoopt wiet": a role noun points at one person as surely as a name.
        else if (ROLE.test(sentenceText)) f.add('defamation', 0.6, 'accuse_role', spans)
      }
    }
  }
}

/**
 * The phrase cues of cues-threat.ts for one sentence. Blows and catching need a frame (the writer, an ally, a
 * norm, a condition) and stay quiet when negated; veiled warnings and hoaxes carry their own frame.
 */
function threatCues(
  p: Prepared,
  s: Sentence,
  sentenceText: string,
  text: string,
  c: {
    damp: number
    frame: boolean
    threatTarget: boolean
    person: boolean
    food: boolean
    f: Findings
  }
): void {
  const add = (conf: number, rule: string) => c.f.add('threat', conf * c.damp, rule, sentSpan(p, s))
  const framed = c.frame || /\b(als|dan|anders|straks|morgen|wie)\b/.test(sentenceText)
  const hit = HIT_DIRECT.exec(sentenceText) ?? HIT_AUX.exec(sentenceText)
  if (hit && framed && !negatedMatch(sentenceText, hit)) add(0.82, 'threat_hit')
  const caught = CATCH.exec(sentenceText)
  if (caught && !negatedMatch(sentenceText, caught)) add(0.66, 'threat_catch')
  const fetch = FETCH.exec(sentenceText)
  if (
    fetch &&
    !PICKUP.test(text) &&
    !negatedMatch(sentenceText, fetch) &&
    (c.frame || /\bwel\b/.test(fetch[0]))
  )
    add(0.66, 'threat_fetch')
  // "wie mij verraadt krijgt een klap", "geef hem een dreun": someone on the receiving end, not the writer.
  const received = BLOW_RECEIVE.exec(sentenceText)
  // The one receiving it is a person: "wie ... krijgt", "je krijgt", "krijgt hij"; "de economie krijgt een klap" is not.
  const recipient =
    received &&
    (/\bwie\b/.test(sentenceText.slice(0, received.index)) ||
      RECIPIENT.test(
        sentenceText.slice(0, received.index).split(' ').slice(-4).join(' ') +
          ' ' +
          received[0].split(' ').slice(0, 3).join(' ')
      ))
  if (
    received &&
    recipient &&
    !/\b(ik|i)\b/.test(received[0]) &&
    !/\b(ik|i) $/.test(sentenceText.slice(0, received.index)) &&
    !negatedMatch(sentenceText, received)
  )
    add(0.78, 'threat_blow_receive')
  const given = BLOW_GIVE.exec(sentenceText)
  if (given && framed && c.threatTarget && !negatedMatch(sentenceText, given))
    add(0.78, 'threat_blow_give')
  // Damage to someone's belongings, announced or wrapped in mock innocence ("zou zonde zijn als ...").
  if (
    PROPERTY.test(sentenceText) &&
    (IRONIC.test(sentenceText) || c.frame) &&
    !OWN_RUINED.test(sentenceText)
  )
    add(0.72, 'threat_property')
  if (AT_HOME.test(sentenceText)) add(0.72, 'threat_at_home')
  if (WARNING_ALONE.test(sentenceText)) add(0.62, 'threat_warning')
  // Mock concern and a relative's whereabouts need someone addressed or named, and no kind or schoolwork frame.
  const addressed = c.person || c.threatTarget
  if (MOCK_CONCERN.test(sentenceText) && addressed && !SCHOOLWORK.test(text) && !KIND.test(text))
    add(0.62, 'threat_mock_concern')
  if (KIN_WHEREABOUTS.test(sentenceText) && (IRONIC.test(text) || MOCK_CONCERN.test(text)))
    add(0.66, 'threat_kin')
  if (WISH_HARM.test(sentenceText)) {
    add(0.62, 'threat_wish_harm')
    c.f.add('bullying', 0.6, 'wish_harm', sentSpan(p, s))
  }
  // "je bent gewaarschuwd: morgen is de deadline": a teacher's warning about schoolwork.
  const veiled = VEILED_MORE.exec(sentenceText)
  const aboutSchoolwork =
    !!veiled && /gewaarschuwd|waarschuwing|spijt/.test(veiled[0]) && SCHOOLWORK.test(sentenceText)
  if (veiled && !aboutSchoolwork && !KIND.test(text)) add(0.64, 'threat_veiled')
  if (HOAX.test(sentenceText) && !HOAX_BENIGN.test(text))
    c.f.add('threat', 0.75, 'threat_hoax', sentSpan(p, s))
  if (BLAST.test(sentenceText) && LEAVE_WARNING.test(text) && !HOAX_BENIGN.test(text))
    c.f.add('threat', 0.75, 'threat_hoax', sentSpan(p, s))
  if (
    THREAT_EMOJI.test(p.text) &&
    c.person &&
    !c.food &&
    (c.frame || /\b(wacht|pas op|let op)\b/.test(text))
  )
    add(0.6, 'threat_emoji')
}

function sentSpan(p: Prepared, s: Sentence): { start: number; end: number }[] {
  return [spanOf(s.idx.map((i) => p.tokens[i]))]
}
