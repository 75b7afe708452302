import { describe, expect, it } from 'vitest'

import { splitFullName } from './names.js'

describe('splitFullName', () => {
  it.each([
    ['Richard Hendriks', 'Richard', 'Hendriks'],
    ['Madonna', 'Madonna', null],
    ['  Zoë   Łukasik ', 'Zoë', 'Łukasik'],
    ["Zoë O'Brien-Łukasik", 'Zoë', "O'Brien-Łukasik"],
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Juan Carlos de la Cruz', 'Juan Carlos', 'de la Cruz'],
    ['Anna Van Der Berg', 'Anna', 'Van Der Berg'],
    ['Anna Di', 'Anna', 'Di'],
    ['Martin Luther King Jr.', 'Martin Luther', 'King Jr.'],
    ['Sammy Davis, Jr.', 'Sammy', 'Davis Jr.'],
    ['Hendriks, Richard', 'Richard', 'Hendriks'],
    ['王小明', '王小明', null],
    ['', null, null],
  ])('splits %j', (fullName, firstName, lastName) => {
    expect(splitFullName(fullName)).toEqual({ firstName, lastName })
  })

  it('treats a missing name as empty', () => {
    expect(splitFullName(undefined)).toEqual({ firstName: null, lastName: null })
  })
})
