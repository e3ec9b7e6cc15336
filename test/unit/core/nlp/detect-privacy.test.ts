import { describe, expect, it } from 'vitest'
import { isValidBsn } from '../../../../electron/core/nlp/index.ts'
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
    const alone = score('Gefeliciteerd Sanne uit 3B met je zwemdiploma!')
    const doxx = score('Sanne uit 3B haar nummer is 06-12345678')
    expect(alone.evidence.map((e) => e.rule)).toContain('name_class')
    expect(alone.level === 'laag' || alone.level === 'geen').toBe(true)
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
