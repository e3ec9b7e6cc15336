import { sql as m0001 } from './0001-initial'

/** Numbered migrations, applied in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS: { version: number; sql: string }[] = [{ version: 1, sql: m0001 }]
