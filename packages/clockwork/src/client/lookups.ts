import {
  createTagRequestSchema,
  createTagResponseSchema,
  listStatusesResponseSchema,
  type Status,
} from '../unconfirmed/lookups.js'
import type { NamedRecord, PageQuery } from '../wire/common.js'
import {
  listCompaniesResponseSchema,
  listRegionsResponseSchema,
  listTagsResponseSchema,
} from '../wire/lookups.js'
import {
  createWebhookRequestSchema,
  createWebhookResponseSchema,
  type CreateWebhookResponse,
} from '../wire/webhooks.js'
import type { ClockworkCallOptions, ClockworkIterateOptions } from './options.js'
import { walkOffsetPages } from './pagination.js'
import type { ClockworkTransport } from './transport.js'

/** Tag found by name or created for it. */
export interface FoundOrCreatedTag {
  readonly tag: NamedRecord
  /** True when no tag of that name existed and one was created. */
  readonly created: boolean
}

/** Firm-wide lists (companies, regions, tags, statuses) and webhook registration. */
export class ClockworkLookups {
  readonly #transport: ClockworkTransport

  /** Wraps the transport of a {@link ClockworkClient}. */
  constructor(transport: ClockworkTransport) {
    this.#transport = transport
  }

  /** Lists one page of companies (`GET /companies`). */
  async listCompanies(
    query: PageQuery = {},
    options?: ClockworkCallOptions,
  ): Promise<NamedRecord[]> {
    const call = {
      endpoint: 'listCompanies',
      params: {},
      query,
      responseSchema: listCompaniesResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).companies
  }

  /** Walks every company, page by page. */
  iterateCompanies(
    options: ClockworkIterateOptions = {},
  ): AsyncGenerator<NamedRecord, void, undefined> {
    return walkOffsetPages(
      (limit, offset) => this.listCompanies({ limit, offset }, options),
      options.pageSize,
    )
  }

  /** Lists one page of regions (`GET /regions`); a region id goes into an address's `region_id`. */
  async listRegions(query: PageQuery = {}, options?: ClockworkCallOptions): Promise<NamedRecord[]> {
    const call = {
      endpoint: 'listRegions',
      params: {},
      query,
      responseSchema: listRegionsResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).regions
  }

  /** Walks every region, page by page. */
  iterateRegions(
    options: ClockworkIterateOptions = {},
  ): AsyncGenerator<NamedRecord, void, undefined> {
    return walkOffsetPages(
      (limit, offset) => this.listRegions({ limit, offset }, options),
      options.pageSize,
    )
  }

  /** Lists one page of tags (`GET /tags`). */
  async listTags(query: PageQuery = {}, options?: ClockworkCallOptions): Promise<NamedRecord[]> {
    const call = {
      endpoint: 'listTags',
      params: {},
      query,
      responseSchema: listTagsResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).tags
  }

  /** Walks every tag, page by page. */
  iterateTags(options: ClockworkIterateOptions = {}): AsyncGenerator<NamedRecord, void, undefined> {
    return walkOffsetPages(
      (limit, offset) => this.listTags({ limit, offset }, options),
      options.pageSize,
    )
  }

  /** Creates a tag (`POST /tags`, a guessed endpoint). */
  async createTag(name: string, options?: ClockworkCallOptions): Promise<NamedRecord> {
    const call = {
      endpoint: 'createTag',
      params: {},
      body: { tag: { name } },
      bodySchema: createTagRequestSchema,
      responseSchema: createTagResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).tag
  }

  /**
   * Finds a tag by name, ignoring case and surrounding spaces, and creates it when none
   * matches. Two callers racing on a new name may both create it; serialize them per firm.
   */
  async findOrCreateTag(
    name: string,
    options: ClockworkIterateOptions = {},
  ): Promise<FoundOrCreatedTag> {
    const wanted = normalizeTagName(name)

    for await (const tag of this.iterateTags(options)) {
      if (normalizeTagName(tag.name) === wanted) {
        return { tag, created: false }
      }
    }
    return { tag: await this.createTag(name.trim(), options), created: true }
  }

  /** Lists candidate statuses (`GET /statuses`; its shape is guessed). */
  async listStatuses(options?: ClockworkCallOptions): Promise<Status[]> {
    const call = {
      endpoint: 'listStatuses',
      params: {},
      responseSchema: listStatusesResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).statuses
  }

  /** Registers an HTTPS URL for webhook deliveries (`POST /webhooks`). */
  createWebhook(hookUrl: string, options?: ClockworkCallOptions): Promise<CreateWebhookResponse> {
    const call = {
      endpoint: 'createWebhook',
      params: {},
      body: { hook_url: hookUrl },
      bodySchema: createWebhookRequestSchema,
      responseSchema: createWebhookResponseSchema,
    } as const
    return this.#transport.send(call, options)
  }

  /** Removes a webhook registration (`DELETE /webhooks/{id}`); the response body is ignored. */
  async deleteWebhook(hookId: string, options?: ClockworkCallOptions): Promise<void> {
    await this.#transport.send({ endpoint: 'deleteWebhook', params: { hookId } }, options)
  }
}

function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}
