#!/usr/bin/env bash
# Builds the Debian package from the build folder and checks it as a user's machine would see it:
# what it installs, the dependencies it declares (resolvable on this Debian), lintian's verdict,
# and that the installed tandem-cli runs. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(ls "$work"/tandem_*.deb)
echo "built $(basename "$deb")"

failed=0
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/tandem ./usr/bin/tandem-cli \
    ./usr/share/applications/eu.tandemcrm.Tandem.desktop \
    ./usr/share/metainfo/eu.tandemcrm.Tandem.metainfo.xml \
    ./usr/share/mime/packages/eu.tandemcrm.Tandem.xml \
    ./usr/share/icons/hicolor/scalable/apps/eu.tandemcrm.Tandem.svg \
    ./usr/share/icons/hicolor/48x48/apps/eu.tandemcrm.Tandem.png \
    ./usr/share/icons/hicolor/256x256/apps/eu.tandemcrm.Tandem.png \
    ./usr/share/man/man1/tandem.1.gz ./usr/share/man/man1/tandem-cli.1.gz \
    ./usr/share/doc/tandem/copyright ./usr/share/doc/tandem/changelog.gz; do
    if ! grep -qxF "$path" <<<"$contents"; then
        echo "missing from the package: $path"
        failed=1
    fi
done

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsodium23 \
    libsqlite3-0; do
    if ! grep -q "\b$dep\b" <<<"$depends"; then
        echo "not declared as a dependency: $dep (Depends: $depends)"
        failed=1
    fi
done

# Every dependency can be met on this Debian (a simulated install changes nothing).
if ! apt-get install -s "$deb" >"$work/apt.log" 2>&1; then
    echo "apt-get cannot install the package:"
    cat "$work/apt.log"
    failed=1
fi

if ! lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1; then
    echo "lintian:"
    grep -v "root privileges" "$work/lintian.log"
    failed=1
fi

# The installed command line runs from where the package puts it.
dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/tandem-cli" --version)
if [ "$version" != "tandem-cli $(dpkg-deb -f "$deb" Version)" ]; then
    echo "tandem-cli --version printed: $version"
    failed=1
fi
"$work/root/usr/bin/tandem-cli" --db "$work/check.db" init --company "UAB Bandymas" \
    --user "Rūta" --currency EUR >/dev/null
"$work/root/usr/bin/tandem-cli" --db "$work/check.db" add contact first_name=Rūta >/dev/null
count=$("$work/root/usr/bin/tandem-cli" --db "$work/check.db" list contact | grep -c "Rūta" || true)
if [ "$count" -lt 1 ]; then
    echo "the installed tandem-cli did not list the contact it added"
    failed=1
fi

[ "$failed" -eq 0 ] && echo "the package is complete"
exit "$failed"
