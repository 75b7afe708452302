/**
 * Folds text for matching: Unicode NFD, combining marks removed, lower case.
 * "Zoë Łukasik" and "zoe lukasik" fold to the same string; letters without a
 * decomposition (ł, ø, ß) get an explicit ASCII stand-in.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøßæœđ]/g, (letter) => LETTER_STAND_INS[letter] ?? letter)
}

const LETTER_STAND_INS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
}
