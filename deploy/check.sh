#!/bin/sh
# Checks the deployment files without building or pulling anything: nginx.conf with the local
# nginx (upstream names swapped for 127.0.0.1, which nginx must resolve at load), and
# compose.yaml's schema and interpolation with whichever compose is installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sed -e 's/server app1:8080/server 127.0.0.1:18091/' -e 's/server app2:8080/server 127.0.0.1:18092/' \
  -e "s#pid /tmp/nginx.pid#pid $tmp/nginx.pid#" "$here/nginx.conf" > "$tmp/nginx.conf"
nginx -t -c "$tmp/nginx.conf"

secret=$(printf 'x%.0s' $(seq 1 64))
printf 'PACTBOARD_SECRET=%s\nPOSTGRES_PASSWORD=check\n' "$secret" > "$tmp/check.env"
if docker compose version >/dev/null 2>&1; then
  docker compose --env-file "$tmp/check.env" -f "$here/compose.yaml" config -q
elif command -v docker-compose >/dev/null 2>&1; then
  # Compose v1 (Debian's docker-compose) predates the top-level `name`; everything else it checks.
  grep -v '^name: ' "$here/compose.yaml" > "$tmp/compose.yaml"
  docker-compose --project-directory "$here" --env-file "$tmp/check.env" -f "$tmp/compose.yaml" config -q
else
  echo "no docker compose: compose.yaml not checked" >&2
  exit 1
fi
echo "deploy files: ok"
