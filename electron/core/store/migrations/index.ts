import { sql as m0001 } from './0001-initial'
import { sql as m0002 } from './0002-alerts'
import { sql as m0003 } from './0003-reports'
import { sql as m0004 } from './0004-post-keys'

/** Numbered migrations, applied in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS: { version: number; sql: string }[] = [
  { version: 1, sql: m0001 },
  { version: 2, sql: m0002 },
  { version: 3, sql: m0003 },
  { version: 4, sql: m0004 }
]
