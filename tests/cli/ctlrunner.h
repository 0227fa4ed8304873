// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Quorum::Test {

/// What one run of quorumctl did.
struct CtlResult
{
    int exitCode = -1;
    QString out; ///< stdout, UTF-8
    QString err; ///< stderr, UTF-8
    QByteArray outBytes;

    /// stdout parsed as JSON; fails the test when it is not one valid JSON document.
    QJsonDocument json() const;
};

/// Who runs quorumctl: this process's user, or "nobody" (for file permission tests as root).
enum class RunAs {
    CurrentUser,
    Nobody,
};

/// Runs the quorumctl under test with @p arguments and waits for it. QUORUM_DB is removed from
/// the environment unless @p environment sets it. Fails the test when it does not finish.
CtlResult runCtl(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment(),
                 RunAs user = RunAs::CurrentUser);

/// Whether this process runs as root (which ignores file modes).
bool runningAsRoot();

/// Runs @p statements on @p path through a plain QSQLITE connection with foreign keys off:
/// "another program" that can write what Quorum itself never would.
void execRaw(const QString &path, const QStringList &statements);
/// The first column of the first row of @p sql, through the same kind of plain connection.
QVariant rawScalar(const QString &path, const QString &sql);

} // namespace Quorum::Test
