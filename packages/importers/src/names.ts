/** A full name split into the person schema's two name fields. */
export interface SplitName {
  firstName: string | null
  lastName: string | null
}

/**
 * Lower-case words that start a family name in many European naming
 * traditions ("van Beethoven", "de la Cruz", "bin Salman").
 */
const FAMILY_NAME_PARTICLES = new Set([
  'al',
  'ap',
  'bin',
  'binti',
  'da',
  'dal',
  'das',
  'de',
  'degli',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'st',
  'st.',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
])

/** Generational and academic suffixes that stay with the family name. */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'phd', 'ph.d.', 'md'])

/**
 * Splits a full name into first and last name. "Hendriks, Richard" is read
 * as family name first. Otherwise the first word is always a given name, the
 * family name starts at the first particle after it ("Ludwig van
 * Beethoven"), else it is the last word, and a suffix such as "Jr." stays
 * with it. A one-word name becomes the first name only.
 *
 * NOTE: names written without spaces, such as 王小明, stay whole in
 * `firstName`, because telling a one- from a two-character surname needs a
 * surname dictionary this package does not have.
 */
export function splitFullName(fullName: string | null | undefined): SplitName {
  const name = (fullName ?? '').normalize('NFC').trim().replace(/\s+/g, ' ')
  if (name === '') return { firstName: null, lastName: null }

  const comma = name.indexOf(',')
  if (comma > 0 && !NAME_SUFFIXES.has(lastWord(name).toLowerCase())) {
    const lastName = name.slice(0, comma).trim()
    const firstName = name.slice(comma + 1).trim()
    return { firstName: firstName || null, lastName: lastName || null }
  }

  const words = name.split(' ')
  if (words.length === 1) return { firstName: name, lastName: null }

  const familyStart = findFamilyNameStart(words)
  return {
    firstName: words.slice(0, familyStart).join(' '),
    lastName: words.slice(familyStart).join(' ').replace(/,/g, ''),
  }
}

function findFamilyNameStart(words: string[]): number {
  let end = words.length
  while (end > 2 && NAME_SUFFIXES.has(stripComma(words[end - 1]).toLowerCase())) end -= 1

  // A particle only counts when a name follows it, so "Anna Di" keeps "Di" as the family name.
  for (let index = 1; index < end - 1; index += 1) {
    if (FAMILY_NAME_PARTICLES.has(stripComma(words[index]).toLowerCase())) return index
  }
  return end - 1
}

function stripComma(word: string | undefined): string {
  return (word ?? '').replace(/,$/, '')
}

function lastWord(name: string): string {
  return stripComma(name.split(' ').at(-1))
}
