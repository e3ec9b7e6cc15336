/**
 * Common first names of Dutch secondary-school pupils (CBS/SVB top lists of the birth years 2008–2014 plus names
 * frequent in Almere), lower-case. Used only to find names of likely minors in post text for pseudonymisation:
 * matching too much is the safe side, so the list favours recall.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  `
noah sem liam lucas daan finn levi luuk milan bram jesse thijs sven ruben lars tim tom max mees sam julian
jayden ryan stijn gijs jens jan cas thomas niels teun olivier hugo boaz mats siem ties jurre dex tygo timo
owen benjamin james david adam mohamed mohammed muhammed ahmed ayoub yusuf youssef amir omar ibrahim bilal
hamza mehmet emir ilias rayan zakaria anas imran ali mustafa kerem arda yassin ismail soufian nassim
jason kevin dylan justin nick rick bas koen joep wout luca dani kai jort pepijn floris wessel joris
job jelle jelmer bart stan rens tijn fedde hidde sepp joshua elias gabriel lenn vince senna ravi ravi
emma julia mila tess sophie zoe sara sarah nora yara eva anna noor lotte fenna saar lisa sanne fleur isa
lynn jasmijn esmee femke anouk britt iris lieke maud romy sophia olivia liv evi nina lara luna elin
lauren amy demi kim lana nova isabel isabella elise roos fay feline linde merel puck vera jade ilse
amira aya fatima imane yasmina nadia chaima malak hiba salma sanaa hajar ikram nisrine hafsa meryem
elif zeynep esra selin ecem priya anjali shanti naomi rachel chloe ella ivy jill joy kiki lieve loïs
lois mirthe myrthe noa norah quinty robin romee sterre tara tessa vajèn yfke zara hanna hannah emily
maria marit marloes manon milou mia mare indy jolien josephine juul kyra laura lize lotje maartje
`
    .split(/\s+/)
    .filter(Boolean)
)
