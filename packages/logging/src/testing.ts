import { Writable } from 'node:stream'

/** A pino destination that keeps every line in memory, so tests can search the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = []

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== ''),
    )
    callback()
  }

  /** Returns the parsed log lines. */
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  }

  /** Returns all lines as one text, for searching. */
  text(): string {
    return this.lines.join('\n')
  }
}
