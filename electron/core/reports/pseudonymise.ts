/**
 * Pseudonymisation for the weekly report. Students are likely minors, so by default every person who is not the
 * school itself or configured staff is replaced by a stable label ("Leerling A") within one report: the same name
 * gets the same label everywhere (authors, text, CSV), and the mapping is never written out.
 */
import { FIRST_NAMES } from './first-names'

export interface PseudonymOptions {
  /** Replace names of likely minors (default on). */
  students: boolean
  /** Configured staff: shown as-is or pseudonymised ("Medewerker A"). */
  staff: 'show' | 'pseudonymise'
  staffList: { name: string; handles: string[] }[]
  /** Handles or names of the school's own accounts: never pseudonymised. */
  schoolAccounts: string[]
  language: 'nl' | 'en'
}

const PARTICLES =
  "van|de|der|den|het|ter|ten|te|la|le|op|in 't|van der|van den|van de|de la|el|al|ben|bin"
const UPPER = 'A-ZÀ-ÖØ-ÞĀ-Ž'
const LOWER = 'a-zß-öø-ÿā-ž'
const CAP = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`
// "Sanne uit 3B", "Sanne de Vries (4vwo)", "Tim van klas 2havo", "Ayoub uit h3a"
const CLASS = String.raw`(?:[1-6]\s?(?:havo|vwo|vmbo|mavo|gym|tl|kb|bb|[a-z]{1,2}\d?)|[hvmHVM][1-6][a-zA-Z]?)`
const CLASS_RE = new RegExp(
  String.raw`\b(${CAP})((?:\s+(?:${PARTICLES}))*\s+${CAP})?(\s+(?:uit|van|in|zit in)\s+(?:klas\s+)?|\s*\(\s*(?:klas\s+)?)(${CLASS})\b`,
  'gu'
)
const WORD_RE = new RegExp(String.raw`(?<![\p{L}\d])${CAP}`, 'gu')
const SURNAME_RE = new RegExp(String.raw`(?:\s+(?:${PARTICLES}))*\s+(${CAP})`, 'uy')
const NOT_SURNAME = new Set([
  'almere',
  'college',
  'de',
  'het',
  'een',
  'ik',
  'wij',
  'we',
  'en',
  'is'
])

function letters(n: number): string {
  let s = ''
  let i = n
  do {
    s = String.fromCharCode(65 + (i % 26)) + s
    i = Math.floor(i / 26) - 1
  } while (i >= 0)
  return s
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/^@/, '')

/** One report's pseudonymiser: call it for every author and text that goes into the report. */
export class Pseudonymiser {
  private readonly students = new Map<string, string>()
  private readonly staffLabels = new Map<string, string>()
  private readonly staffKeys = new Map<string, string>()
  private readonly staffRe: RegExp | null
  private readonly school: Set<string>

  constructor(private readonly opts: PseudonymOptions) {
    for (const s of opts.staffList) {
      this.staffKeys.set(norm(s.name), s.name)
      for (const h of s.handles) this.staffKeys.set(norm(h), s.name)
    }
    const terms = [...this.staffKeys.keys()].sort((a, b) => b.length - a.length).map(escapeRe)
    const surnames = opts.staffList
      .map((s) => s.name.trim().split(/\s+/).at(-1) ?? '')
      .filter((x) => x.length > 1)
      .map(escapeRe)
    const parts = [...terms.map((t) => `@?${t}`)]
    if (surnames.length)
      parts.push(
        `(?:meneer|mevrouw|meester|juf|dhr\\.?|mevr\\.?|mr\\.?|mw\\.?)\\s+(?:${surnames.join('|')})`
      )
    this.staffRe = parts.length
      ? new RegExp(`(?<![\\p{L}\\d])(?:${parts.join('|')})(?![\\p{L}\\d])`, 'giu')
      : null
    this.school = new Set(opts.schoolAccounts.map(norm))
  }

  /** Number of distinct people replaced so far. */
  get count(): number {
    return this.students.size + (this.opts.staff === 'pseudonymise' ? this.staffLabels.size : 0)
  }

  private studentLabel(key: string): string {
    let label = this.students.get(key)
    if (!label) {
      label = `${this.opts.language === 'nl' ? 'Leerling' : 'Student'} ${letters(this.students.size)}`
      this.students.set(key, label)
    }
    return label
  }

  private staffLabel(name: string): string {
    if (this.opts.staff === 'show') return name
    const key = norm(name)
    let label = this.staffLabels.get(key)
    if (!label) {
      label = `${this.opts.language === 'nl' ? 'Medewerker' : 'Staff member'} ${letters(this.staffLabels.size)}`
      this.staffLabels.set(key, label)
    }
    return label
  }

  private staffFor(match: string): string | null {
    const direct = this.staffKeys.get(norm(match))
    if (direct) return direct
    const surname = norm(match.split(/\s+/).at(-1) ?? '')
    return (
      this.opts.staffList.find((s) => norm(s.name.split(/\s+/).at(-1) ?? '') === surname)?.name ??
      null
    )
  }

  /**
   * The author as the report shows it: the school's own account (posts of an own source, or a configured school
   * account) as-is, staff as configured, everyone else as a student label when student pseudonymisation is on.
   */
  author(author: string | null, ctx: { ownSource: boolean; comment: boolean }): string | null {
    if (!author || !author.trim()) return author
    const staff = this.staffKeys.get(norm(author))
    if (staff) return this.staffLabel(staff)
    if (this.school.has(norm(author)) || (ctx.ownSource && !ctx.comment)) return author
    if (!this.opts.students) return author
    const first = norm(author).split(/[\s._-]+/)[0] ?? ''
    // an author "Sanne" and "Sanne uit 3B" in a text are most likely the same pupil within one school week
    return this.studentLabel(
      FIRST_NAMES.has(first) && !/\s/.test(author.trim()) ? first : norm(author)
    )
  }

  /** First names from the list, with a following surname ("Sanne de Vries") taken along. */
  private replaceFirstNames(s: string): string {
    let out = ''
    let last = 0
    WORD_RE.lastIndex = 0
    for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
      if (!FIRST_NAMES.has(m[0].toLowerCase())) continue
      let end = m.index + m[0].length
      SURNAME_RE.lastIndex = end
      const sur = SURNAME_RE.exec(s)
      if (sur && !NOT_SURNAME.has(sur[1]!.toLowerCase()) && !FIRST_NAMES.has(sur[1]!.toLowerCase()))
        end = SURNAME_RE.lastIndex
      out += s.slice(last, m.index) + this.studentLabel(m[0].toLowerCase())
      last = end
      WORD_RE.lastIndex = end
    }
    return out + s.slice(last)
  }

  /** The text with staff names handled as configured and names of likely minors replaced. */
  text(input: string): string {
    if (!input) return input
    const held: string[] = []
    let s = input
    if (this.staffRe) {
      s = s.replace(this.staffRe, (m) => {
        const name = this.staffFor(m)
        // shown staff keep the words the author used; only the pseudonymised ones are replaced
        held.push(name && this.opts.staff === 'pseudonymise' ? this.staffLabel(name) : m)
        return `\u0000${held.length - 1}\u0000`
      })
    }
    if (this.opts.students) {
      s = s.replace(
        CLASS_RE,
        (_m, first: string, sur: string | undefined, sep: string, cls: string) => {
          const surWords = sur?.trim().split(/\s+/) ?? []
          // "Bedankt Sanne uit 3B": the capitalised word before the name is not part of it
          if (surWords.length === 1 && !FIRST_NAMES.has(first.toLowerCase()))
            return `${first} ${this.studentLabel(surWords[0]!.toLowerCase())}${sep}${cls}`
          return `${this.studentLabel(first.toLowerCase())}${sep}${cls}`
        }
      )
      s = this.replaceFirstNames(s)
      // handles like @sanne_3b
      s = s.replace(/(?<![\p{L}\d])@([\p{L}\d_.]{2,30})/gu, (m, h: string) =>
        this.school.has(h.toLowerCase()) ? m : this.studentLabel(h.toLowerCase())
      )
    }
    return held.length
      ? s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => held[Number(i)] ?? '')
      : s
  }
}
