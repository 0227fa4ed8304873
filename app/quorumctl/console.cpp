// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QJsonDocument>

#include <cstdio>

namespace Quorum::Cli::Console {

namespace {

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void err(const QString &text)
{
    write(stderr, text.toUtf8());
}

void error(const QString &message)
{
    err(QStringLiteral("quorumctl: ") + message + QLatin1Char('\n'));
}

void json(const QJsonDocument &document)
{
    write(stdout, document.toJson(QJsonDocument::Indented));
}

} // namespace Quorum::Cli::Console
