import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { z } from 'zod'

/** File in the data folder that keeps the demo accounts between starts. */
export const DEMO_FILE_NAME = 'demo.json'

const demoStateSchema = z.object({
  teamName: z.string(),
  teamId: z.string().nullable(),
  // Demo states saved before the user id was kept lack it; the next start fills it in.
  admin: z.object({ email: z.string(), password: z.string(), userId: z.string().optional() }),
  member: z.object({ email: z.string(), password: z.string() }),
  firm: z.object({
    name: z.string(),
    apiKey: z.string(),
    apiSecret: z.string(),
    serviceKey: z.string(),
  }),
})

/**
 * The demo team's accounts and the sandbox firm's credentials. They are made
 * at random on the first start and kept in the data folder with mode 0600,
 * so later starts sign in with the same details.
 */
export type DemoState = z.infer<typeof demoStateSchema>

function randomSecret(bytes: number): string {
  return randomBytes(bytes).toString('base64url')
}

function newDemoState(): DemoState {
  return {
    teamName: 'Demo Search Partners',
    teamId: null,
    admin: { email: 'admin@demo.talent-sync.test', password: randomSecret(12) },
    member: { email: 'recruiter@demo.talent-sync.test', password: randomSecret(12) },
    firm: {
      name: 'demo',
      apiKey: `key_${randomSecret(12)}`,
      apiSecret: randomSecret(24),
      serviceKey: `svc_${randomSecret(12)}`,
    },
  }
}

/**
 * Reads the demo state from the data folder, or creates and saves a new one.
 *
 * @throws {Error} when the file exists but is not a valid demo state.
 */
export async function loadDemoState(
  dataDir: string,
): Promise<{ state: DemoState; created: boolean }> {
  const path = join(dataDir, DEMO_FILE_NAME)

  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const state = newDemoState()
    await saveDemoState(dataDir, state)
    return { state, created: true }
  }

  const result = demoStateSchema.safeParse(JSON.parse(text))
  if (!result.success) {
    throw new Error(`${path} is not a valid demo state; delete it to start a new demo`)
  }
  return { state: result.data, created: false }
}

/** Writes the demo state to the data folder, readable by its owner only. */
export async function saveDemoState(dataDir: string, state: DemoState): Promise<void> {
  await writeFile(join(dataDir, DEMO_FILE_NAME), JSON.stringify(state, null, 2) + '\n', {
    mode: 0o600,
  })
}
