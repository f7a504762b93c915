#!/usr/bin/env bash
# Installs what Tandem needs to build, run and test on Debian 12 (only what is missing); packages
# given as arguments are installed with them (scripts/sanitize.sh adds clang).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libgl-dev libxkbcommon-dev
    catch2 libsqlite3-dev libsodium-dev
    xvfb xauth fonts-dejavu-core poppler-utils
    desktop-file-utils appstream lintian dpkg-dev file
    "$@"
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
