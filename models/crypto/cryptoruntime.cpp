// SPDX-License-Identifier: GPL-3.0-or-later
#include "cryptoruntime.h"

#include "cryptoerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QtCrypto>

#include <mutex>

namespace Quorum::Crypto {

namespace {

/// Initialises QCA. The installed package keeps QCA's OpenSSL plugin privately in
/// <prefix>/lib/quorum/qca-qt6/crypto (installer/packaging/qca.cmake); QCA looks for a
/// "crypto" folder in each of the application's library paths, so that folder's parent joins
/// them. Builds run from the build tree find the plugin where QCA was built
/// (QUORUM_DEPS_PREFIX), QCA's own default.
QCA::Initializer *initialize()
{
    if (QCoreApplication::instance() != nullptr) {
        const QString packaged = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                                 + QStringLiteral("/../lib/quorum/qca-qt6"));
        if (QFileInfo::exists(packaged + QStringLiteral("/crypto"))) {
            QCoreApplication::addLibraryPath(packaged);
        }
    }
    return new QCA::Initializer(QCA::Practical, 64);
}

} // namespace

void ensureReady()
{
    // Never deleted, so QCA stays initialised for the whole life of the QCoreApplication (QCA
    // itself shuts down when the application object is destroyed: no QCA object may outlive
    // it, statics included). Static initialisation is thread-safe.
    [[maybe_unused]] static QCA::Initializer *const s_initializer = initialize();
    static QStringList s_missing;
    static std::once_flag s_once;
    std::call_once(s_once, [] {
        for (const char *feature : {"sha256", "rsa", "cert", "pkcs12", "cms"}) {
            if (!QCA::isSupported(feature)) {
                s_missing << QLatin1String(feature);
            }
        }
    });
    if (!s_missing.isEmpty()) {
        throw CryptoError(CryptoErrorKind::Unavailable,
                          QCoreApplication::translate(
                              "Quorum::Crypto",
                              "The cryptography library (QCA with its OpenSSL plugin) lacks %1. "
                              "Reinstall Quorum's dependencies (installer/install-deps.sh).")
                              .arg(s_missing.join(QStringLiteral(", "))));
    }
}

} // namespace Quorum::Crypto
