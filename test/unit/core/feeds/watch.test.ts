import { describe, expect, it } from 'vitest'
import { matchesWatch } from '../../../../electron/core/feeds/watch.ts'

describe('matchesWatch', () => {
  const terms = ['Almere College']
  it('matches the phrase case- and diacritic-insensitively, across punctuation and hashtags', () => {
    expect(matchesWatch('Ophef op het almere-college vandaag', terms, []).keep).toBe(true)
    expect(matchesWatch('ALMERE  COLLEGE', terms, []).matched).toEqual(['Almere College'])
    expect(matchesWatch('Wat is er aan de hand? #AlmereCollege', terms, []).keep).toBe(true)
    expect(matchesWatch('Zoë zegt: álmere cóllege!', terms, []).keep).toBe(true)
  })

  it('does not match an unrelated Almere or a partial word', () => {
    expect(matchesWatch('Verkeersdrukte in Almere vanochtend', terms, []).keep).toBe(false)
    expect(matchesWatch('Almere Collegestraat afgesloten', terms, []).keep).toBe(false)
    expect(matchesWatch('het college van Almere', terms, []).keep).toBe(false)
  })

  it('lets exclusions win over the words they cover', () => {
    expect(matchesWatch('Almere City wint weer', ['Almere'], ['Almere City'])).toEqual({
      keep: false,
      matched: [],
      excluded: ['Almere City']
    })
    // The watched phrase elsewhere in the post still counts: a missed post costs more than an extra one.
    const both = matchesWatch(
      'Leerling Almere College bedreigd na duel van Almere City',
      ['Almere College'],
      ['Almere City']
    )
    expect(both).toMatchObject({
      keep: true,
      matched: ['Almere College'],
      excluded: ['Almere City']
    })
  })

  it('keeps everything without watch terms unless excluded', () => {
    expect(matchesWatch('willekeurig bericht', [], []).keep).toBe(true)
    expect(matchesWatch('reclame: korting!', [], ['korting']).keep).toBe(false)
  })

  it('supports a trailing * for word prefixes', () => {
    expect(matchesWatch('Er wordt gepest en pestkoppen lachen', ['pest*'], []).keep).toBe(true)
    expect(matchesWatch('Er wordt gepest', ['pest*'], []).keep).toBe(false)
  })
})
