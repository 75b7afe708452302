import { join } from 'node:path'

import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

import { StoreError } from './errors.js'

/** Folder inside the data folder that contains PGlite's files. */
export const PGLITE_FOLDER_NAME = 'pglite'

/** A running PGlite served over the PostgreSQL wire protocol on 127.0.0.1. */
export interface EmbeddedServer {
  /** TCP port the server listens on. */
  port: number
  /** Stops accepting connections, then closes PGlite. */
  stop(): Promise<void>
}

/**
 * Opens PGlite on `<dataDir>/pglite` and serves it on 127.0.0.1 with an
 * ephemeral port. The socket server multiplexes up to `maxConnections`
 * clients onto PGlite's single session: while one client is inside a
 * transaction, the others' queries wait until it ends.
 */
export async function startEmbeddedServer(
  dataDir: string,
  maxConnections: number,
): Promise<EmbeddedServer> {
  let pglite: PGlite | undefined

  try {
    pglite = await PGlite.create(join(dataDir, PGLITE_FOLDER_NAME))
    const server = new PGLiteSocketServer({
      db: pglite,
      host: '127.0.0.1',
      port: 0,
      maxConnections,
    })
    await server.start()

    const port = Number(server.getServerConn().split(':').at(-1))
    const database = pglite

    return {
      port,
      async stop() {
        await server.stop()
        await database.close()
      },
    }
  } catch (error) {
    await pglite?.close().catch(() => undefined)
    throw new StoreError(
      'embedded_database_unavailable',
      `The embedded database in ${dataDir} failed to start. Check that the folder is writable ` +
        'and not damaged, or set DATABASE_URL to use a PostgreSQL server.',
      { cause: error },
    )
  }
}
