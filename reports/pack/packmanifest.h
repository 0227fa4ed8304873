// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum::Reports {

/// One file listed in MANIFEST.json.
struct ManifestFile
{
    QString path;   ///< entry name in the pack
    QString sha256; ///< lower-case hex
    qint64 size = 0;
};

/// MANIFEST.json of an audit pack: what the pack holds and who exported it. Its bytes are
/// signed (MANIFEST.json.p7s, detached CMS) by the exporting person.
struct PackManifest
{
    static constexpr int kFormat = 1;

    QString scope;         ///< AuditScope::describe()
    QDateTime generatedAt; ///< UTC, whole seconds; the signature is checked at this time
    QString generator;     ///< "Quorum 0.1.0"
    QString databaseInstanceId;
    QString exporterName;
    QString exporterEmail;
    QString exporterCertificate;     ///< entry name of the exporter's PEM certificate
    QString exporterFingerprint;     ///< its SHA-256
    std::vector<ManifestFile> files; ///< every entry but MANIFEST.json and its .p7s, sorted

    /// Canonical JSON (sorted keys, UTF-8, 2-space indent, final newline): the signed bytes.
    QByteArray toJson() const;
    /// Reads a manifest back; nullopt with @p problem set ("files[3].sha256: expected 64
    /// hex digits") when it is not one of this format.
    static std::optional<PackManifest> fromJson(const QByteArray &json, QString *problem);
};

/// @p time as the manifest writes it: ISO 8601 in UTC to the second, "2026-11-20T09:30:00Z".
QString manifestTime(const QDateTime &time);

} // namespace Quorum::Reports
