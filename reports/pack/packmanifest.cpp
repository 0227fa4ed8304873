// SPDX-License-Identifier: GPL-3.0-or-later
#include "packmanifest.h"

#include "manifestreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Quorum::Reports {

namespace {

// QJsonDocument indents by four spaces; the manifest uses two. JSON strings cannot hold a raw
// line break, so every line's leading spaces are indentation only.
QByteArray withTwoSpaceIndent(const QByteArray &fourSpaces)
{
    QByteArray result;
    result.reserve(fourSpaces.size());
    for (const QByteArray &line : fourSpaces.split('\n')) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == ' ') {
            ++spaces;
        }
        result += line.mid(spaces / 2);
        result += '\n';
    }
    result.chop(1); // split() gave an empty last line after the final newline
    return result;
}

} // namespace

QString manifestTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QByteArray PackManifest::toJson() const
{
    QJsonArray fileArray;
    for (const ManifestFile &file : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("sha256"), file.sha256},
                                     {QStringLiteral("size"), static_cast<double>(file.size)}});
    }
    const QJsonObject exporter{{QStringLiteral("name"), exporterName},
                               {QStringLiteral("email"), exporterEmail},
                               {QStringLiteral("certificate"), exporterCertificate},
                               {QStringLiteral("fingerprint"), exporterFingerprint}};
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("scope"), scope},
                           {QStringLiteral("generated_at"), manifestTime(generatedAt)},
                           {QStringLiteral("generator"), generator},
                           {QStringLiteral("database_instance_id"), databaseInstanceId},
                           {QStringLiteral("exporter"), exporter},
                           {QStringLiteral("files"), fileArray}};
    // QJsonObject keeps its keys sorted, so the text is canonical.
    return withTwoSpaceIndent(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

std::optional<PackManifest> PackManifest::fromJson(const QByteArray &json, QString *problem)
{
    ManifestReader reader;
    std::optional<PackManifest> manifest = reader.read(json);
    if (!manifest && problem) {
        *problem = reader.problem();
    }
    return manifest;
}

} // namespace Quorum::Reports
