#!/usr/bin/env node
/**
 * The Uitkijk command line: `npm run cli -- <command>`. One CLI for every capability; each command is a thin shell
 * over the engine.
 */
import { parseArgs } from 'node:util'
import { COMMANDS, usage } from './commands'

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage())
    return 0
  }
  const cmd = COMMANDS.find((c) => c.name === name)
  if (!cmd) {
    process.stderr.write(`Onbekende opdracht: ${name}\n\n${usage()}`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true })
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${usage(cmd.name)}`)
    return 2
  }
  if (parsed.values.help) {
    process.stdout.write(usage(cmd.name))
    return 0
  }
  return cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    process.stderr.write(`Fout: ${(err as Error).message ?? String(err)}\n`)
    process.exitCode = 1
  }
)
