#!/usr/bin/env bash
# Installs the Debian 12 packages dkg needs to build, test and run its demo, skipping those
# already present. Uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libsqlite3-dev libsqlitecpp-dev sqlite3
  libboost-graph-dev libgtest-dev libcli11-dev nlohmann-json3-dev
  libgumbo-dev libssl-dev libicu-dev iso-codes
  python3 python3-networkx python3-jsonschema graphviz man-db
  clang libclang-rt-14-dev
  libcpp-httplib-dev chromium
)
# The page of `dkg serve` embeds cytoscape.js, and its browser test drives chromium with
# puppeteer-core: both from npm (web/package-lock.json). A Node.js from elsewhere (nodesource)
# already brings npm; Debian's packages are installed only when there is none.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

# npm packages of web/, exactly as locked, when missing or older than the lock file.
install_web() {
  local web
  web="$(dirname "$0")/../web"
  if [ ! -f "$web/node_modules/.package-lock.json" ] ||
     [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  install_web
  exit 0
fi

echo "installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "dkg: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_web
