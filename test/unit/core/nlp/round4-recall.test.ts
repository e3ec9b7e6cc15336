import { describe, expect, it } from 'vitest'
import { levelRank } from '../../../../electron/shared/domain.ts'
import { createScorer, type StaffRegister } from '../../../../electron/core/nlp/index.ts'
import { cats, score } from './helpers.ts'

// Round 4: the kinds of misses heldout-4 showed, written as new sentences (not the held-out lines).

describe('compound and indirect threats', () => {
  it.each([
    'ik ram die gast uit 2B morgen in elkaar',
    'morgen ga ik die eikel van 3C kapotslaan',
    'we trappen hem na de les helemaal verrot',
    'eerst sloop ik haar fiets en daarna is zij zelf aan de beurt',
    'ik maak zijn telefoon kapot en hem erbij',
    'we wachten hem vrijdag op bij de ingang, dan weet hij het wel',
    'ik wacht die leraar na school op bij het fietsenhok'
  ])('fires on %s', (text) => {
    expect(cats(score(text))).toContain('threat')
    expect(levelRank(score(text).level)).toBeGreaterThanOrEqual(levelRank('middel'))
  })

  it.each([
    'ik wacht op je bij de ingang, dan lopen we samen naar binnen',
    'De mentoren wachten u op bij de ingang met koffie, welkom!',
    'ik ga mijn oude scooter slopen voor onderdelen',
    'ik maak die toets kapot morgen, heb alles geleerd',
    'we gaan ze kapotslaan in de finale van het schoolvoetbal'
  ])('stays quiet on %s', (text) => {
    expect(cats(score(text))).not.toContain('threat')
  })
})

describe('blackmail and sextortion', () => {
  it.each([
    'geef me je wachtwoord anders zet ik die foto’s in de klassenapp',
    'stuur nog een foto of ik laat iedereen onze chat zien',
    "i'll share your pics with the whole school if you ignore me",
    'unblock me or i will post your nudes'
  ])('is harassment and a threat: %s', (text) => {
    expect(cats(score(text))).toEqual(expect.arrayContaining(['harassment', 'threat']))
  })

  it.each([
    'ik zet de foto’s van het schoolfeest online, kijk maar of je erop staat',
    'Heb je mijn appje gezien? Morgen om 8 uur bij de bushalte',
    'laat je ouders het rapport zien en teken het strookje'
  ])('stays quiet on %s', (text) => {
    const c = cats(score(text))
    expect(c).not.toContain('harassment')
    expect(c).not.toContain('threat')
  })
})

describe('care, medical and legal details', () => {
  it.each([
    'Daan heeft ADHD en krijgt daarom extra tijd, zeggen ze',
    'Sanne is opgenomen, ze ligt in de kliniek',
    'Lisa staat onder toezicht van jeugdzorg sinds vorig jaar',
    'Kevin zit in een gesloten jeugdinrichting, daarom is hij weg',
    'Eva woont in een pleeggezin, haar ouders kunnen het niet aan'
  ])('is personal information: %s', (text) => {
    expect(cats(score(text))).toContain('personal_info')
  })

  it.each([
    'Femke is opgenomen in het team van de regio, super!',
    'de les over de Gouden Eeuw is opgenomen voor wie ziek was',
    'Ik heb een video opgenomen van de zonsondergang',
    'Bezoek aan de gevangenis in het kader van maatschappijleer was indrukwekkend'
  ])('stays quiet on %s', (text) => {
    expect(cats(score(text))).not.toContain('personal_info')
  })
})

describe('grades', () => {
  it('a named pupil’s grade shared mockingly is personal information and bullying', () => {
    const c = cats(score('haha Bram had een 2,3 voor Duits, echt dom'))
    expect(c).toEqual(expect.arrayContaining(['personal_info', 'bullying']))
  })

  it('one’s own grade, or a vague accusation about marks, is not a pupil’s grade', () => {
    expect(cats(score('ik had een 4,5 voor Duits, balen'))).not.toContain('personal_info')
    expect(cats(score('de mentor heeft de cijfers gewoon aangepast'))).not.toContain(
      'personal_info'
    )
  })
})

describe('congratulations and things', () => {
  it.each([
    'Gefeliciteerd Lotte, Jesse en Mila uit 4H met jullie certificaat Cambridge Engels!',
    'Trots op Tim en Noor uit 5V, geselecteerd voor de landelijke finale 🏆'
  ])('stays geen or laag: %s', (text) => {
    expect(levelRank(score(text).level)).toBeLessThanOrEqual(levelRank('laag'))
  })

  it('hij/zij after a thing is the thing, not a person in the picture', () => {
    const s = score('Foto van onze nieuwe kantine, wat is zij mooi geworden', { media: true })
    expect(cats(s)).not.toContain('media_without_consent')
    // A person named first keeps the pronoun a person.
    const p = score('Filmpje van Ruben in de kantine, kijk hoe hij valt haha', { media: true })
    expect(cats(p)).toContain('media_without_consent')
  })
})

describe('English bullying aimed at you', () => {
  it.each([
    "you're so ugly, nobody wants to sit with you",
    "he's so dumb, nobody likes him anyway"
  ])('is bullying: %s', (text) => {
    expect(cats(score(text))).toContain('bullying')
  })

  it('stays quiet on praise', () => {
    expect(cats(score('you’re amazing, nobody can sing like you'))).not.toContain('bullying')
  })
})

describe('negative press phrasing', () => {
  it.each([
    'Leraren van het Almere College slaan alarm over de werkdruk',
    'Onrust onder ouders na brief van Almere College over bezuinigingen',
    'Tientallen ziekmeldingen onder docenten van het Almere College'
  ])('is negative press: %s', (text) => {
    expect(cats(score(text))).toContain('negative_press')
  })

  it('the school’s own sick-report line is not', () => {
    expect(
      cats(score('Ziekmeldingen doorgeven kan via de schoolapp of bij de receptie van school'))
    ).not.toContain('negative_press')
  })
})

describe('school account stance', () => {
  const staff: StaffRegister = { staff: [], schoolAccounts: ['@almerecollege'] }
  const scorer = createScorer({ staff })
  it('a political position in the school’s name is staff conduct', () => {
    const s = scorer.score({
      text: 'Het Almere College is tegen de komst van het azc in Poort',
      author: '@almerecollege'
    })
    expect(cats(s)).toContain('staff_conduct')
  })

  it('the school’s own mission is not', () => {
    for (const text of [
      'Wij zijn tegen pesten en voor een veilige school',
      'Klas 2 bezoekt vandaag de moskee en de kerk in Almere Stad'
    ])
      expect(cats(scorer.score({ text, author: '@almerecollege' }))).not.toContain('staff_conduct')
  })
})
