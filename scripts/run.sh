#!/usr/bin/env bash
# Builds Tandem and starts it on the default database (first start offers demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target tandem tandem-cli
exec ./build/app/tandem "$@"
