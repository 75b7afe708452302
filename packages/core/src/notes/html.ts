const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML element content and quoted attribute values: `&`,
 * `<`, `>`, `"` and `'` become character references, so the result never
 * contains `<` and cannot open a tag or leave an attribute.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("hi")</script>') // "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character)
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

// Elements whose content is never shown, so none of it belongs in an excerpt.
const HIDDEN_ELEMENTS = /<(script|style|head|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi

// Tags that break a line when rendered, so their text must not run together.
const LINE_BREAKING_TAGS =
  /<\/?(?:address|article|blockquote|br|dd|div|dl|dt|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>/gi

/**
 * Converts a message body that may be HTML into plain text for an excerpt.
 * Comments and hidden elements (script, style, head, template) are removed.
 * Tags that break a line, such as `p`, `div`, `br` and `li`, become a space,
 * and other tags are removed. The common named references and numeric
 * character references are decoded, and plain text passes through otherwise.
 *
 * This is not a sanitiser. Escape the result with {@link escapeHtml} before
 * writing it into HTML.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(HIDDEN_ELEMENTS, ' ')
    .replace(LINE_BREAKING_TAGS, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeReference)
}

function decodeReference(reference: string, name: string): string {
  if (!name.startsWith('#')) return NAMED_REFERENCES[name.toLowerCase()] ?? reference

  const hex = name[1] === 'x' || name[1] === 'X'
  const codePoint = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)

  // Code point 0, surrogates and values past U+10FFFF are not characters.
  const isCharacter =
    codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff)
  return isCharacter ? String.fromCodePoint(codePoint) : reference
}
