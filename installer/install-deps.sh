#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything Quorum needs on a fresh Debian 12 (bookworm) machine, from Debian's
# archive only. Run as root. Idempotent and non-interactive: a second run takes seconds.
#
#  - bookworm binary packages: toolchain, Qt 6, SQLite, OpenSSL, fonts, Xvfb, PDF tools;
#  - QCA 2.3 for Qt 6 and Catch2 3, which bookworm does not package for us, built from the
#    upstream tarballs that trixie's *source* packages carry, verified against the SHA-256
#    in trixie's Sources index, into $QUORUM_DEPS_PREFIX (default /opt/quorum-deps).
#    No trixie binary package is ever installed: only a deb-src entry is added.
set -euo pipefail

PREFIX=${QUORUM_DEPS_PREFIX:-/opt/quorum-deps}
WORK=${QUORUM_DEPS_WORKDIR:-/var/cache/quorum-deps}
JOBS=${QUORUM_JOBS:-2}
QCA_VERSION=2.3.10
TRIXIE_SOURCES=/etc/apt/sources.list.d/quorum-trixie-src.sources

PACKAGES=(
    g++ cmake ninja-build pkgconf git ca-certificates curl xz-utils
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-5compat-dev qt6-tools-dev qt6-l10n-tools libqt6opengl6-dev libgl1-mesa-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libssl-dev openssl fonts-dejavu-core libboost-dev libbenchmark-dev
    libarchive-dev tzdata libyaml-cpp-dev clang-14 libclang-rt-14-dev
    xvfb xauth poppler-utils qpdf imagemagick clang-format
    # the Debian package (cpack -G DEB) and its checks; Qt's own German messages
    dpkg-dev fakeroot file binutils desktop-file-utils appstream man-db groff-base
    qt6-translations-l10n
)

log() { printf '[install-deps] %s\n' "$*" >&2; }
die() { printf '[install-deps] error: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs Debian packages and writes $PREFIX)"
grep -q '^12' /etc/debian_version 2>/dev/null \
    || log "warning: this is not Debian 12 ($(cat /etc/debian_version 2>/dev/null || echo unknown)); continuing"
export DEBIAN_FRONTEND=noninteractive

missing_packages() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
    done
}

install_packages() {
    local missing
    missing=$(missing_packages)
    if [ -z "$missing" ]; then
        log "Debian packages: all present"
        return
    fi
    log "Debian packages: installing $(echo $missing | wc -w) missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

add_trixie_sources() {
    if [ ! -f "$TRIXIE_SOURCES" ]; then
        log "adding a deb-src (source only) entry for trixie"
        cat >"$TRIXIE_SOURCES" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
        apt-get update -qq
    fi
}

# Prints "URL SHA256" of the upstream tarball of source package $1 in trixie.
orig_tarball_uri() {
    local pkg=$1 tmp line
    tmp=$(mktemp -d)
    line=$(cd "$tmp" && apt-get source --print-uris -qq "$pkg/trixie" 2>/dev/null | grep -E "\.orig\.tar\.(xz|gz|bz2)'" | head -n1) || true
    rmdir "$tmp"
    if [ -z "$line" ]; then
        apt-get update -qq
        tmp=$(mktemp -d)
        line=$(cd "$tmp" && apt-get source --print-uris -qq "$pkg/trixie" | grep -E "\.orig\.tar\.(xz|gz|bz2)'" | head -n1) \
            || die "trixie's Sources index has no upstream tarball for $pkg"
        rmdir "$tmp"
    fi
    # 'URL' NAME SIZE SHA256:HEX
    local url sha
    url=$(echo "$line" | awk '{print $1}' | tr -d "'")
    sha=$(echo "$line" | grep -oE 'SHA256:[0-9a-f]{64}' | cut -d: -f2)
    [ -n "$sha" ] || die "no SHA-256 for $pkg in trixie's Sources index: $line"
    echo "$url $sha"
}

# Downloads and verifies the upstream tarball of $1, unpacks it under $WORK, prints the directory.
fetch_source() {
    local pkg=$1 url sha file dir
    read -r url sha < <(orig_tarball_uri "$pkg")
    mkdir -p "$WORK"
    file="$WORK/$(basename "$url")"
    if [ ! -f "$file" ] || ! echo "$sha  $file" | sha256sum -c --status; then
        log "downloading $(basename "$url")"
        curl -fsSL --retry 3 -o "$file.part" "$url" || die "download of $url failed"
        echo "$sha  $file.part" | sha256sum -c --status \
            || die "SHA-256 of $(basename "$url") does not match trixie's Sources index"
        mv "$file.part" "$file"
    fi
    dir="$WORK/src-$pkg"
    rm -rf "$dir" && mkdir -p "$dir"
    tar -xf "$file" -C "$dir" --strip-components=1
    echo "$dir"
}

build_qca() {
    local stamp="$PREFIX/.stamp-qca-$QCA_VERSION"
    if [ -f "$stamp" ] && [ -f "$PREFIX/lib/cmake/Qca-qt6/Qca-qt6Config.cmake" ]; then
        log "QCA $QCA_VERSION (Qt 6): present in $PREFIX"
        return
    fi
    log "QCA (Qt 6): building from trixie's qca2 upstream source"
    local src
    src=$(fetch_source qca2)
    cmake -S "$src" -B "$src/build" -G Ninja -Wno-dev \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
        -DBUILD_WITH_QT6=ON -DQCA_SUFFIX=qt6 -DBUILD_TESTS=OFF -DBUILD_TOOLS=OFF \
        -DBUILD_PLUGINS=ossl >"$WORK/qca-configure.log" 2>&1 \
        || { tail -n 30 "$WORK/qca-configure.log"; die "QCA configure failed (log: $WORK/qca-configure.log)"; }
    cmake --build "$src/build" -j "$JOBS" >"$WORK/qca-build.log" 2>&1 \
        || { tail -n 30 "$WORK/qca-build.log"; die "QCA build failed (log: $WORK/qca-build.log)"; }
    cmake --install "$src/build" >/dev/null
    touch "$stamp"
}

build_catch2() {
    if ls "$PREFIX"/.stamp-catch2-* >/dev/null 2>&1 && [ -f "$PREFIX/lib/cmake/Catch2/Catch2Config.cmake" ]; then
        log "Catch2 3: present in $PREFIX"
        return
    fi
    log "Catch2 3: building from trixie's catch2 upstream source"
    local src
    src=$(fetch_source catch2)
    cmake -S "$src" -B "$src/build" -G Ninja -Wno-dev \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
        -DBUILD_TESTING=OFF -DCATCH_INSTALL_DOCS=OFF -DCATCH_INSTALL_EXTRAS=ON \
        >"$WORK/catch2-configure.log" 2>&1 \
        || { tail -n 30 "$WORK/catch2-configure.log"; die "Catch2 configure failed"; }
    cmake --build "$src/build" -j "$JOBS" >"$WORK/catch2-build.log" 2>&1 \
        || { tail -n 30 "$WORK/catch2-build.log"; die "Catch2 build failed"; }
    cmake --install "$src/build" >/dev/null
    touch "$PREFIX/.stamp-catch2-$(basename "$src")"
}

main() {
    local start=$SECONDS
    install_packages
    if [ ! -f "$PREFIX/.stamp-qca-$QCA_VERSION" ] || ! ls "$PREFIX"/.stamp-catch2-* >/dev/null 2>&1; then
        add_trixie_sources
    fi
    mkdir -p "$PREFIX"
    build_qca
    build_catch2
    log "done in $((SECONDS - start)) s; prefix: $PREFIX"
}

main "$@"
