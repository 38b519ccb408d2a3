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
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

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
