# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build folder (or the `package` target) makes
# quorum_<version>_<arch>.deb for Debian 12 with both programs, the QCA build they need, the
# menu entry, the AppStream metainfo, the icon and the man page. Install it with
# `apt install ./quorum_<version>_<arch>.deb`.
#
# Only the Runtime component is packaged, so that nothing else a folder might install (tests,
# static libraries, headers) can slip into the package.

include(${CMAKE_CURRENT_LIST_DIR}/qca.cmake)

set(CPACK_PACKAGE_NAME "quorum")
set(CPACK_PACKAGE_VENDOR "The Quorum developers")
set(CPACK_PACKAGE_CONTACT "Quorum maintainers <maintainers@quorum.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "AI-model governance workbench")
# The package's long description (Debian: lines under 80 columns, "." for an empty line).
set(CPACK_PACKAGE_DESCRIPTION
    "Quorum opens a governance database (one SQLite file, local or on a shared
drive) and lets the people accountable for machine-learning models see them,
judge them, sign decisions about them and prove it later: an approval inbox
with signed decisions (CMS, X.509), the model inventory, evaluation, fairness
and drift evidence, model cards, a hash-chained audit trail, Annex IV
documentation and audit packs that verify offline.
.
quorumctl, the command line, lets ML pipelines register models and versions,
import evidence, submit releases and wait for signed decisions.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};Runtime;/")
# The build may be a Debug build: the package carries stripped programs.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# dpkg-shlibdeps computes the Depends from the programs, QCA and its plugin (libssl3,
# libqt6core5compat6, …). It resolves the programs' RPATH $ORIGIN/../lib/quorum inside the
# package; the plugin has no RPATH (QCA is loaded before it), so the private folder is named
# too, relative to the package root where CPack runs dpkg-shlibdeps. QCA, found there, is
# private: no package provides it and none is asked for.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "./usr/${QUORUM_INSTALL_PRIVATE_LIBDIR}")
# Qt loads the SQLite driver as a plugin, so no ELF file names it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= 6.4)")
# Qt's own German messages; Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
