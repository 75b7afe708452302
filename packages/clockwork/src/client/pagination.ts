import { clockworkPageSize } from '../unconfirmed/pagination.js'

/** Default number of records per page when walking a list: the largest page Clockwork serves. */
export const defaultPageSize = clockworkPageSize.max

/**
 * Walks a limit/offset list page by page and yields each record, until a page comes back empty.
 * The next offset counts the records received, not `pageSize`, so a server that caps the page
 * size below `limit` skips nothing.
 */
export async function* walkOffsetPages<Item>(
  fetchPage: (limit: number, offset: number) => Promise<readonly Item[]>,
  pageSize: number = defaultPageSize,
): AsyncGenerator<Item, void, undefined> {
  // NOTE: Clockwork's default and maximum `limit` are not documented, hence the closing empty page.
  let offset = 0

  for (;;) {
    const page = await fetchPage(pageSize, offset)
    if (page.length === 0) {
      return
    }

    yield* page
    offset += page.length
  }
}

/** One `people_search` page: its records and the total number of hits. */
export interface SearchPage<Item> {
  readonly items: readonly Item[]
  readonly total: number
}

/**
 * Walks a 1-based paged search and yields each record. It stops once `total` records are
 * seen or a page comes back empty, so a total that shrinks mid-walk cannot loop forever.
 */
export async function* walkSearchPages<Item>(
  fetchPage: (limit: number, page: number) => Promise<SearchPage<Item>>,
  pageSize: number = defaultPageSize,
): AsyncGenerator<Item, void, undefined> {
  let seen = 0

  for (let page = 1; ; page += 1) {
    const result = await fetchPage(pageSize, page)
    yield* result.items
    seen += result.items.length

    if (result.items.length === 0 || seen >= result.total) {
      return
    }
  }
}
