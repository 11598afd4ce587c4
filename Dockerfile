# Pactboard as one image: the server (API, sync, the built web app) on port 8080.
# docker build -t pactboard . ; see deploy/compose.yaml for two instances behind nginx.

# Node with the tools better-sqlite3 needs when no prebuilt binary fits.
FROM node:20-bookworm-slim AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Every workspace's manifest: npm ci checks the lockfile against all of them.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
COPY bench/package.json bench/

# Builds the server bundle (server/dist, with @pactboard/shared inside) and the client.
FROM toolchain AS build
ENV TURBO_TELEMETRY_DISABLED=1
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run build --filter=@pactboard/server --filter=@pactboard/client

# The server's production dependencies only, native modules compiled here; cached until a
# manifest changes.
FROM toolchain AS deps
RUN npm ci --omit=dev --workspace=@pactboard/server --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/package.json ./package.json
COPY --from=deps /app/server/package.json ./server/package.json
COPY --from=build /app/server/dist ./server/dist
# The server finds the client at ../../client/dist from server/dist/main.js.
COPY --from=build /app/client/dist ./client/dist
# The node image's unprivileged user (uid 1000) owns only the data directory.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
# Liveness only: /readyz (the store, Redis) is for the load balancer, see deploy/compose.yaml.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and handles SIGTERM itself: closes sockets (1001), compacts docs, exits 0.
CMD ["node", "server/dist/main.js"]
