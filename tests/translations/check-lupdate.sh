#!/usr/bin/env bash
# Runs lupdate over the sources into copies of the translation files: a string added to the code
# but never put into the .ts files (or put there and not translated) shows up as unfinished.
# Usage: check-lupdate.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for lang in lt pl uk ro ru; do
    cp "$src/translations/tandem_$lang.ts" "$work/"
    "$lupdate" -silent -locations none -no-obsolete "$src/core" "$src/ui" "$src/app" \
        -ts "$work/tandem_$lang.ts" >/dev/null
    missing=$(grep -c 'type="unfinished"' "$work/tandem_$lang.ts" || true)
    if [ "$missing" -gt 0 ]; then
        echo "tandem_$lang.ts lacks $missing string(s) of the sources, e.g.:"
        grep -B3 'type="unfinished"' "$work/tandem_$lang.ts" | grep '<source>' | head -5
        failed=1
    fi
done
[ "$failed" -eq 0 ] && echo "every string of the sources is translated"
exit "$failed"
