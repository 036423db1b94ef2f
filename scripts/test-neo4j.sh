#!/usr/bin/env bash
# The neo4j tier of `npm test` (see jest.config.js): the integration and e2e
# files again, on Neo4j. The server: NEO4J_TEST_URI / NEO4J_TEST_PASSWORD when
# set (that database is emptied, test by test); otherwise the project's local
# Neo4j (scripts/neo4j-local.sh), started for this run and stopped after it
# unless it was up already. Without Java 17/21 or Maven the tier is skipped
# with a message, and fails instead when NEWSGRAPH_REQUIRE_NEO4J=1 (.ci/run);
# NEWSGRAPH_SKIP_NEO4J=1 skips it on purpose (a quick local run).
# Extra arguments go to jest (e.g. one file's path).
set -euo pipefail
cd "$(dirname "$0")/.."

started=
stop_started() { [ -z "$started" ] || scripts/neo4j-local.sh stop; }
trap stop_started EXIT

if [ "${NEWSGRAPH_SKIP_NEO4J:-}" = 1 ] && [ "${NEWSGRAPH_REQUIRE_NEO4J:-}" != 1 ]; then
  echo "[neo4j] NEWSGRAPH_SKIP_NEO4J=1: no local Neo4j is started" >&2
  unset NEO4J_TEST_URI
elif [ -z "${NEO4J_TEST_URI:-}" ]; then
  if scripts/neo4j-local.sh status >/dev/null 2>&1; then
    echo "[neo4j] using the local Neo4j that is running"
  elif why="$(scripts/neo4j-local.sh check 2>&1)"; then
    started=1
    # A start that fails is reported by the tier itself: skipped with that message, or failed under .ci/run.
    scripts/neo4j-local.sh start || echo "[neo4j] the local Neo4j did not start (log above)" >&2
  else
    echo "[neo4j] cannot start a local Neo4j: ${why#neo4j-local: }" >&2
  fi
  if scripts/neo4j-local.sh status >/dev/null 2>&1; then
    # The local server's settings, under the names the tests read (never the app's NEO4J_URI).
    eval "$(scripts/neo4j-local.sh env | sed 's/^NEO4J_/export NEO4J_TEST_/')"
  fi
fi

# One file at a time: Neo4j Community has one database, and each file empties it.
npm run -s test:jest -- --selectProjects neo4j --maxWorkers 1 "$@"
