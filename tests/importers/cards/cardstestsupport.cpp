// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray cardSample(const QString &name)
{
    return readBytes(QStringLiteral(QUORUM_CARDS_TEST_DATA_DIR "/") + name);
}

QString mctFullJsonPath()
{
    return QStringLiteral(QUORUM_SHARED_DATA_DIR "/modelcards/model-card-toolkit/full.json");
}

ImportError importErrorOf(const std::function<void()> &parse)
{
    try {
        parse();
    } catch (const ImportError &error) {
        return error;
    }
    FAIL("expected an ImportError, but the input was accepted");
    throw std::logic_error("unreachable");
}

} // namespace Quorum::Test
