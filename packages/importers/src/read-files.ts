import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'

import { detectJsonKind } from './detect.js'
import { ImportError } from './errors.js'
import { fromJsonResume } from './json-resume/from-json-resume.js'
import { fromLinkedInExport } from './linkedin/from-linkedin-export.js'
import { fromPersonJson } from './person-json.js'
import type { ImportResult, Rejection } from './result.js'

/** One thing to read: a JSON file, or the CSV files of one LinkedIn export folder. */
type Input = { kind: 'json'; path: string } | { kind: 'linkedin'; folder: string; paths: string[] }

/**
 * Reads people from files and folders, keeping the order of the paths. A `.csv` file
 * belongs to the LinkedIn export of its folder, and the CSV files of one
 * folder are read together as one person. A folder with CSV files is a
 * LinkedIn export; any other folder contributes its `.json` files. Every
 * other file is read as JSON, and its shape decides whether it is a JSON
 * Resume or talent-sync person JSON. Nothing is thrown for bad input: each file or
 * export that yields no person is listed in `rejected` with the reason.
 */
export async function readPeopleFiles(paths: readonly string[]): Promise<ImportResult> {
  const result: ImportResult = { people: [], rejected: [] }
  const inputs = await collectInputs(paths, result.rejected)

  for (const input of inputs) {
    const read = input.kind === 'json' ? await readJsonFile(input.path) : await readExport(input)
    result.people.push(...read.people)
    result.rejected.push(...read.rejected)
  }

  return result
}

async function collectInputs(paths: readonly string[], rejected: Rejection[]): Promise<Input[]> {
  const inputs: Input[] = []
  const exports = new Map<string, Extract<Input, { kind: 'linkedin' }>>()

  const addCsv = (path: string) => {
    const folder = dirname(path)
    let group = exports.get(folder)
    if (!group) {
      group = { kind: 'linkedin', folder, paths: [] }
      exports.set(folder, group)
      inputs.push(group)
    }
    if (!group.paths.includes(path)) group.paths.push(path)
  }

  for (const path of paths) {
    const kind = await pathKind(path)
    if (kind === 'missing') {
      rejected.push({ source: path, code: 'file_not_found', reason: `${path} does not exist.` })
    } else if (kind === 'unreadable') {
      rejected.push({ source: path, code: 'file_unreadable', reason: `${path} could not be read.` })
    } else if (kind === 'folder') {
      for (const file of await listFolder(path)) {
        if (isCsv(file)) addCsv(file)
        else inputs.push({ kind: 'json', path: file })
      }
    } else if (isCsv(path)) {
      addCsv(path)
    } else {
      inputs.push({ kind: 'json', path })
    }
  }

  return inputs
}

/** Returns a folder's CSV files when it has any, else its JSON files, sorted by name. */
async function listFolder(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).sort()
  const csvNames = names.filter((name) => isCsv(name))
  const chosen =
    csvNames.length > 0 ? csvNames : names.filter((name) => extname(name).toLowerCase() === '.json')
  return chosen.map((name) => join(folder, name))
}

async function pathKind(path: string): Promise<'missing' | 'unreadable' | 'folder' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file'
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable'
  }
}

function isCsv(path: string): boolean {
  return extname(path).toLowerCase() === '.csv'
}

async function readJsonFile(path: string): Promise<ImportResult> {
  try {
    const text = await readText(path)
    if (text.trim() === '') throw new ImportError('empty_file', `${path} is empty.`)

    const value = parseJson(text, path)
    const kind = detectJsonKind(value)
    if (kind === 'person-json') return fromPersonJson(value, path)
    if (kind === 'json-resume')
      return { people: [fromJsonResume(value, { sourceName: path })], rejected: [] }

    throw new ImportError(
      'unknown_format',
      `${path} is neither a JSON Resume nor talent-sync person JSON; expected "basics" or "work" (JSON Resume), or "id" and "firstName" (person).`,
    )
  } catch (error) {
    return { people: [], rejected: [toRejection(error, path)] }
  }
}

async function readExport(input: Extract<Input, { kind: 'linkedin' }>): Promise<ImportResult> {
  try {
    const files: Record<string, string> = {}
    for (const path of input.paths) files[basename(path)] = await readText(path)

    return { people: [fromLinkedInExport(files, { sourceName: input.folder })], rejected: [] }
  } catch (error) {
    return { people: [], rejected: [toRejection(error, input.folder)] }
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new ImportError('file_unreadable', `${path} could not be read (${code}).`)
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ImportError('invalid_json', `${path} is not valid JSON: ${(error as Error).message}`)
  }
}

function toRejection(error: unknown, source: string): Rejection {
  if (!(error instanceof ImportError)) throw error

  const rejection: Rejection = { source, reason: error.message, code: error.code }
  if (error.issues.length > 0) rejection.issues = error.issues
  return rejection
}
