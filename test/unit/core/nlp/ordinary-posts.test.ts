/**
 * Ordinary school and social posts must never reach "middel": the learned layer alone may not escalate
 * (thresholds.MODEL_ONLY_MAX_RISK), and threat or personal information need a rule or a lexicon anchor.
 * None of these sentences is in the training data.
 */
import { describe, expect, it } from 'vitest'
import { levelRank } from '../../../../electron/shared/domain.ts'
import { createScorer, loadModel } from '../../../../electron/core/nlp/index.ts'

const scorer = createScorer({ model: loadModel() })

const ORDINARY = [
  'wie gaat er mee naar de bioscoop vanavond',
  'we gaan hem vrijdag verrassen met taart',
  'Wat een verrassing: de juf kreeg een taart van 2C',
  'Open dag zaterdag van 10 tot 14 uur, kom gerust langs met je ouders!',
  'Onze meiden hebben de hockeywedstrijd gewonnen met 3-1 💪',
  'Heeft iemand de antwoorden van de wiskunde-opgaven van paragraaf 4.2?',
  'Morgen eerste uur uitval, lekker uitslapen',
  'Gefeliciteerd met je verjaardag Sem! 🎂🎉',
  'Wat een weer vandaag, ik ben helemaal doorweekt aangekomen',
  'File op de A6 bij Almere Buiten, ik kom te laat voor het eerste uur',
  'Geslaagd!!! Eindelijk mijn diploma, dank aan alle docenten',
  'Gevonden: een zwarte sleutelbos bij de fietsenstalling, ligt bij de conciërge',
  'Wie heeft mijn gymschoenen gezien? Maat 42, blauw met wit',
  'Zin in de schoolreis naar Parijs volgende week',
  'Vanavond voetbaltraining gaat niet door vanwege het onweer',
  'Kan iemand mij uitleggen hoe je de stelling van Pythagoras gebruikt?',
  'Fijne vakantie allemaal, tot na de zomer!',
  'De kantine heeft eindelijk weer tosti’s 🙌',
  'Wij zoeken nog iemand voor ons groepje bij het profielwerkstuk biologie',
  'Mijn broertje begint volgend jaar in de brugklas, spannend!',
  'Tip voor de toetsweek: begin op tijd met leren en neem pauzes',
  'De bus van 7:45 was weer propvol, we stonden als sardientjes',
  'Concert van de schoolband was echt geweldig gisteravond',
  'Welke film gaan we kijken op de laatste schooldag?',
  'Mijn cijfer voor Engels is binnen: een 8,2 😄',
  'Sneeuw! Wie gaat er na school sleeën in het park?',
  'Morgen is het sportdag, vergeet je sportkleding niet',
  'Bedankt voor de gezellige avond iedereen, tot maandag',
  'Wie doet er mee met de sponsorloop voor het goede doel?',
  'Het rooster voor volgende week staat online in Zermelo',
  'Ik heb mijn rijbewijs gehaald in één keer!!',
  'Kaartjes voor het schoolfeest zijn te koop bij de receptie, 5 euro',
  'Zaterdag gaan we met de hele klas bowlen, wie rijdt er mee?',
  'Ik snap er niks van, dat huiswerk van Frans is echt veel',
  'Lekker weertje voor de excursie naar de Oostvaardersplassen',
  'Jullie zijn echt de beste klas ooit, bedankt voor dit jaar ❤️'
]

describe('ordinary posts stay geen or laag with the model on', () => {
  it('has 30+ cases', () => expect(ORDINARY.length).toBeGreaterThanOrEqual(30))
  it.each(ORDINARY)('%s', (text) => {
    const s = scorer.score({ text })
    const got = `${s.level} (${s.risk}) ${s.categories.map((c) => `${c.id}:${c.confidence}`).join(' ')}`
    expect(levelRank(s.level), got).toBeLessThanOrEqual(levelRank('laag'))
    expect(
      s.categories.map((c) => c.id),
      got
    ).not.toContain('threat')
    expect(
      s.categories.map((c) => c.id),
      got
    ).not.toContain('personal_info')
  })
})
