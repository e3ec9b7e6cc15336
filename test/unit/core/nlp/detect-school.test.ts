import { describe, expect, it } from 'vitest'
import { createScorer, type StaffRegister } from '../../../../electron/core/nlp/index.ts'
import { cats, score } from './helpers.ts'

const staff: StaffRegister = {
  staff: [{ name: 'Mark de Boer', handles: ['@mdeboer'] }],
  schoolAccounts: ['@almerecollege']
}
const scorer = createScorer({ staff })
const S = 'staff_conduct'

describe('staff conduct', () => {
  it('flags a staff account discussing the school without saying it is staff', () => {
    const s = scorer.score({
      text: 'ik vind de directie van onze school echt incompetent',
      author: '@mdeboer'
    })
    expect(cats(s)).toContain(S)
    expect(s.evidence.map((e) => e.rule)).toEqual(
      expect.arrayContaining(['staff_undisclosed', 'staff_opinion_no_disclaimer'])
    )
  })

  it('accepts a staff member who says so and marks the opinion as personal', () => {
    const s = scorer.score({
      text: 'Als docent op het Almere College vind ik persoonlijk dat we meer moeten sporten (mijn eigen mening)',
      author: '@mdeboer'
    })
    expect(cats(s)).not.toContain(S)
  })

  it('flags the school account presenting a private opinion', () => {
    expect(
      cats(
        scorer.score({
          text: 'Persoonlijk vind ik die minister walgelijk',
          author: '@almerecollege'
        })
      )
    ).toContain(S)
    expect(
      cats(scorer.score({ text: 'Morgen is de open dag, welkom!', author: '@almerecollege' }))
    ).not.toContain(S)
  })

  it('flags staff inviting pupils to private contact', () => {
    expect(
      cats(scorer.score({ text: 'stuur me een dm als je hulp nodig hebt', author: '@mdeboer' }))
    ).toContain(S)
  })

  it('ignores authors outside the register and scorers without one', () => {
    expect(
      cats(
        scorer.score({
          text: 'ik vind de directie van onze school incompetent',
          author: '@ouder12'
        })
      )
    ).not.toContain(S)
    expect(
      cats(score('ik vind de directie van onze school incompetent', { author: '@mdeboer' }))
    ).not.toContain(S)
  })
})

describe('negative press', () => {
  const N = 'negative_press'
  it('fires on complaints and news about the school', () => {
    expect(cats(score('Almere College: ouders woedend over lesuitval en chaos'))).toContain(N)
    expect(cats(score('Alweer geen reactie van de school op onze klacht'))).toContain(N)
  })

  it('stays quiet on another organisation named Almere and on good news', () => {
    expect(cats(score('Almere City FC speelde slecht, schandalig'))).not.toContain(N)
    expect(cats(score('Burgemeester van Almere opent nieuw park'))).not.toContain(N)
    expect(cats(score('Gefeliciteerd aan alle geslaagden van het Almere College!'))).not.toContain(
      N
    )
  })

  it('stays below "middel" on its own', () => {
    const s = score('Het Almere College is chaos, lesuitval en geen reactie op klachten')
    expect(s.risk).toBeLessThan(60)
  })
})
