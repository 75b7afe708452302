/**
 * Opens the embedded database of the data folder given as the first argument
 * from a separate process, prints the backend and the team names as JSON,
 * and closes. Tests run it to prove that a second process joins the server.
 */
import { openDatabase } from '../database.js'
import { teams } from '../schema.js'

const dataDir = process.argv[2]
if (dataDir === undefined) {
  throw new Error('Missing argument: the data folder of the embedded database.')
}

const handle = await openDatabase({ dataDir })
try {
  const rows = await handle.db.select({ name: teams.name }).from(teams)
  process.stdout.write(
    JSON.stringify({ backend: handle.backend, names: rows.map((row) => row.name) }),
  )
} finally {
  await handle.close()
}
