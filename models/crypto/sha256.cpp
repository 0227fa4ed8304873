// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include "cryptoruntime.h"

#include <QFile>
#include <QtCrypto>

namespace Quorum::Crypto {

QString sha256Hex(const QByteArray &data)
{
    ensureReady();
    return QCA::Hash(QStringLiteral("sha256")).hashToString(data);
}

QString sha256OfFile(const QString &path)
{
    ensureReady();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCA::Hash hash(QStringLiteral("sha256"));
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty() && file.error() != QFileDevice::NoError) {
            return {};
        }
        hash.update(block);
    }
    return QCA::arrayToHex(hash.final().toByteArray());
}

} // namespace Quorum::Crypto
