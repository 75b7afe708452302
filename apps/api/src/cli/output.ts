/** Output streams of a command: standard output for results, standard error for problems. */
export interface CommandOutput {
  out(text: string): void
  err(text: string): void
}

/** Writes to the process's standard output and standard error. */
export const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

/** Raised for a command line the program cannot run; the CLI prints it with the usage and exits with 2. */
export class UsageError extends Error {
  readonly code = 'invalid_usage'

  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
