import { CsvError, parse } from 'csv-parse/sync'

import { ImportError } from '../errors.js'

/** One data row of a CSV file, with its values keyed by header. */
export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number
  values: Record<string, string>
}

/**
 * Parses CSV text with a header row into rows keyed by the trimmed header
 * names. Quoted fields may contain commas, quotes and line breaks, a UTF-8
 * byte order mark is dropped, CRLF and LF both end lines, and blank lines
 * are skipped. Rows with fewer or more fields than the header are kept,
 * with missing values read as empty.
 *
 * @throws ImportError `invalid_csv` naming the file and the csv-parse reason.
 */
export function readCsv(text: string, fileName: string): CsvRow[] {
  try {
    const records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim()),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as { record: Record<string, string | undefined>; info: { records: number } }[]

    return records.map(({ record, info }) => ({
      row: info.records + 1,
      values: Object.fromEntries(
        Object.entries(record).map(([name, value]) => [name, value ?? '']),
      ),
    }))
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    throw new ImportError('invalid_csv', `${fileName} is not valid CSV: ${error.message}`, [
      { path: fileName, message: error.message },
    ])
  }
}

/** Returns a row's trimmed value of a column, or undefined when it is blank or missing. */
export function cell(row: CsvRow, column: string): string | undefined {
  const value = row.values[column]?.trim()
  return value ? value : undefined
}
