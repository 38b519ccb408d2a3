#!/usr/bin/env bash
# Installs dependencies, builds dkg with its tests and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
BUILD_TYPE=${BUILD_TYPE:-Release} scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
