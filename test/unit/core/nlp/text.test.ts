import { describe, expect, it } from 'vitest'
import { detectLanguage, lexKey, prepare } from '../../../../electron/core/nlp/text.ts'

describe('prepare', () => {
  it('keeps letters with diacritics that natural’s Dutch tokenizer drops', () => {
    const p = prepare('Goede ideeën, één keer per week, café')
    expect(p.tokens.map((t) => t.norm)).toEqual([
      'goede',
      'ideeën',
      'één',
      'keer',
      'per',
      'week',
      'café'
    ])
    const t = p.tokens[1]
    expect(p.text.slice(t.start, t.end)).toBe('ideeën')
  })

  it('maps leet and cuts repeated letters', () => {
    const p = prepare('k4nkerrr h0er sm3rig')
    expect(p.tokens.map((t) => t.norm)).toEqual(['kankerr', 'hoer', 'smerig'])
    expect(p.tokens[0].key).toBe(lexKey('kanker'))
  })

  it('does not read class codes and postcodes as leet', () => {
    expect(prepare('Sanne uit 3b, 1315ab').tokens.map((t) => t.norm)).toEqual([
      'sanne',
      'uit',
      '3b',
      '1315ab'
    ])
  })

  it('joins spaced-out words and keeps their span', () => {
    const p = prepare('Jullie v r o u w e n maken me ziek')
    const w = p.tokens[1]
    expect(w.norm).toBe('vrouwen')
    expect(p.text.slice(w.start, w.end)).toBe('v r o u w e n')
  })

  it('marks hashtags, mentions and emoji', () => {
    const p = prepare('@sanne_08 #almerecollege 😡')
    expect(p.tokens.map((t) => t.kind)).toEqual(['mention', 'hashtag', 'emoji'])
    expect(p.tokens[0].norm).toBe('sanne_08')
  })

  it('scopes negation forward ("geen sukkel") and back from the clause end ("haat ze niet")', () => {
    const a = prepare('je bent geen sukkel')
    expect(a.tokens.find((t) => t.norm === 'sukkel')?.negated).toBe(true)
    expect(a.tokens.find((t) => t.norm === 'sukkel')?.negatedAhead).toBe(true)
    const b = prepare('ik haat ze niet. ik haat maandag')
    expect(b.tokens.filter((t) => t.norm === 'haat').map((t) => t.negated)).toEqual([true, false])
  })

  it('treats "niets dan" as a comparison, not a negation', () => {
    const p = prepare('ik voel niets dan minachting')
    expect(p.tokens.find((t) => t.norm === 'minachting')?.negated).toBe(false)
  })

  it('marks quoted words', () => {
    const p = prepare('Hij zei "je bent een slet" en dat is niet oké')
    expect(p.tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual([
      'je',
      'bent',
      'een',
      'slet'
    ])
  })

  it('tells Dutch from English', () => {
    expect(detectLanguage(prepare('ik vind dat de school het goed doet').tokens)).toBe('nl')
    expect(
      detectLanguage(prepare('I think that the school is doing well and you know it').tokens)
    ).toBe('en')
  })
})
