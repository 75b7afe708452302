import type { Context, Hono } from 'hono'
import { z } from 'zod'

import { faultSettingsSchema } from '../faults/fault-settings.js'
import { SandboxHttpError } from '../http/errors.js'
import { readBody } from '../http/request-body.js'
import type { SandboxContext, SandboxEnv } from '../http/sandbox-env.js'
import { seedFirm } from '../seed/seed-firm.js'

/** Body of `POST /_sandbox/reset`: one firm, or every firm when `firm` is left out. */
const resetBodySchema = z.strictObject({ firm: z.string().optional() })

/** Body of `POST /_sandbox/seed`. */
const seedBodySchema = z.strictObject({
  /** Firm to seed; defaults to every firm. */
  firm: z.string().optional(),
  /** Faker seed, so that the same seed gives the same firm. */
  seed: z.number().int().optional(),
  /** Number of people to generate. */
  people: z.number().int().min(0).max(100_000).optional(),
})

/**
 * Registers the control routes under `/_sandbox/`: reset, seed, state dump,
 * faults and request counts. They take no credentials, because the sandbox
 * only listens on loopback by default and contains fictional data.
 */
export function registerControlRoutes(app: Hono<SandboxEnv>, context: SandboxContext): void {
  app.post('/_sandbox/reset', async (c) => {
    const { firm } = await readOptionalBody(c, resetBodySchema)
    const firms = selectFirms(context, firm)

    for (const name of firms) context.state.reset(name)

    return c.json({ reset: firms })
  })

  app.post('/_sandbox/seed', async (c) => {
    const { firm, seed, people } = await readOptionalBody(c, seedBodySchema)
    const firms = selectFirms(context, firm)
    const counts: Record<string, number> = {}

    for (const name of firms) {
      context.state.reset(name)
      const store = context.state.firm(name)
      if (store === undefined) continue

      seedFirm(store, { seed, people })
      counts[name] = store.people.size
    }
    context.state.changed()

    return c.json({ seeded: counts })
  })

  app.get('/_sandbox/state', (c) => c.json(context.state.snapshot()))

  app.get('/_sandbox/faults', (c) => c.json(context.faults.settings))

  app.put('/_sandbox/faults', async (c) => {
    const settings = await readBody(c.req.raw, faultSettingsSchema)
    context.faults.configure(settings)
    context.logger.info({ faults: settings }, 'faults configured')

    return c.json(context.faults.settings)
  })

  app.get('/_sandbox/stats', (c) => c.json({ firms: context.stats.snapshot() }))

  app.delete('/_sandbox/stats', (c) => {
    context.stats.clear()

    return c.body(null, 204)
  })
}

/** Names of the firms a control request targets, or a 404 for an unknown firm. */
function selectFirms(context: SandboxContext, firm: string | undefined): string[] {
  if (firm === undefined) return context.state.firmNames

  if (context.state.firm(firm) === undefined) {
    throw new SandboxHttpError(
      404,
      'firm_not_found',
      `Firm "${firm}" is not served by this sandbox.`,
    )
  }

  return [firm]
}

/** Reads a control body that may be empty, which stands for `{}`. */
async function readOptionalBody<Schema extends z.ZodType>(
  c: Context<SandboxEnv>,
  schema: Schema,
): Promise<z.output<Schema>> {
  const text = await c.req.raw.clone().text()
  if (text.trim() === '') return schema.parse({})

  return readBody(c.req.raw, schema)
}
