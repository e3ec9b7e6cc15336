import { describe, expect, it } from 'vitest'
import { levelRank } from '../../../../electron/shared/domain.ts'
import { createScorer, isValidBsn } from '../../../../electron/core/nlp/index.ts'
import { cats, conf, score } from './helpers.ts'

const PI = 'personal_info'

describe('personal information', () => {
  it.each([
    ['bel haar op 06-12345678', 'phone_mobile', '06-12345678'],
    ['zijn nummer is +31 6 23456789', 'phone_mobile', '+31 6 23456789'],
    ['mail hem: daan.devries2009@gmail.com', 'email', 'daan.devries2009@gmail.com'],
    ['ze woont op 1315 AB 12', 'postcode', '1315 AB'],
    ['Levi woont aan de Spoordreef 45', 'street_address', 'Spoordreef 45'],
    ['bsn van die jongen: 111222333', 'bsn', '111222333'],
    ['Kim is geboren op 14-03-2010', 'birth_date', 'geboren op 14-03-2010']
  ])('finds %s (%s)', (text, rule, span) => {
    const s = score(text)
    expect(cats(s)).toContain(PI)
    const e = s.evidence.find((x) => x.rule === rule)
    expect(e?.text).toBe(span)
    expect(text.slice(e!.start, e!.end)).toBe(span)
  })

  it('checks BSN numbers with the eleven-test', () => {
    expect(isValidBsn('111222333')).toBe(true)
    expect(isValidBsn('123456789')).toBe(false)
    expect(isValidBsn('000000000')).toBe(false)
    expect(score('ordernummer 123456789').evidence.some((e) => e.rule === 'bsn')).toBe(false)
  })

  it('sees a first name next to a class code, stronger with other details', () => {
    const alone = score('Sanne uit 3B speelt zaterdag mee met het schoolorkest')
    const praise = score('Gefeliciteerd Sanne uit 3B met je zwemdiploma!')
    const doxx = score('Sanne uit 3B haar nummer is 06-12345678')
    expect(alone.evidence.map((e) => e.rule)).toContain('name_class')
    expect(alone.level === 'laag' || alone.level === 'geen').toBe(true)
    // Round 3: a public congratulation is school news (geen or laag), never an alarm.
    expect(praise.level === 'laag' || praise.level === 'geen').toBe(true)
    expect(doxx.level).toBe('kritiek')
  })

  it('sees grades and medical details about a person', () => {
    expect(cats(score('Emma uit 2D heeft een 2,1 voor wiskunde en blijft zitten'))).toContain(PI)
    expect(cats(score('Mo heeft ADHD en slikt ritalin'))).toContain(PI)
    expect(cats(score('Juf Anja heeft kanker'))).toContain(PI)
  })

  it.each([
    'KWF kanker fundraiser: wij lopen zondag 10 km voor onderzoek',
    'Ik heb een 4 voor Engels, balen',
    'Ik zei tegen hem dat hij de kanker kan krijgen.',
    'Vragen? Mail naar info@almerecollege.nl'
  ])('does not report %s as personal information about someone', (text) => {
    expect(conf(score(text), PI)).toBeLessThan(0.4)
  })

  it('keeps the school’s own phone number during office hours low', () => {
    expect(conf(score('bel de administratie op 036-5391234 tijdens kantooruren'), PI)).toBeLessThan(
      0.3
    )
    expect(conf(score('zijn vaste nummer is 036-5391234'), PI)).toBeGreaterThanOrEqual(0.5)
  })
})

