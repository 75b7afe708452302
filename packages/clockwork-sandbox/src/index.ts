/**
 * Local emulation of the Clockwork Recruiting v3 API for development, demos
 * and tests: per-firm state, realistic seed data, fault switches and request
 * counts. Routes and guessed shapes come from `@talent-sync/clockwork`, so
 * the client and the sandbox agree by construction.
 */
export { createSandbox, type Sandbox, type SandboxOptions } from './app.js'
export { startSandbox, type RunningSandbox, type StartSandboxOptions } from './server.js'
export { createDemoFirm, DEMO_FIRM_NAME, type FirmCredentials } from './firms.js'
export { FaultInjector, type FaultDecision, type FaultOutcome } from './faults/fault-injector.js'
export {
  faultSettingsSchema,
  noFaults,
  type FaultSettings,
  type FaultSettingsInput,
} from './faults/fault-settings.js'
export { RequestStats, type CountedRequest, type FirmStats, type PersonStats } from './stats.js'
export { SandboxState, type SandboxSnapshot } from './state/sandbox-state.js'
export { FirmStore } from './state/firm-store.js'
export { readStateFile, writeStateFile, StateFileError } from './state/state-file.js'
export { seedFirm, DEFAULT_SEED, DEFAULT_PEOPLE_COUNT, type SeedOptions } from './seed/seed-firm.js'
export { NEAR_DUPLICATE_COMPANY_FAMILIES } from './seed/catalog-data.js'
export { foldText } from './search/fold-text.js'
export type * from './state/records.js'
