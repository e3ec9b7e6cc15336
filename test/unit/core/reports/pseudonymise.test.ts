import { describe, expect, it } from 'vitest'
import { Pseudonymiser } from '../../../../electron/core/reports/pseudonymise'
import type { PseudonymOptions } from '../../../../electron/core/reports/pseudonymise'

const make = (o: Partial<PseudonymOptions> = {}): Pseudonymiser =>
  new Pseudonymiser({
    students: true,
    staff: 'show',
    staffList: [{ name: 'Peter Jansen', handles: ['@pjansen'] }],
    schoolAccounts: ['almerecollege'],
    language: 'nl',
    ...o
  })

describe('pseudonymising pupils in the report', () => {
  it('replaces a first name with a class consistently', () => {
    const p = make()
    expect(p.text('Sanne uit 3B wordt gepest')).toBe('Leerling A uit 3B wordt gepest')
    expect(p.text('Tim de Vries (4vwo) en Sanne')).toBe('Leerling B (4vwo) en Leerling A')
    expect(p.text('Ayoub van klas 2havo')).toBe('Leerling C van klas 2havo')
    expect(p.count).toBe(3)
  })

  it('keeps a capitalised word before the name', () => {
    expect(make().text('Bedankt Sanne uit 3B!')).toBe('Bedankt Leerling A uit 3B!')
  })

  it('takes a surname along with a listed first name, not a following place name', () => {
    const p = make()
    expect(p.text('Emma de Boer en Emma')).toBe('Leerling A en Leerling A')
    expect(p.text('Lisa Almere College')).toBe('Leerling B Almere College')
  })

  it('replaces handles except the school account', () => {
    expect(make().text('@sanne_3b zie @almerecollege')).toBe('Leerling A zie @almerecollege')
  })

  it('labels authors: school as-is, own posts as-is, others as pupils', () => {
    const p = make()
    expect(p.author('almerecollege', { ownSource: false, comment: true })).toBe('almerecollege')
    expect(p.author('Redactie', { ownSource: true, comment: false })).toBe('Redactie')
    expect(p.author('lisa_2009', { ownSource: true, comment: true })).toBe('Leerling A')
    expect(p.author('lisa_2009', { ownSource: false, comment: true })).toBe('Leerling A')
    // a bare first name as author is the same pupil as that name in a text
    expect(p.author('Sanne', { ownSource: false, comment: false })).toBe('Leerling B')
    expect(p.text('Sanne uit 3B')).toBe('Leerling B uit 3B')
  })

  it('shows staff by default and pseudonymises them when configured', () => {
    const show = make()
    expect(show.text('Meneer Jansen en Peter Jansen')).toBe('Meneer Jansen en Peter Jansen')
    expect(show.author('@pjansen', { ownSource: false, comment: true })).toBe('Peter Jansen')
    const hide = make({ staff: 'pseudonymise' })
    expect(hide.text('Meneer Jansen zei tegen Peter Jansen')).toBe(
      'Medewerker A zei tegen Medewerker A'
    )
    expect(hide.author('pjansen', { ownSource: false, comment: true })).toBe('Medewerker A')
  })

  it('leaves everything when pupil pseudonymisation is off', () => {
    const p = make({ students: false })
    expect(p.text('Sanne uit 3B')).toBe('Sanne uit 3B')
    expect(p.author('lisa_2009', { ownSource: false, comment: true })).toBe('lisa_2009')
    expect(p.count).toBe(0)
  })

  it('labels past Z with two letters and speaks English when asked', () => {
    const p = make({ language: 'en' })
    for (let i = 0; i < 27; i++) p.author(`user${i}`, { ownSource: false, comment: true })
    expect(p.author('user26', { ownSource: false, comment: true })).toBe('Student AA')
  })
})
