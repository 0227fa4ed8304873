# SPDX-License-Identifier: GPL-3.0-or-later
# QCA for Qt 6, which Debian 12 does not package: installer/install-deps.sh builds it into
# QUORUM_DEPS_PREFIX. The package carries it privately:
#   <prefix>/lib/quorum/libqca-qt6.so.2                  found through the programs' RPATH
#   <prefix>/lib/quorum/qca-qt6/crypto/libqca-ossl.so    found through the library path that
#                                                         models/crypto/cryptoruntime.cpp adds
get_target_property(_quorum_qca_location qca-qt6 IMPORTED_LOCATION_RELEASE)
get_target_property(_quorum_qca_soname qca-qt6 IMPORTED_SONAME_RELEASE)
if(NOT _quorum_qca_location OR NOT _quorum_qca_soname)
    get_target_property(_quorum_qca_location qca-qt6 LOCATION)
    set(_quorum_qca_soname "libqca-qt6.so.2")
endif()
get_filename_component(_quorum_qca_file "${_quorum_qca_location}" REALPATH)
get_filename_component(_quorum_qca_libdir "${_quorum_qca_file}" DIRECTORY)
set(_quorum_qca_plugin "${_quorum_qca_libdir}/qca-qt6/crypto/libqca-ossl.so")

install(FILES "${_quorum_qca_file}"
    DESTINATION ${QUORUM_INSTALL_PRIVATE_LIBDIR}
    RENAME ${_quorum_qca_soname}
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
    COMPONENT Runtime)
if(EXISTS "${_quorum_qca_plugin}")
    install(FILES "${_quorum_qca_plugin}"
        DESTINATION ${QUORUM_INSTALL_PRIVATE_LIBDIR}/qca-qt6/crypto
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
        COMPONENT Runtime)
else()
    message(WARNING "QCA's OpenSSL plugin ${_quorum_qca_plugin} is missing: the package would "
                    "not sign or verify. Run installer/install-deps.sh.")
endif()
