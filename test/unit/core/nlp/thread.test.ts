import { describe, expect, it } from 'vitest'
import type { ThreadCommentInput } from '../../../../electron/shared/domain.ts'
import { scoreThread, scoreThreadJson } from '../../../../electron/core/nlp/index.ts'
import { rules } from './helpers.ts'

const calm: ThreadCommentInput[] = [
  { author: 'ouder1', minutes: 0, text: 'Wat een mooie musical gisteren!' },
  { author: 'ouder2', minutes: 12, text: 'Ja echt, de leerlingen deden het super' },
  { author: 'oma_truus', minutes: 30, text: 'Complimenten aan de docenten' },
  { author: 'ouder3', minutes: 55, text: 'Wanneer komen de foto’s online?' },
  { author: 'school', minutes: 70, text: 'Volgende week staan ze op de site' }
]

const derailing: ThreadCommentInput[] = [
  { author: 'ouder1', minutes: 0, text: 'Weet iemand waarom de gymles van 2B uitviel?' },
  { author: 'ouder2', minutes: 20, text: 'Geen idee, mijn zoon zei niks' },
  { author: 'ouder3', minutes: 40, text: 'Het was vast weer @mdeboer die ziek was' },
  { author: 'leerling7', minutes: 41, text: '@mdeboer is een luie klootzak' },
  { author: 'leerling8', minutes: 42, text: 'haha @mdeboer is echt een sukkel' },
  { author: 'leerling9', minutes: 43, text: '@mdeboer woont op de Kerkstraat 12 lol' },
  { author: 'leerling7', minutes: 44, text: 'kom op we pakken @mdeboer na school, deel dit' },
  { author: 'leerling10', minutes: 44, text: 'ik maak hem af die idioot' }
]

describe('thread derailing', () => {
  it('stays low for a calm thread', () => {
    const d = scoreThread(calm, rules)
    expect(d.trajectory).toHaveLength(calm.length)
    expect(d.index).toBeLessThan(25)
    expect(d.derailing).toBe(false)
    expect(d.turningPoint).toBeNull()
    expect(d.explanation).toMatch(/Rustige discussie/)
  })

  it('rises when a thread turns on one person, and names the turn', () => {
    const d = scoreThread(derailing, rules)
    expect(d.derailing).toBe(true)
    expect(d.index).toBeGreaterThanOrEqual(50)
    expect(d.trajectory[2]).toBeLessThan(25)
    expect(d.turningPoint).toBe(3)
    expect(d.explanation).toMatch(/ontspoort/)
    expect(d.explanation).toMatch(/@mdeboer|persoonlijke informatie|riskant/)
  })

  it('is recomputed per comment: the prefix gives the same trajectory prefix', () => {
    const full = scoreThread(derailing, rules)
    const part = scoreThread(derailing.slice(0, 5), rules)
    expect(part.trajectory).toEqual(full.trajectory.slice(0, 5))
  })

  it('reads the CLI thread JSON', () => {
    const out = scoreThreadJson(JSON.stringify({ comments: derailing }), rules) as {
      comments: { derailing: number }[]
      turningPoint: number
    }
    expect(out.comments).toHaveLength(derailing.length)
    expect(out.turningPoint).toBe(3)
    expect(scoreThreadJson('{"x":1}', rules)).toHaveProperty('error')
  })
})

describe('thread rescoring cost', () => {
  it('scores only the comments without a stored score, with the same result', () => {
    const full = scoreThread(derailing, rules)
    let calls = 0
    const counting = {
      score: (input: Parameters<typeof rules.score>[0]) => {
        calls++
        return rules.score(input)
      }
    }
    const stored = derailing.map((c, i) =>
      i < derailing.length - 1 ? rules.score({ text: c.text, author: c.author }) : null
    )
    const again = scoreThread(derailing, counting, stored)
    expect(calls).toBe(1)
    expect(again).toEqual(full)
  })
})
