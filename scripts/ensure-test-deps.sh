#!/usr/bin/env bash
# The tests drive a real browser, read exports back with a real GraphML reader
# and validate GraphML and GEXF against their XSDs: Debian's chromium,
# python3-networkx and libxml2-utils (xmllint); in CI also Java and Maven for
# a local Neo4j. Installs them when missing and allowed (root with apt-get),
# otherwise says what to install.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
# Where the neo4j tier may not be skipped (.ci/run), also what runs a local Neo4j: a Java 17 JDK and Maven.
if [ "${NEWSGRAPH_REQUIRE_NEO4J:-}" = 1 ] && ! "$(dirname "$0")/neo4j-local.sh" check >/dev/null 2>&1; then
  missing+=(openjdk-17-jdk-headless maven)
fi
# The API fuzzer (schemathesis) lives in a virtualenv of the project's; it needs Python's venv module.
/usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
if [ ${#missing[@]} -eq 0 ]; then
  "$(dirname "$0")/fuzz-venv.sh" >/dev/null
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing test dependencies from Debian: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
"$(dirname "$0")/fuzz-venv.sh" >/dev/null
