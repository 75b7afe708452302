import type { ClockworkClient } from '@talent-sync/clockwork'

function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Remembers the tag ids of each firm by normalised name, so attaching a tag
 * costs one CRM call instead of a walk through every tag page. When a cached
 * tag was deleted in the CRM, the attach call fails with `crm_not_found`
 * and the caller drops the name with {@link TagCache.forget} and retries.
 */
export class TagCache {
  readonly #ids = new Map<string, string>()

  /** Returns the id of the firm's tag of that name, creating the tag when the CRM has none. */
  async resolve(
    client: ClockworkClient,
    firm: string,
    name: string,
    signal?: AbortSignal,
  ): Promise<string> {
    const key = `${firm}\u0000${normalizeTagName(name)}`
    const cached = this.#ids.get(key)
    if (cached !== undefined) return cached

    const options = signal === undefined ? {} : { signal }
    let found
    try {
      found = await client.lookups.findOrCreateTag(name, options)
    } catch (error) {
      // Another job created the tag between this job's look-up and its create, so look again.
      if ((error as { code?: unknown }).code !== 'crm_validation_failed') throw error
      found = await client.lookups.findOrCreateTag(name, options)
    }

    this.#ids.set(key, found.tag.id)
    return found.tag.id
  }

  /** Drops a cached tag id, for example after the CRM reported it missing. */
  forget(firm: string, name: string): void {
    this.#ids.delete(`${firm}\u0000${normalizeTagName(name)}`)
  }
}
