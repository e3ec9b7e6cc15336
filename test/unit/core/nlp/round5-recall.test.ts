import { describe, expect, it } from 'vitest'
import { cats, score } from './helpers.ts'

// Round 5: the kinds of misses heldout-5 showed, written as new sentences (not the held-out lines).

describe('threats without a first-person frame', () => {
  it.each([
    'die conciërge krijgt een kogel door zijn kop als hij me nog een keer wegstuurt',
    'let op, er gaat morgen iemand neergestoken worden bij de kantine',
    'als Jesse nog één keer aan mijn fiets komt, slaat mijn broer hem verrot',
    'mijn neven trappen die gast uit 3A wel in elkaar',
    'zeg tegen die juf dat ze haar voordeur maar beter kan dichtspijkeren',
    'zijn adres is Esdoornlaan 7, kom er vanavond maar eens langs',
    "if he reports me again i'm gonna break his nose",
    "I'll hurt you so bad after class"
  ])('is a threat: %s', (text) => {
    expect(cats(score(text))).toContain('threat')
  })

  it.each([
    'mijn broer komt me morgen ophalen van school',
    'ik krijg een nieuwe fiets voor mijn verjaardag',
    'de ramen van het gymlokaal worden dichtgetimmerd voor de verbouwing',
    'de boekhandel zit op de Kerkweg 12, ga er maar eens langs voor de schoolboeken',
    "I'll hurt myself laughing at this video",
    'ga er maar eens langs, die nieuwe snackbar is top'
  ])('stays quiet on %s', (text) => {
    expect(cats(score(text))).not.toContain('threat')
  })
})

describe('polls, pile-ons and group-chat exclusion', () => {
  it.each([
    'wie is de domste van 4B? reageer met een naam',
    'Sven 🤡🤡🤡',
    'Lotte uit 3C heeft weer die jas aan, zet allemaal een 🤮 eronder',
    'we hebben de klassenapp opnieuw gemaakt zonder Ruben haha',
    'gooi die nieuwe maar uit de groepsapp',
    'no one at our school wants you here'
  ])('is bullying: %s', (text) => {
    expect(cats(score(text))).toContain('bullying')
  })

  it.each([
    'wie is de beste mentor van het jaar? stem in de story',
    'Fleur 🎉🎉🎉 gefeliciteerd!',
    'nieuwe groepsapp voor de excursie, iedereen van 2A zit erin'
  ])('stays quiet on %s', (text) => {
    expect(cats(score(text))).not.toContain('bullying')
  })
})

describe('harassment through fake accounts and persistence', () => {
  it.each([
    'heb een nepaccount gemaakt om hem te blijven volgen',
    "you blocked me but i'll keep texting you"
  ])('is harassment: %s', (text) => {
    expect(cats(score(text))).toContain('harassment')
  })

  it('a new account after a lost password is not harassment', () => {
    expect(cats(score('ik heb een nieuw account want ik was mijn wachtwoord kwijt'))).not.toContain(
      'harassment'
    )
  })
})

describe('defamation against a role noun', () => {
  it.each([
    'die invaller bij Engels steelt geld uit de tassen in de kleedkamer',
    'de conrector is corrupt, hij verduistert schoolgeld'
  ])('is defamation: %s', (text) => {
    expect(cats(score(text))).toContain('defamation')
  })

  it('a role noun with praise is not defamation', () => {
    expect(cats(score('de decaan heeft me super geholpen met mijn profielkeuze'))).not.toContain(
      'defamation'
    )
  })
})
