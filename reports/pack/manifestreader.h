// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packmanifest.h"

#include <QJsonObject>
#include <QStringList>

namespace Quorum::Reports {

/// Reads MANIFEST.json strictly (PackManifest::fromJson): every key known and present, every
/// value of its type and form, files sorted and unique. The first problem found is kept with
/// the key path of the offending value ("files[3].sha256: expected 64 lower-case hex digits").
class ManifestReader
{
public:
    std::optional<PackManifest> read(const QByteArray &json);
    QString problem() const { return m_problem; }

private:
    bool fail(const QString &path, const QString &what);
    bool hasKeys(const QJsonObject &object, const QString &path, const QStringList &keys);
    bool readText(const QJsonObject &object, const QString &path, const QString &key, QString *out);
    bool readRoot(const QJsonObject &root, PackManifest &manifest);
    bool readExporter(const QJsonValue &value, PackManifest &manifest);
    bool readFiles(const QJsonValue &value, PackManifest &manifest);
    bool readFile(const QJsonValue &value, const QString &path, ManifestFile &file);

    QString m_problem;
};

} // namespace Quorum::Reports
