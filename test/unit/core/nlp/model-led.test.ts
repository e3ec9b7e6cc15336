/**
 * Round 11: threat and personal information are led by the learned layer (thresholds.ts MODEL_LED). These tests
 * pin the blend with small hand-made models (so they fail if the rule changes) and check the shipped model on
 * new sentences of the kinds the rule-led blend got wrong: threats framed by sport or a "joke", and ordinary
 * posts that address someone.
 */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createScorer, loadModel, type Model } from '../../../../electron/core/nlp/index.ts'
import {
  readSchoolTraining,
  REPO_ROOT,
  RETIRED_HELDOUT
} from '../../../../electron/core/nlp/training.ts'

function modelWith(threat: { bias: number; weights?: Record<string, number> }): Model {
  return {
    version: 'test',
    createdAt: '2026-11-26T00:00:00Z',
    categories: { threat: { bias: threat.bias, weights: threat.weights ?? {} } },
    training: { examples: 0, sources: [] },
    attribution: []
  }
}

const threatOf = (model: Model, text: string) => {
  const s = createScorer({ model }).score({ text })
  return {
    level: s.level,
    risk: s.risk,
    conf: s.categories.find((c) => c.id === 'threat')?.confidence
  }
}

describe('model-led threat blend', () => {
  it('shows a threat only the model reads, but no higher than middel', () => {
    const m = modelWith({ bias: -3, weights: { 'w:judo': 6 } })
    const s = threatOf(m, 'ik weet hoe laat jouw zusje van de judo komt')
    expect(s.conf).toBeGreaterThan(0)
    expect(s.level).toBe('middel')
    expect(s.risk).toBeLessThanOrEqual(59)
  })

  it('stays quiet below the reporting probability when no strong rule fired', () => {
    const m = modelWith({ bias: -3, weights: { 'w:judo': 2.9 } })
    expect(threatOf(m, 'ik weet hoe laat jouw zusje van de judo komt').conf).toBeUndefined()
  })

  it('needs more from the model alone than from a model a rule or lexicon word backs', () => {
    // p ≈ 0.55: enough with evidence, not enough without (unanchoredReport 0.6).
    const m = modelWith({ bias: -3, weights: { 'w:judo': 3.2, 'w:mes': 3.2 } })
    expect(threatOf(m, 'ik weet hoe laat jouw zusje van de judo komt').conf).toBeUndefined()
    expect(threatOf(m, 'ik weet waar jouw mes ligt').conf).toBeGreaterThan(0)
  })

  it('keeps a strong rule at its floor unless the model is sure the post is harmless', () => {
    // p ≈ 0.18: above the veto, so "ik maak je af" keeps 0.9 of its rule confidence.
    const unsure = threatOf(modelWith({ bias: -1.5 }), 'ik maak je af')
    expect(unsure.level).toBe('kritiek')
    // p ≈ 0.0025: the model vetoes the rule.
    expect(threatOf(modelWith({ bias: -6 }), 'ik maak je af').conf).toBeUndefined()
  })
})

describe('shipped model on new sentences', () => {
  const scorer = createScorer({ model: loadModel() })
  const has = (text: string) => scorer.score({ text }).categories.some((c) => c.id === 'threat')

  it.each([
    'na de wedstrijd wacht ik die scheidsrechter op bij zijn auto, dan praten we verder',
    'die keeper van hun moet zaterdag maar goed uitkijken als hij naar de kleedkamer loopt',
    'grapje hoor... of toch niet. vraag maar aan je broertje',
    'ik weet hoe laat jouw zusje van de judo komt 🙂'
  ])('threat: %s', (text) => expect(has(text)).toBe(true))

  it.each([
    'Ken jij een goede wiskundedocent?',
    'Leuke school, zeg ik als buurvrouw 😉',
    'ik maak je af met fifa vanavond',
    'we maken ze af op het veld zaterdag, 5-0 minstens',
    'ik vermoord je als je mijn laatste chips opeet 😂'
  ])('no threat: %s', (text) => expect(has(text)).toBe(false))
})

describe('training data', () => {
  it('reads the retired held-out sets and no set that is still held out', () => {
    const { sources } = readSchoolTraining()
    for (const r of RETIRED_HELDOUT)
      expect(sources.some((s) => s.includes(`/${r}.jsonl`))).toBe(true)
    const held = readdirSync(resolve(REPO_ROOT, 'data/nlp-school'))
      .filter((f) => /^(heldout|ordinary)(-\d+)?\.jsonl$/.test(f))
      .filter((f) => !RETIRED_HELDOUT.includes(f.replace('.jsonl', '')))
    for (const f of held) expect(sources.some((s) => s.includes(`/${f}`))).toBe(false)
  })
})
