// @y/websocket-server's stock server as its `npx y-websocket` runs it: `ws` and setupWSConnection,
// rooms in memory, or in y-leveldb when YPERSISTENCE names a folder. Listens on HOST:PORT.
import './node_modules/@y/websocket-server/src/server.js'
