#!/usr/bin/env bash
# The tests' Python tools from PyPI, in a virtualenv of the project's own
# (.cache/fuzz-venv), never system-wide: the API fuzzer (schemathesis) and
# networkx 3, which reads GEXF 1.3 and its spells (Debian 12's networkx 2.8
# does not know the 1.3 namespace). Prints the path of schemathesis.
# Idempotent: an existing venv with the pinned versions is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.32.5
NETWORKX=3.6.1
VENV=.cache/fuzz-venv
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$VERSION" ||
  ! "$VENV/bin/python3" -c "import networkx; assert networkx.__version__ == '$NETWORKX'" 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION" "networkx==$NETWORKX" >&2
fi
echo "$PWD/$VENV/bin/schemathesis"
