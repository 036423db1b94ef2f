#!/usr/bin/env bash
# The tests drive a real browser and read exports back with a real GraphML/GEXF
# reader: Debian's chromium and python3-networkx. Installs them when missing
# and allowed (root with apt-get), otherwise says what to install.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing test dependencies from Debian: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
