/**
 * Upper bounds on the size of incoming values. They are generous for real
 * profiles and small enough that one event cannot fill a CRM record or a log
 * line with megabytes of text.
 */
export const LIMITS = {
  /** Identifiers such as event, team, user and platform person ids. */
  id: 200,
  /** Names, titles, company names and other one-line text. */
  shortText: 500,
  /** Summaries, descriptions and message bodies. */
  longText: 20_000,
  /** URLs and e-mail addresses. */
  url: 2_048,
  email: 320,
  phone: 64,
  /** Entries in one list, such as e-mails or positions of a person. */
  listItems: 100,
  /** Keys in free-form maps such as `variables` and `taggedFields`. */
  mapKeys: 100,
  /** Events in one batch. */
  batchEvents: 500,
} as const
