/** Source of numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number

/**
 * Returns a seeded generator (mulberry32): the same seed always gives the
 * same sequence, so tests that inject faults do not flake. Not for secrets.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0

  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)

    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}
