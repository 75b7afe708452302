import type { ProfileLink } from '../social.js'

/**
 * Splits a list cell of `Profile.csv`: the export writes several values
 * as `[a,b]`, one value as `[a]` or `a`.
 */
function splitListCell(value: string | undefined): string[] {
  const inner = (value ?? '').trim().replace(/^\[/, '').replace(/\]$/, '')
  return inner
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/**
 * Reads the "Websites" and "Twitter Handles" cells of `Profile.csv` as
 * profile links. A website may carry a label such as
 * `PERSONAL:https://zoe.example.com`, which becomes the link's network name.
 */
export function readProfileLinks(
  websites: string | undefined,
  twitterHandles: string | undefined,
): ProfileLink[] {
  const links: ProfileLink[] = splitListCell(websites).map((item) => {
    const labelled = /^([A-Z][A-Z_ ]*):(?!\/\/)(.+)$/.exec(item)
    return labelled ? { network: labelled[1], url: labelled[2]?.trim() } : { url: item }
  })

  const [handle] = splitListCell(twitterHandles)
  if (handle) links.push({ network: 'Twitter', username: handle })

  return links
}
