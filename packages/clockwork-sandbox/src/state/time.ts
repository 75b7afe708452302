/**
 * Formats a date the way v3 responses carry timestamps: `YYYY-MM-DD HH:MM:SS`
 * in UTC, with no zone marker.
 */
export function formatTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ')
}