describe('media without consent', () => {
  const M = 'media_without_consent'
  it('needs media plus recording words; strong words make it serious', () => {
    const strong = score('stiekem gefilmd in de kleedkamer na gym', { media: true })
    expect(conf(strong, M)).toBeGreaterThanOrEqual(0.8)
    expect(['hoog', 'kritiek']).toContain(strong.level)
    expect(cats(score('filmpje van de klas tijdens de ruzie', { media: true }))).toContain(M)
    expect(cats(score('filmpje van de klas tijdens de ruzie'))).not.toContain(M)
  })

  it('fires without media only on strong wording', () => {
    expect(cats(score('ik heb haar stiekem gefilmd in de kleedkamer'))).toContain(M)
  })

  it('drops when consent is stated', () => {
    const s = score('Foto’s van de schoolreis staan online, met toestemming van de ouders', {
      media: true
    })
    expect(cats(s)).not.toContain(M)
  })
})

describe('media: a person or a private setting, not just a picture (round 3)', () => {
  const M = 'media_without_consent'
  it.each([
    'Snel nog een foto van de zonsopkomst boven het sportveld',
    'Filmpje van de nieuwe fietsenstalling, eindelijk overdekt',
    'Foto van ons biologieproject: de moestuin staat vol tomaten',
    'Vandaag een foto gemaakt in de les van de proefopstelling'
  ])('stays quiet on a picture of a thing, place or event: %s', (text) => {
    expect(cats(score(text, { media: true }))).not.toContain(M)
  })

  it.each([
    'Foto’s van de eindmusical, alle spelers gaven toestemming om ze te delen',
    'Video van de diploma-uitreiking, ouders hebben toestemming gegeven',
    'Groepsfoto van 2B bij het Rijksmuseum, mocht van iedereen'
  ])('damps when consent is stated: %s', (text) => {
    expect(levelRank(score(text, { media: true }).level)).toBeLessThanOrEqual(levelRank('laag'))
  })

  it.each([
    ['stiekem gefilmd hoe die jongen uit 4C zit te huilen', 'hoog'],
    ['kijk die gast slapen in de les haha 😂', 'middel'],
    ['foto van Mila in de douche na gym', 'hoog'],
    ['filmpje van de vechtpartij bij de kluisjes, delen!', 'middel']
  ] as const)('fires on a person filmed covertly, privately or for laughs: %s', (text, min) => {
    const s = score(text, { media: true })
    expect(cats(s)).toContain(M)
    expect(levelRank(s.level)).toBeGreaterThanOrEqual(levelRank(min))
  })
})

describe('the school’s own contact details (round 3)', () => {
  const register = {
    staff: [],
    schoolAccounts: ['@almerecollege'],
    schoolContact: ['036 5391234', 'Stationsweg 40', 'almerecollege.nl']
  }
  const withRegister = createScorer({ staff: register })
  it.each([
    'Ziekmelden kan bij de receptie: 036-5391234',
    'Ons gebouw aan de Stationsweg 40 is zaterdag open',
    'Vragen over de excursie? Mail naar excursies@almerecollege.nl',
    'Wij zijn te vinden op Stationsweg 40, 1315 KA Almere'
  ])('is not personal information when it is in the register: %s', (text) => {
    expect(cats(withRegister.score({ text }))).not.toContain(PI)
  })

  it('keeps a pupil’s details personal even with a register', () => {
    expect(cats(withRegister.score({ text: 'Kim uit 3A woont op de Beukenlaan 7' }))).toContain(PI)
    expect(cats(withRegister.score({ text: 'app hem maar: 06-12345678' }))).toContain(PI)
  })

  it('keeps an address without a person at most laag', () => {
    for (const text of [
      'De kerstmarkt is op de Marktplein 3, kom langs bij onze kraam',
      'Dorpsstraat 3 heeft een nieuwe bakker'
    ])
      expect(levelRank(score(text).level)).toBeLessThanOrEqual(levelRank('laag'))
  })

  it('never raises a public congratulation naming a pupil and class above laag', () => {
    for (const text of [
      'Gefeliciteerd Tom uit 5V met je diploma!',
      'Trots op Lisa uit 2B, winnaar van de schrijfwedstrijd',
      'Noor uit 4H heeft het hoogste cijfer voor haar werkstuk, knap gedaan!'
    ])
      expect(levelRank(score(text).level)).toBeLessThanOrEqual(levelRank('laag'))
  })
})
