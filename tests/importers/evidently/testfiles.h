// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importerror.h"

#include <QFile>
#include <QString>

#include <catch2/catch_test_macros.hpp>

#include <functional>
#include <string>

namespace Quorum::Test {

/// A file of this folder's data/ (hand-made samples).
inline QByteArray evidentlyTestData(const QString &name)
{
    QFile file(QStringLiteral(QUORUM_EVIDENTLY_TEST_DATA "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// A real sample of ../shared/data.
inline QByteArray sharedData(const QString &relativePath)
{
    QFile file(QStringLiteral(QUORUM_SHARED_DATA_DIR "/") + relativePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Runs @p action and returns the ImportError it threw; fails the test when it threw none.
inline ImportError importErrorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ImportError &error) {
        return error;
    }
    FAIL("the input was accepted; expected an ImportError");
    return ImportError(ImportErrorKind::Invalid, {}, {}, {});
}

inline std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace Quorum::Test
