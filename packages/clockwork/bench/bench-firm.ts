/** Firm, fictional credentials and faker seed shared by the benchmark and its sandbox process. */
export const benchFirm = {
  name: 'bench',
  apiKey: 'bench-key',
  apiSecret: 'bench-secret',
  serviceKey: 'bench-service',
} as const

/** Faker seed of the sandbox data, so every run reads the same people. */
export const benchSeed = 3
