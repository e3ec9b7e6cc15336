/**
 * Round 11: rule gaps the first scoring of heldout-13 showed, written as new sentences (not the held-out lines).
 */
import { describe, expect, it } from 'vitest'
import { analyse } from '../../../../electron/core/nlp/scorer.ts'

const rules = (text: string) => [...analyse({ text }).findings.rules]

describe('mobile numbers split by spaced dashes or dots', () => {
  it.each([
    ['app hem maar: 06 - 12 34 56 78', '06 - 12 34 56 78'],
    ['06.98.76.54.32 is van haar, niet doorsturen', '06.98.76.54.32'],
    ['nummer 06 / 2345 6789 toch?', '06 / 2345 6789']
  ])('%s', (text, span) => {
    const a = analyse({ text })
    expect(a.findings.rules.has('phone_mobile')).toBe(true)
    expect(a.findings.evidence.map((e) => e.text)).toContain(span)
  })

  it('a list of grades is no phone number', () => {
    expect(rules('mijn cijfers: 6.4 7.1 8.0 5.9 6.6 7.3')).not.toContain('phone_mobile')
  })
})

describe('words one letter from a violence word', () => {
  it('fractions in maths are no fractures', () => {
    expect(rules('morgen toets over breuken, wie kan het uitleggen')).not.toContain(
      'threat_violence'
    )
  })
})

describe("the writer's own broken things", () => {
  it('are a reason, not a threat to property', () => {
    expect(rules('ik leen zijn scooter even want die van mij is kapot')).not.toContain(
      'threat_property'
    )
  })
  it("someone else's, in mock innocence, still are", () => {
    expect(rules('zou jammer zijn als je fiets morgen lek is')).toContain('threat_property')
  })
})
