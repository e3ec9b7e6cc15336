import { describe, expect, it } from 'vitest'
import { cats, conf, score } from './helpers.ts'

describe('threat', () => {
  it.each([
    'ik maak je af',
    'Morgen na school sla ik je in elkaar',
    'ik ga die docent vermoorden',
    'Ik neem morgen een mes mee naar school',
    'iemand zou die mentor moeten neersteken',
    'We zulen deze vrouwen genadeloos maretlen.',
    'Wacht maar tot vrijdag, dan ben je de lul',
    'Ik maak die leraar van Almere College morgen af.',
    'ik maak meneer Kok morgen af'
  ])('fires on %s', (text) => {
    expect(cats(score(text))).toContain('threat')
  })

  it('is critical for a direct death threat', () => {
    expect(score('ik maak je af').level).toBe('kritiek')
  })

  it.each([
    'ik maak je af in Fortnite',
    'haha we maken ze af zaterdag in de finale',
    'Ik zou nooit een vrouw pijn doen.',
    'We moeten het doden van dieren nooit toestaan.',
    'ik ga dood van het lachen',
    'Ik maak je huiswerk af als je wil',
    'Morgen maak ik de opdracht van meneer Kok af',
    'ik maak die gast af in fortnite',
    '"Ik maak je af" is geen grap, we tolereren dat niet op school',
    'Pas op voor nepaccounts die zich voordoen als de school'
  ])('stays quiet on %s', (text) => {
    expect(cats(score(text))).not.toContain('threat')
  })
})

describe('bullying and group hate', () => {
  it.each([
    ['je bent een sukkel', 'insult_person'],
    ['Sanne is een vieze slet', 'insult_named'],
    ['Ik haat vrouwen.', 'hate_group'],
    ['Moslims zijn ongedierte', 'dehumanising'],
    ['Ongelooflijk, wat een flikker.', 'slur'],
    ['Typisch gedrag voor een n1knok.', 'slur'],
    ['Ikhaat vrouwen.', 'hate_group'],
    ['Het leven van een transgender is niets waard.', 'hate_phrase_group'],
    ['Vrouwen zijn nooit intelligent.', 'negated_positive_group']
  ])('fires on %s (%s)', (text, rule) => {
    const s = score(text)
    expect(cats(s)).toContain('bullying')
    expect(s.evidence.map((e) => e.rule)).toContain(rule)
  })

  it('points the evidence at the insult', () => {
    const s = score('je bent echt een sukkel')
    const e = s.evidence.find((x) => x.category === 'bullying')
    expect(e?.text).toBe('sukkel')
    expect(s.risk).toBeGreaterThanOrEqual(40)
  })

  it.each([
    'je bent geen sukkel',
    'jij bent niet dom, je moet gewoon oefenen',
    'Kut, ik heb de bus gemist',
    'fuck deze maandag',
    'Ik ben zo’n sukkel, sleutels vergeten',
    'Hoe kun je "zwarte personen zijn walgelijk" zeggen en niet doorhebben dat dat hatelijk is?',
    'Stop met mensen mongool noemen, dat is kwetsend',
    'Ik haat vrouwen niet.',
    'Ik hou van immigranten.',
    'Ik walg enorm van deze broodjes.',
    'Je kapotte platen zijn waardeloos.',
    'KWF kanker fundraiser: wij lopen zondag 10 km'
  ])('stays quiet on %s', (text) => {
    expect(cats(score(text))).not.toContain('bullying')
  })
})

describe('harassment', () => {
  it.each([
    'stuur me je nudes',
    'ik weet waar je woont',
    'waarom reageer je niet? ik zie je wel online'
  ])('fires on %s', (text) => {
    expect(cats(score(text))).toContain('harassment')
  })

  it('stays quiet on an ordinary request for photos of an event', () => {
    expect(cats(score('Wie heeft de foto’s van de sportdag?'))).not.toContain('harassment')
  })
})

describe('defamation', () => {
  it('needs a target plus an accusation', () => {
    expect(conf(score('Meneer de Vries is een pedo'), 'defamation')).toBeGreaterThanOrEqual(0.7)
    expect(cats(score('de directeur steelt geld van de ouderbijdrage'))).toContain('defamation')
  })

  it('stays quiet on denials, self-reports and accusations without a person', () => {
    expect(
      cats(score('Het is niet waar dat meneer de Vries een dief is, dat zijn roddels'))
    ).not.toContain('defamation')
    expect(cats(score('die docent heeft echt iets met geschiedenis'))).not.toContain('defamation')
    expect(cats(score('ik ben gisteren opgepakt met mijn broer voor een grap'))).not.toContain(
      'defamation'
    )
  })
})

describe('Dutch word order', () => {
  it('joins separable verbs across the sentence ("steek ik hem neer")', () => {
    expect(cats(score('straks steek ik hem neer in de pauze'))).toContain('threat')
    expect(cats(score('we slaan hem vrijdag helemaal in elkaar'))).toContain('threat')
  })

  it('does not read the idiom "de handen in elkaar slaan" as violence', () => {
    expect(cats(score('we slaan de handen in elkaar voor het goede doel'))).not.toContain('threat')
  })
})

describe('conditional and veiled threats (round 3)', () => {
  it.each([
    'die gymleraar gaat eraan als hij me nog een keer laat nablijven',
    'als de mentor mijn ouders belt gaat hij eraan',
    'als ze me weer straf geeft dan is ze de sjaak',
    'wie mij verlinkt heeft kan maar beter uitkijken',
    'jij bent dood na het laatste uur',
    'if that teacher calls my mom again he is dead'
  ])('reads %s as a threat', (text) => {
    expect(cats(score(text))).toContain('threat')
  })

  it.each([
    'ik ga eraan werken na het eten',
    'denk eraan: morgen gym!',
    'mijn telefoon is dood, ik bel je later',
    'als we winnen gaat het dak eraf in de kantine',
    'haha je bent dood in Fortnite, noob'
  ])('leaves %s alone', (text) => {
    expect(conf(score(text), 'threat')).toBeLessThan(0.4)
  })
})

describe('denied rumours (round 3)', () => {
  it.each([
    'Het gerucht dat meneer Bos steelt uit de klassenkas klopt niet',
    'Dat verhaal over juf Kramer en drugs is verzonnen, stop ermee',
    'De roddels dat de conciërge dronken was zijn niets van waar'
  ])('does not report %s as defamation', (text) => {
    expect(cats(score(text))).not.toContain('defamation')
  })

  it('still reports a rumour that is spread, not denied', () => {
    expect(
      cats(score('er gaat een gerucht dat meneer Bos steelt uit de klassenkas, deel dit'))
    ).toContain('defamation')
  })
})
