#!/usr/bin/env bash
# The API fuzzer, schemathesis from PyPI, in a virtualenv of the project's own
# (.cache/fuzz-venv), never system-wide. Prints the path of its executable.
# Idempotent: an existing venv with the pinned version is reused.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=4.32.5
VENV=.cache/fuzz-venv
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$VERSION"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION" >&2
fi
echo "$PWD/$VENV/bin/schemathesis"
