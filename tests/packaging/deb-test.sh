#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a build tree (cpack -G DEB) and checks what a user installing
# it gets: the files in it and nothing else, its control data, the programs running from the
# extracted package without LD_LIBRARY_PATH (RPATH, QCA and its plugin from the package), the
# menu entry, the AppStream metainfo and the man page.
#   deb-test.sh BUILD_DIR VERSION DEPS_PREFIX
# As root the programs run as on a clean system: DEPS_PREFIX (where QCA was built) is hidden
# under an empty tmpfs in a private mount namespace.
# Exit 0 passed, 1 failed, 77 skipped (no dpkg tools: not a Debian system).
set -uo pipefail
build=$1 version=$2 deps=$3
app_id=io.github.quorum.Quorum

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli man readelf; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (installer/install-deps.sh)"; exit 77; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; passes=$((passes + 1)); }

# --- the package --------------------------------------------------------------------------
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(ls "$work"/out/quorum_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: no quorum_${version}_*.deb"; exit 1; }
pass "built $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/contents"
for path in /usr/bin/quorum /usr/bin/quorumctl \
    /usr/lib/quorum/libqca-qt6.so.2 /usr/lib/quorum/qca-qt6/crypto/libqca-ossl.so \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/man/man1/quorumctl.1.gz; do
    grep -qx "$path" "$work/contents" && pass "contains $path" || fail "the package lacks $path"
done
# Only the programs, QCA and the desktop files: no tests, static libraries, headers, CMake files.
unexpected=$(grep -E '\.a$|/include/|/cmake/|test|Catch|\.h$|\.pc$' "$work/contents")
[ -z "$unexpected" ] && pass "no test, static or development file" \
    || fail "files that do not belong in the package: $unexpected"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = quorum ] && pass "Package: quorum" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)'"
[ -n "$(field Maintainer)" ] && [ -n "$(field Section)" ] && [ -n "$(field Description)" ] \
    && pass "Maintainer, Section, Description" || fail "Maintainer, Section or Description missing"
depends=$(field Depends)
for package in libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libqt6svg6 libqt6core5compat6 libssl3 \
    libyaml-cpp0.7 libarchive13 libsqlite3-0; do
    [[ $depends == *"$package"* ]] && pass "depends on $package" || fail "Depends lacks $package: $depends"
done
[[ $depends != *qca* ]] && pass "QCA is private, not a dependency" || fail "Depends names QCA: $depends"

# --- the programs, run from the extracted package ------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root"
for program in quorum quorumctl; do
    runpath=$(readelf -d "$root/usr/bin/$program" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
    [ "$runpath" = '$ORIGIN/../lib/quorum' ] && pass "$program: RUNPATH \$ORIGIN/../lib/quorum" \
        || fail "$program: RUNPATH is '$runpath'"
    missing=$(env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$program" | grep 'not found')
    [ -z "$missing" ] && pass "$program: every library found" || fail "$program: $missing"
done

hidden=no
if [ -d "$deps" ] && unshare --mount --propagation private mount -t tmpfs none "$deps" 2>/dev/null; then
    hidden=yes
fi
# Runs a command from the package without LD_LIBRARY_PATH, and with DEPS_PREFIX hidden.
isolated() {
    if [ $hidden = yes ]; then
        env -u LD_LIBRARY_PATH -u QCA_PLUGIN_PATH unshare --mount --propagation private \
            sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$deps" "$@"
    else
        env -u LD_LIBRARY_PATH -u QCA_PLUGIN_PATH "$@"
    fi
}
ctl() { isolated "$root/usr/bin/quorumctl" "$@"; }
echo "note: $deps hidden from the programs: $hidden"

version_line=$(ctl --version 2>&1)
[[ $version_line == "quorumctl $version "* ]] && pass "quorumctl --version: $version_line" \
    || fail "quorumctl --version says '$version_line'"
ctl demo --db "$work/demo.sqlite" >"$work/demo.log" 2>&1 \
    && pass "quorumctl demo" || { cat "$work/demo.log"; fail "quorumctl demo"; }
# verify checks every signature through QCA: QCA and its plugin must be the package's.
LD_DEBUG=files ctl verify --db "$work/demo.sqlite" >"$work/verify.log" 2>"$work/verify.ld"
status=$?
[ $status -eq 0 ] && pass "quorumctl verify: $(tail -n1 "$work/verify.log")" \
    || { cat "$work/verify.log"; fail "quorumctl verify exited $status"; }
grep -o 'calling init: [^ ]*' "$work/verify.ld" | sed 's/calling init: //; s#/bin/\.\./#/#' \
    >"$work/inits"
qca=$root/usr/lib/quorum/libqca-qt6.so.2
plugin=$root/usr/lib/quorum/qca-qt6/crypto/libqca-ossl.so
grep -qx "$qca" "$work/inits" && pass "QCA loaded from the package" \
    || fail "QCA was not loaded from the package: $(grep qca "$work/inits")"
grep -qx "$plugin" "$work/inits" && pass "QCA's OpenSSL plugin loaded from the package" \
    || fail "the OpenSSL plugin was not loaded from the package: $(grep qca "$work/inits")"
# QCA keeps the first plugin of each provider it finds.
first_plugin=$(grep -m1 'libqca-ossl' "$work/inits")
[ "$first_plugin" = "$plugin" ] && pass "the package's plugin is the one QCA uses" \
    || fail "QCA found $first_plugin first"
if [ $hidden = yes ]; then
    ! grep -q "^$deps/" "$work/inits" && pass "nothing loaded from $deps" \
        || fail "loaded from $deps: $(grep "^$deps/" "$work/inits")"
fi

help=$(QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 isolated "$root/usr/bin/quorum" --lang de --help 2>&1)
[[ $help == *"Optionen:"* && $help == *"Sprache"* ]] && pass "quorum --lang de --help is German" \
    || fail "quorum --lang de --help: $help"

# --- desktop integration and the man page ------------------------------------------------
out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1)
[ $? -eq 0 ] && [ -z "$out" ] && pass "desktop-file-validate: clean" || fail "desktop-file-validate: $out"
grep -qx 'Exec=quorum %f' "$root/usr/share/applications/$app_id.desktop" \
    && pass "the menu entry runs quorum %f" || fail "the menu entry's Exec is wrong"
out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" 2>&1)
[ $? -eq 0 ] && pass "appstreamcli validate --no-net" || fail "appstreamcli: $out"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    && pass "the metainfo names release $version" || fail "the metainfo has no release $version"
MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/quorumctl.1.gz" \
    >"$work/man.txt" 2>"$work/man.err"
[ $? -eq 0 ] && [ ! -s "$work/man.err" ] && pass "man -l renders quorumctl(1) without warnings" \
    || fail "man -l: $(cat "$work/man.err")"
for text in 'NAME' 'SYNOPSIS' 'EXIT STATUS' 'ENVIRONMENT' 'quorumctl alerts ack ID --comment TEXT' \
    "Quorum $version"; do
    grep -qF -- "$text" "$work/man.txt" && pass "the man page shows '$text'" \
        || fail "the man page lacks '$text'"
done

echo "package checks: $passes passed, $failures failed"
[ $failures -eq 0 ]
