import { describe, expect, it } from 'vitest'
import { scoreJsonlLine } from '../../../../electron/core/nlp/index.ts'
import { rules } from './helpers.ts'

describe('scoreJsonlLine', () => {
  it('writes id, risk, level, categories and evidence', () => {
    const out = JSON.parse(
      scoreJsonlLine(rules, '{"id":"p1","text":"stiekem gefilmd in de kleedkamer","media":true}')
    )
    expect(Object.keys(out)).toEqual(['id', 'risk', 'level', 'categories', 'evidence'])
    expect(out.id).toBe('p1')
    expect(out.categories[0]).toEqual({
      id: 'media_without_consent',
      confidence: expect.any(Number)
    })
    expect(out.evidence[0].text).toBe('stiekem')
  })

  it('passes the media flag through: without it the same text is weaker', () => {
    const a = JSON.parse(
      scoreJsonlLine(rules, '{"id":1,"text":"filmpje van de klas tijdens de ruzie","media":true}')
    )
    const b = JSON.parse(
      scoreJsonlLine(rules, '{"id":1,"text":"filmpje van de klas tijdens de ruzie"}')
    )
    expect(a.risk).toBeGreaterThan(b.risk)
  })

  it('answers bad lines with a Dutch error instead of throwing', () => {
    expect(JSON.parse(scoreJsonlLine(rules, '{kapot')).error).toMatch(/Ongeldige JSON/)
    expect(JSON.parse(scoreJsonlLine(rules, '{"id":"x"}'))).toEqual({
      id: 'x',
      error: 'Regel zonder "text"-veld.'
    })
  })
})
