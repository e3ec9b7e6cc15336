import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../../electron/core/reports/csv'

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('zei "hoi"')).toBe('"zei ""hoi"""')
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(-0.5)).toBe('-0.5')
  })

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe('"\'=HYPERLINK(""http://x"",""klik"")"')
    expect(csvCell('+31 6 12345678')).toBe("'+31 6 12345678")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
  })

  it('starts with a BOM and ends lines with CRLF', () => {
    const s = toCsv([
      ['a', 'b'],
      ['ë', 'ü']
    ])
    expect(s).toBe('\uFEFFa,b\r\në,ü\r\n')
  })
})
