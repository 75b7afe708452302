import type { RunningProduct } from './product.js'

/**
 * Formats the text printed once the product runs: the URL, the sign-in
 * details, the ids that `talent-sync push` needs, and the other services.
 * The signing secret appears only on the start that created the team,
 * because the store keeps it encrypted and never shows it again.
 */
export function formatWelcome(product: Omit<RunningProduct, 'stop'>): string {
  const { demo, apiUrl } = product
  const secretLine = product.signingSecret
    ? `  event signing secret (shown once; rotate it in Integrations): ${product.signingSecret}`
    : '  event signing secret: shown on the first start only; rotate it in Integrations'

  const lines = [
    '',
    `talent-sync is running at ${apiUrl}`,
    '',
    `  admin      ${demo.admin.email}  password ${demo.admin.password}`,
    `  recruiter  ${demo.member.email}  password ${demo.member.password}`,
    `  team id    ${demo.teamId}`,
    `  admin user id (for talent-sync push --user)  ${demo.admin.userId}`,
    secretLine,
    '',
    `  Clockwork sandbox  ${product.sandboxUrl}  (firm "${demo.firm.name}")`,
    `  API docs           ${apiUrl}/docs`,
    `  worker metrics     ${product.metricsUrl}/metrics`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ]
  return lines.join('\n')
}
