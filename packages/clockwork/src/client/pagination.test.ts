import { describe, expect, it } from 'vitest'

import { walkOffsetPages, walkSearchPages } from './pagination.js'

async function collect<Item>(items: AsyncIterable<Item>): Promise<Item[]> {
  const collected: Item[] = []
  for await (const item of items) {
    collected.push(item)
  }
  return collected
}

const records = Array.from({ length: 7 }, (_, index) => index)

describe('walkOffsetPages', () => {
  it('walks every page and stops on an empty one', async () => {
    const calls: Array<[number, number]> = []

    const walked = await collect(
      walkOffsetPages(async (limit, offset) => {
        calls.push([limit, offset])
        return records.slice(offset, offset + limit)
      }, 3),
    )

    expect(walked).toEqual(records)
    expect(calls).toEqual([
      [3, 0],
      [3, 3],
      [3, 6],
      [3, 7],
    ])
  })

  it('skips nothing when the server caps the page size', async () => {
    const walked = await collect(
      walkOffsetPages(async (_limit, offset) => records.slice(offset, offset + 2), 5),
    )

    expect(walked).toEqual(records)
  })

  it('stops early when the caller breaks', async () => {
    let calls = 0
    const pages = walkOffsetPages(async (limit, offset) => {
      calls += 1
      return records.slice(offset, offset + limit)
    }, 2)

    for await (const record of pages) {
      if (record === 1) {
        break
      }
    }

    expect(calls).toBe(1)
  })
})

describe('walkSearchPages', () => {
  it('walks 1-based pages up to the total', async () => {
    const pagesAsked: number[] = []

    const walked = await collect(
      walkSearchPages(async (limit, page) => {
        pagesAsked.push(page)
        const items = records.slice((page - 1) * limit, page * limit)
        return { items, total: records.length }
      }, 3),
    )

    expect(walked).toEqual(records)
    expect(pagesAsked).toEqual([1, 2, 3])
  })

  it('stops on an empty page when the total is too high', async () => {
    const walked = await collect(
      walkSearchPages(async (limit, page) => {
        const items = records.slice((page - 1) * limit, page * limit)
        return { items, total: 1000 }
      }, 4),
    )

    expect(walked).toEqual(records)
  })
})
