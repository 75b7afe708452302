const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}

interface DocumentOperation {
  summary?: string
  tags?: string[]
  security?: Record<string, unknown>[]
}

function describeSecurity(security: Record<string, unknown>[] | undefined): string {
  if (!security || security.length === 0) return 'none'
  return security.map((requirement) => Object.keys(requirement).join(' + ')).join(' or ')
}

/**
 * Renders a self-contained HTML page that lists the operations of an
 * OpenAPI document, grouped by tag. It loads nothing from the network, so
 * it works where the API has no internet access.
 */
export function renderDocsPage(document: Record<string, unknown>): string {
  const info = document.info as { title: string; version: string; description: string }
  const paths = document.paths as Record<string, Record<string, DocumentOperation>>
  const rowsByTag = new Map<string, string[]>()

  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags?.[0] ?? 'other'
      const row =
        `<tr><td class="method">${escapeHtml(method.toUpperCase())}</td>` +
        `<td><code>${escapeHtml(path)}</code></td>` +
        `<td>${escapeHtml(operation.summary ?? '')}</td>` +
        `<td>${escapeHtml(describeSecurity(operation.security))}</td></tr>`
      rowsByTag.set(tag, [...(rowsByTag.get(tag) ?? []), row])
    }
  }

  const sections = [...rowsByTag.entries()].map(
    ([tag, rows]) =>
      `<h2>${escapeHtml(tag)}</h2><table><thead><tr><th>Method</th><th>Path</th>` +
      `<th>Summary</th><th>Authentication</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  )

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; max-width: 70rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid #ddd; }
td.method { font-weight: bold; font-family: monospace; }
</style>
</head>
<body>
<h1>${escapeHtml(info.title)} ${escapeHtml(info.version)}</h1>
<p>${escapeHtml(info.description)}</p>
<p>The machine-readable document is at <a href="/openapi.json">/openapi.json</a>.</p>
${sections.join('\n')}
</body>
</html>
`
}
