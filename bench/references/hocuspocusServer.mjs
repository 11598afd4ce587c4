// Hocuspocus with its SQLite extension, as its guide sets them up: default debounce (2 s, at most
// 10 s) before a document is stored, stored at once when its last connection leaves.
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const server = new Server({
  address: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT),
  quiet: true,
  extensions: [new SQLite({ database: process.env.HOCUSPOCUS_DATABASE })],
})
await server.listen()
