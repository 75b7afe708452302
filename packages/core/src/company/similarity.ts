import { normalizeCompanyName } from './company-name.js'

/**
 * Scores how alike two company names are, from 0 (nothing shared) to 1 (the
 * same normalised name), after {@link normalizeCompanyName}.
 *
 * The measure is the Sørensen–Dice coefficient over the multisets of character
 * bigrams of each word: twice the number of shared bigrams divided by the
 * total number of bigrams. Bigrams are taken within words, and a one-letter
 * word counts as one unigram. The score is 1 for equal normalised names, and
 * also for the same words in another order ("Smith Jones", "Jones Smith").
 *
 * @returns The score, or 0 when either name is empty once normalised.
 * @example
 * ```ts
 * companySimilarity('Acme Ltd', 'ACME Limited') // 1
 * companySimilarity('Acme Corp', 'Acme Labs')   // about 0.67
 * ```
 */
export function companySimilarity(
  a: string | null | undefined,
  b: string | null | undefined,
): number {
  const first = normalizeCompanyName(a)
  const second = normalizeCompanyName(b)
  if (first === null || second === null) return 0
  if (first === second) return 1

  return diceCoefficient(wordBigrams(first), wordBigrams(second))
}

function wordBigrams(name: string): Map<string, number> {
  const counts = new Map<string, number>()

  for (const word of name.split(' ')) {
    const letters = Array.from(word)
    const grams =
      letters.length === 1 ? letters : letters.slice(1).map((letter, i) => letters[i] + letter)

    for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }

  return counts
}

function diceCoefficient(first: Map<string, number>, second: Map<string, number>): number {
  let shared = 0
  let total = 0

  for (const [gram, count] of first) {
    shared += Math.min(count, second.get(gram) ?? 0)
    total += count
  }
  for (const count of second.values()) total += count

  return total === 0 ? 0 : (2 * shared) / total
}
