import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CATEGORY_IDS } from '../../../../electron/shared/domain'
import {
  contextsFor,
  loadPlaybooks,
  resolveStrategy
} from '../../../../electron/core/alerts/playbooks'
import { resolveResource } from '../../../../electron/core/nlp/resources'

const pb = loadPlaybooks()
const PLATFORMS = [
  'Instagram',
  'TikTok',
  'X',
  'Facebook',
  'YouTube',
  'Reddit',
  'Mastodon',
  'Google en nieuwssites'
]

describe('playbooks', () => {
  it('has a strategy for every category, for derailing and for spikes', () => {
    for (const c of [...CATEGORY_IDS, 'derailing', 'spike']) {
      const s = resolveStrategy(pb, c, [], [])
      expect(s, c).not.toBeNull()
      expect(s!.id).toBe(c)
      expect(s!.steps.length).toBeGreaterThanOrEqual(2)
      expect(s!.holdingStatement.length).toBeGreaterThan(40)
      expect(s!.guideline.length).toBeGreaterThan(0)
      expect(s!.removal.map((r) => r.platform)).toEqual(PLATFORMS)
    }
  })

  it('advises aangifte (§4) for criminal content: threats, doxxing, sexual images', () => {
    for (const c of ['threat', 'personal_info', 'harassment']) {
      const s = resolveStrategy(pb, c, [c], [])!
      expect(s.aangifte, c).toBe(true)
      expect(s.guideline).toContain('§4')
    }
    expect(resolveStrategy(pb, 'negative_press', ['negative_press'], [])!.aangifte).toBe(false)
  })

  it('adds aangifte when a criminal category rides along with another strategy', () => {
    const s = resolveStrategy(pb, 'derailing', ['bullying', 'threat'], [])!
    expect(s.id).toBe('derailing')
    expect(s.aangifte).toBe(true)
    expect(s.steps.some((x) => x.includes('aangifte'))).toBe(true)
  })

  it('routes staff conduct through the leidinggevende, citing §3.2 and §3.3', () => {
    const s = resolveStrategy(pb, 'staff_conduct', ['staff_conduct'], [])!
    expect(s.guideline).toEqual(expect.arrayContaining(['§3.2', '§3.3']))
    expect(s.involve.join(' ')).toContain('leidinggevende')
    expect(s.publicResponse).toBe('nee')
    expect(s.steps.join(' ')).toMatch(/disclaimer|persoonlijke mening/)
  })

  it('applies context overlays: own account vs mention in a derailing thread', () => {
    const own = resolveStrategy(pb, 'derailing', [], ['own'])!
    const mention = resolveStrategy(pb, 'derailing', [], ['mention'])!
    expect(own.publicResponse).toBe('ja')
    expect(mention.publicResponse).toBe('nee')
    expect(own.contexts).toEqual(['own'])
    expect(own.steps.length).toBeGreaterThan(resolveStrategy(pb, 'derailing', [], [])!.steps.length)
  })

  it('detects contexts from the source kind and the text', () => {
    expect(
      contextsFor({
        kind: 'thread',
        derailing: true,
        categories: [],
        sourceKind: 'own',
        text: 'de mentor van mijn dochter'
      })
    ).toEqual(['own', 'student', 'staff', 'derailing'])
    expect(
      contextsFor({ kind: 'spike', derailing: false, categories: [], sourceKind: null, text: '' })
    ).toEqual(['spike'])
  })

  it('refuses a broken playbook and names the file and key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbooks-'))
    try {
      cpSync(resolveResource('playbooks'), dir, { recursive: true })
      const f = join(dir, 'threat.json')
      const j = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>
      j.deadlineHours = 'snel'
      writeFileSync(f, JSON.stringify(j))
      expect(() => loadPlaybooks(dir)).toThrow(/threat\.json: deadlineHours/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
