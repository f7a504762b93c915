#!/usr/bin/env bash
# Builds Tandem warning-free and runs the whole test suite (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default "$@"
