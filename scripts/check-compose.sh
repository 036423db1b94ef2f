#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `docker compose config`,
# or Debian's docker-compose (v1) where the docker CLI has no compose plugin
# (installed when missing and allowed: root with apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  if ! command -v docker-compose >/dev/null; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      echo "Installing Debian's docker-compose to check docker-compose.yml" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
    else
      echo "Neither 'docker compose' nor docker-compose: apt-get install -y docker-compose" >&2
      exit 1
    fi
  fi
  compose=(docker-compose)
fi
# The file requires NEO4J_PASSWORD (it refuses to start without one); any value checks it.
NEO4J_PASSWORD=check-only-password "${compose[@]}" config --quiet
echo "docker-compose.yml is valid (${compose[*]} config)"
